import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import { FLASHCARD_KEYS, gradeCard, isNew } from '../../src/lib/scheduling';

const NOW = new Date('2025-03-10T09:00:00.000Z');

/**
 * A page load: fresh store modules over the same (test) storage, mounted as a widget mounts
 * them, so they read what earlier "pages" saved.
 */
let stops: (() => void)[] = [];
async function load() {
  vi.resetModules();
  const store = await import('../../src/stores/flashcards');
  const { storageProblem } = await import('../../src/stores/storage');
  stops.push(store.cardStates.listen(() => {}), store.addedTerms.listen(() => {}), store.cardDirection.listen(() => {}));
  return { ...store, storageProblem };
}

beforeAll(() => useTestStorageEngine());
afterEach(() => {
  stops.forEach((stop) => stop());
  stops = [];
  cleanTestStorage();
});

describe('cardStates', () => {
  it('saves a grade under am:kaart:<id>, with ISO dates and a version', async () => {
    const { gradeTerm, cardStates } = await load();
    const entry = gradeTerm('account', 'good', NOW);
    const raw = getTestStorage()[`${FLASHCARD_KEYS.card}account`];
    expect(raw).toBeDefined();
    const stored = JSON.parse(raw!);
    expect(stored.v).toBe(1);
    expect(stored.due).toBe(entry.due);
    expect(stored.last_review).toBe(NOW.toISOString());
    expect(isNew(cardStates.get().account)).toBe(false);
  });

  it('restores saved schedules after a reload', async () => {
    const first = await load();
    const entry = first.gradeTerm('dmu', 'easy', NOW);
    const second = await load();
    expect(second.cardStates).not.toBe(first.cardStates);
    expect(second.cardStates.get().dmu).toEqual(entry);
    expect(second.storageProblem.get()).toBeNull();
  });

  it('drops a broken entry, keeps the others and reports the repair', async () => {
    const entry = gradeCard(undefined, 'easy', NOW);
    setTestStorageKey(`${FLASHCARD_KEYS.card}dmu`, JSON.stringify(entry));
    setTestStorageKey(`${FLASHCARD_KEYS.card}account`, '{"v":1,"due":"morgen"}');
    const { cardStates, storageProblem } = await load();
    expect(cardStates.get().dmu).toEqual(entry);
    expect(cardStates.get().account).toBeUndefined();
    expect(getTestStorage()[`${FLASHCARD_KEYS.card}account`]).toBeUndefined();
    expect(storageProblem.get()).toBe('repaired');
  });

  it('grades a card again from its saved state, not from scratch', async () => {
    const { gradeTerm } = await load();
    const first = gradeTerm('account', 'good', NOW);
    const second = gradeTerm('account', 'good', new Date(Date.parse(first.due)));
    expect(second.reps).toBe(2);
    expect(Date.parse(second.due)).toBeGreaterThan(Date.parse(first.due));
  });
});

describe('addToDeck ("Oefen dit begrip")', () => {
  it('puts the term at the front of the list, once, and saves it', async () => {
    const { addToDeck, addedTerms } = await load();
    addToDeck('account');
    addToDeck('dmu');
    addToDeck('account');
    expect(addedTerms.get()).toEqual(['account', 'dmu']);
    expect(JSON.parse(getTestStorage()[FLASHCARD_KEYS.added]!)).toEqual({ v: 1, ids: ['account', 'dmu'] });
    expect((await load()).addedTerms.get()).toEqual(['account', 'dmu']);
  });

  it('takes a term off the list once it has been practised', async () => {
    const { addToDeck, addedTerms, gradeTerm } = await load();
    addToDeck('account');
    addToDeck('dmu');
    gradeTerm('account', 'good', NOW);
    expect(addedTerms.get()).toEqual(['dmu']);
  });

  it('reads a broken list as empty and reports the repair', async () => {
    setTestStorageKey(FLASHCARD_KEYS.added, '{"v":1,"ids":"account"}');
    const { addedTerms, storageProblem } = await load();
    expect(addedTerms.get()).toEqual([]);
    expect(storageProblem.get()).toBe('repaired');
  });
});

describe('cardDirection', () => {
  it('remembers the chosen side and ignores junk', async () => {
    const { setDirection, cardDirection } = await load();
    setDirection('definition');
    expect(getTestStorage()[FLASHCARD_KEYS.direction]).toBe('definition');
    expect(cardDirection.get()).toBe('definition');
    expect((await load()).cardDirection.get()).toBe('definition');
    setTestStorageKey(FLASHCARD_KEYS.direction, 'ondersteboven');
    expect(cardDirection.get()).toBe('term');
  });
});
