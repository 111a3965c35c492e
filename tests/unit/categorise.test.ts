// The categorise engine and what the board says: scoring with partial credit, open cards, the
// seeded deal, undo, keyboard movement, restoring saved state after content edits, and the
// feedback that names the misconception.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { categoriseExerciseSchema, type CategoriseExercise } from '../../src/schemas';
import {
  cardsIn,
  categoriseStateSchema,
  checkCategorise,
  markCategorise,
  moveItem,
  neighbourZone,
  placeItem,
  reconcileCategorise,
  restartCategorise,
  solveCategorise,
  startCategorise,
  undoMove,
  type CategoriseState,
} from '../../src/lib/scoring/categorise';
import { announce, cardCount, cardFeedback, differenceSentence, resultMessage, zoneName } from '../../src/lib/scoring/categorise-feedback';

const swot: CategoriseExercise = categoriseExerciseSchema.parse({
  title: 'SWOT',
  section: '2.11',
  type: 'categorise',
  short: '2.11z',
  layout: 'swot',
  instructions: 'Sorteer.',
  categories: [
    { id: 'sterktes', label: 'Sterktes', hint: 'intern, positief' },
    { id: 'zwaktes', label: 'Zwaktes', hint: 'intern, negatief' },
    { id: 'kansen', label: 'Kansen', hint: 'extern, positief' },
    { id: 'bedreigingen', label: 'Bedreigingen', hint: 'extern, negatief' },
  ],
  items: [
    { id: 'wasserij', text: 'Eigen wasserij.', category: 'sterktes', explanation: 'Dat heeft Veldkamp zelf.' },
    { id: 'onbekend', text: 'Weinig bekend.', category: 'zwaktes', explanation: 'Een eigen zwak punt.' },
    { id: 'ouderen', text: 'Meer ouderen.', category: 'kansen', explanation: 'De zorg groeit: dat komt van buiten.' },
    { id: 'webwinkels', text: 'Goedkope webwinkels.', category: 'bedreigingen', explanation: 'Concurrentie van buiten.' },
    { id: 'chips', text: 'Chips in kleding.', category: 'kansen', explanation: 'Nieuwe techniek in de markt.' },
  ],
});

const hunterFarmer: CategoriseExercise = categoriseExerciseSchema.parse(
  yaml.load(readFileSync(join(import.meta.dirname, '../../content/exercises/hunter-of-farmer.yaml'), 'utf8')),
);

const fresh = (exercise = swot, seed = 'seed') => startCategorise(exercise, seed);

describe('startCategorise', () => {
  it('deals every card exactly once, with an empty board', () => {
    const state = fresh(hunterFarmer);
    expect([...state.order].sort()).toEqual(hunterFarmer.items.map((i) => i.id).sort());
    expect(state).toMatchObject({ placed: {}, checked: false, revealed: false, marked: [] });
  });

  it('gives the same order for the same seed, and another order for another seed', () => {
    expect(fresh(hunterFarmer, 'a').order).toEqual(fresh(hunterFarmer, 'a').order);
    const orders = new Set(['a', 'b', 'c', 'd'].map((seed) => fresh(hunterFarmer, seed).order.join()));
    expect(orders.size).toBeGreaterThan(1);
  });
});

describe('restartCategorise', () => {
  it('clears the board and deals in another order with the new seed', () => {
    let state = placeItem(fresh(hunterFarmer), 'beurs-bouw', 'hunter');
    state = markCategorise(hunterFarmer, state);
    const next = restartCategorise(hunterFarmer, state, 'new');
    expect(next).toMatchObject({ seed: 'new', placed: {}, checked: false, revealed: false, marked: [] });
    expect([...next.order].sort()).toEqual([...state.order].sort());
    expect(next.order).not.toEqual(state.order);
  });
});

describe('checkCategorise', () => {
  it('gives one point per card in its zone: partial credit, and open cards count as not right', () => {
    let state = fresh();
    state = placeItem(state, 'wasserij', 'sterktes');
    state = placeItem(state, 'ouderen', 'kansen');
    state = placeItem(state, 'onbekend', 'kansen');
    const result = checkCategorise(swot, state);
    expect(result).toMatchObject({ score: 2, max: 5, complete: false });
    expect(Object.fromEntries(result.parts.map((p) => [p.id, p.status]))).toEqual({
      wasserij: 'correct',
      ouderen: 'correct',
      onbekend: 'wrong',
      webwinkels: 'open',
      chips: 'open',
    });
    expect(result.parts.find((p) => p.id === 'onbekend')).toMatchObject({ chosen: 'kansen', expected: 'zwaktes' });
  });

  it('is complete and full marks when every card is right', () => {
    const solved = solveCategorise(swot, fresh());
    expect(checkCategorise(swot, solved)).toMatchObject({ score: 5, max: 5, complete: true });
    expect(solved).toMatchObject({ checked: true, revealed: true });
    expect(solved.marked).toHaveLength(5);
  });

  it('is complete but not full marks when every card is placed and one is wrong', () => {
    let state = solveCategorise(swot, fresh());
    state = placeItem(state, 'chips', 'sterktes');
    expect(checkCategorise(swot, state)).toMatchObject({ score: 4, complete: true });
  });
});

describe('placing and feedback marks', () => {
  it('puts a moved card at the bottom of its new zone', () => {
    let state = fresh();
    state = placeItem(state, 'ouderen', 'kansen');
    state = placeItem(state, 'chips', 'kansen');
    expect(cardsIn(state, 'kansen')).toEqual(['ouderen', 'chips']);
    state = placeItem(state, 'ouderen', 'kansen');
    expect(cardsIn(state, 'kansen')).toEqual(['chips', 'ouderen']);
  });

  it('keeps the pile in deal order and takes a card back with null', () => {
    let state = fresh();
    state = placeItem(state, state.order[1]!, 'kansen');
    expect(cardsIn(state, null)).toEqual(state.order.filter((_, i) => i !== 1));
    state = placeItem(state, state.order[1]!, null);
    expect(cardsIn(state, null)).toEqual(state.order);
    expect(state.placed).toEqual({});
  });

  it('marks every card on Controleer, and a move clears only the feedback of the moved card', () => {
    let state = placeItem(placeItem(fresh(), 'wasserij', 'kansen'), 'ouderen', 'kansen');
    state = markCategorise(swot, state);
    expect(state.checked).toBe(true);
    expect(new Set(state.marked)).toEqual(new Set(swot.items.map((i) => i.id)));
    state = placeItem(state, 'wasserij', 'sterktes');
    expect(state.checked).toBe(false);
    expect(state.marked).not.toContain('wasserij');
    expect(state.marked).toContain('ouderen');
  });
});

describe('moveItem and undoMove', () => {
  it('records the move and undoes it to the exact board before', () => {
    let state = placeItem(placeItem(fresh(), 'ouderen', 'kansen'), 'chips', 'kansen');
    const { state: moved, move } = moveItem(state, 'ouderen', 'sterktes');
    expect(move).toMatchObject({ item: 'ouderen', from: 'kansen', to: 'sterktes' });
    const undone = undoMove(moved, move!);
    expect(undone.placed).toEqual(state.placed);
    expect(Object.keys(undone.placed)).toEqual(['ouderen', 'chips']);
    state = undone;
    expect(cardsIn(state, 'kansen')).toEqual(['ouderen', 'chips']);
  });

  it('records no move when the card stays where it is', () => {
    const state = placeItem(fresh(), 'ouderen', 'kansen');
    expect(moveItem(state, 'ouderen', 'kansen').move).toBeUndefined();
    expect(moveItem(fresh(), 'ouderen', null).move).toBeUndefined();
  });

  it('undoes a move back to the pile', () => {
    const { state, move } = moveItem(fresh(), 'chips', 'kansen');
    expect(move?.from).toBeNull();
    expect(undoMove(state, move!).placed).toEqual({});
  });
});

describe('neighbourZone (arrow keys)', () => {
  const zones = ['sterktes', 'zwaktes', 'kansen', 'bedreigingen'];

  it('steps through pile and columns in order, wrapping around', () => {
    const cols = ['hunter', 'farmer'];
    expect(neighbourZone('columns', cols, null, 'right')).toBe('hunter');
    expect(neighbourZone('columns', cols, 'hunter', 'down')).toBe('farmer');
    expect(neighbourZone('columns', cols, 'farmer', 'right')).toBeNull();
    expect(neighbourZone('columns', cols, null, 'left')).toBe('farmer');
    expect(neighbourZone('columns', cols, 'hunter', 'up')).toBeNull();
  });

  it('follows the 2×2 SWOT board, with the pile beyond its edges', () => {
    expect(neighbourZone('swot', zones, 'sterktes', 'right')).toBe('zwaktes');
    expect(neighbourZone('swot', zones, 'sterktes', 'down')).toBe('kansen');
    expect(neighbourZone('swot', zones, 'kansen', 'right')).toBe('bedreigingen');
    expect(neighbourZone('swot', zones, 'bedreigingen', 'up')).toBe('zwaktes');
    expect(neighbourZone('swot', zones, 'zwaktes', 'left')).toBe('sterktes');
    expect(neighbourZone('swot', zones, 'sterktes', 'up')).toBeNull();
    expect(neighbourZone('swot', zones, 'zwaktes', 'right')).toBeNull();
    expect(neighbourZone('swot', zones, null, 'down')).toBe('sterktes');
    expect(neighbourZone('swot', zones, null, 'up')).toBe('bedreigingen');
  });
});

describe('categoriseStateSchema and reconcileCategorise', () => {
  it('accepts saved state and fills the fields older saves lack', () => {
    const parsed = categoriseStateSchema.safeParse({ seed: 's', order: ['a'], placed: { a: 'kansen' } });
    expect(parsed).toEqual({ success: true, data: { seed: 's', order: ['a'], placed: { a: 'kansen' }, checked: false, revealed: false, marked: [] } });
  });

  it.each([
    ['not an object', 'kapot'],
    ['null', null],
    ['a list', []],
    ['no seed', { order: [], placed: {} }],
    ['order not a list', { seed: 's', order: 'a,b', placed: {} }],
    ['order with numbers', { seed: 's', order: [1, 2], placed: {} }],
    ['placed as a list', { seed: 's', order: [], placed: [] }],
    ['a placement that is not a string', { seed: 's', order: ['a'], placed: { a: 3 } }],
    ['checked as text', { seed: 's', order: [], placed: {}, checked: 'ja' }],
    ['marked not a list', { seed: 's', order: [], placed: {}, marked: 'a' }],
  ])('rejects bad saved state: %s', (_name, raw) => {
    expect(categoriseStateSchema.safeParse(raw).success).toBe(false);
  });

  it('drops removed cards and zones, deals new cards at the end, and forgets a check of another board', () => {
    const saved: CategoriseState = {
      seed: 's',
      order: ['weg', 'wasserij', 'ouderen', 'onbekend', 'webwinkels'],
      placed: { weg: 'kansen', wasserij: 'sterktes', ouderen: 'oud-vak' },
      checked: true,
      revealed: false,
      marked: ['weg', 'wasserij', 'ouderen'],
    };
    const state = reconcileCategorise(swot, saved);
    expect(state.order).toEqual(['wasserij', 'ouderen', 'onbekend', 'webwinkels', 'chips']);
    expect(state.placed).toEqual({ wasserij: 'sterktes' });
    expect(state.checked).toBe(false);
    expect(state.marked).toEqual([]);
  });

  it('keeps a saved board that still fits as it is', () => {
    const saved = markCategorise(swot, placeItem(fresh(), 'chips', 'kansen'));
    expect(reconcileCategorise(swot, saved)).toEqual(saved);
  });
});

describe('feedback', () => {
  const part = (id: string, chosen: string | undefined, exercise = swot) =>
    checkCategorise(exercise, chosen ? placeItem(fresh(exercise), id, chosen) : fresh(exercise)).parts.find((p) => p.id === id)!;

  it('names the zone with its hint, or just its label', () => {
    expect(zoneName({ label: 'Kansen', hint: 'extern, positief' })).toBe('Kansen (extern, positief)');
    expect(zoneName({ label: 'Hunter' })).toBe('Hunter');
  });

  it('names the mixed-up axis when the hints share a part', () => {
    expect(differenceSentence('extern, positief', 'intern, positief')).toBe('Het verschil: dit is extern, niet intern.');
    expect(differenceSentence('extern, negatief', 'intern, positief')).toBeUndefined();
    expect(differenceSentence('bevolking', 'economie')).toBeUndefined();
    expect(differenceSentence(undefined, 'intern, positief')).toBeUndefined();
  });

  it('tells a wrong card what it is and what it is not, from the hints, then explains', () => {
    const feedback = cardFeedback(swot, part('ouderen', 'sterktes'));
    expect(feedback.verdict).toBe('Fout');
    expect(feedback.misconception).toBe(
      'Deze kaart hoort bij Kansen (extern, positief), niet bij Sterktes (intern, positief). Het verschil: dit is extern, niet intern.',
    );
    expect(feedback.explanation).toBe('De zorg groeit: dat komt van buiten.');
  });

  it('leaves out the difference when the two zones share no axis', () => {
    expect(cardFeedback(swot, part('webwinkels', 'sterktes')).misconception).toBe(
      'Deze kaart hoort bij Bedreigingen (extern, negatief), niet bij Sterktes (intern, positief).',
    );
  });

  it('works without hints', () => {
    const feedback = cardFeedback(hunterFarmer, part('beurs-bouw', 'farmer', hunterFarmer));
    expect(feedback.misconception).toBe('Deze kaart hoort bij Hunter, niet bij Farmer.');
    expect(feedback.explanation).toMatch(/^Op de beurs/);
  });

  it('says "Goed" for a right card and keeps the answer of an open card to itself', () => {
    expect(cardFeedback(swot, part('chips', 'kansen'))).toEqual({ verdict: 'Goed', explanation: 'Nieuwe techniek in de markt.' });
    const open = cardFeedback(swot, part('chips', undefined));
    expect(open.verdict).toBe('Nog niet geplaatst');
    expect(open.misconception).toBeUndefined();
  });

  it('sums up the result', () => {
    expect(resultMessage({ score: 5, max: 5, complete: true }, false)).toMatch(/^Alles goed/);
    expect(resultMessage({ score: 3, max: 5, complete: true }, false)).toMatch(/^Nog niet alles is goed/);
    expect(resultMessage({ score: 3, max: 5, complete: false }, false)).toMatch(/open delen tellen als fout/);
    expect(resultMessage({ score: 5, max: 5, complete: true }, true)).toMatch(/^Dit is de oplossing/);
  });
});

describe('announcements', () => {
  it('say every move in Dutch, from {item, zone, position}', () => {
    expect(announce.pickedUp({ item: 'Meer ouderen.' })).toMatch(/^Kaart opgepakt: Meer ouderen\. Kies .*pijltjestoetsen/);
    expect(announce.selected({ item: 'Meer ouderen.' })).toBe('Kaart gekozen: Meer ouderen. Kies nu Plaats hier bij een vak.');
    expect(announce.over({ zone: 'Kansen', position: 4, total: 5 })).toBe('Kansen, vak 4 van 5.');
    expect(announce.over({ zone: null, position: 1, total: 5 })).toBe('De stapel, vak 1 van 5.');
    expect(announce.placed({ item: 'Meer ouderen.', zone: 'Kansen' })).toBe('Kaart geplaatst bij Kansen.');
    expect(announce.placed({ item: 'Meer ouderen.', zone: null })).toBe('Kaart terug op de stapel.');
    expect(announce.undone({ item: 'Meer ouderen.', zone: 'Kansen' })).toBe('Ongedaan gemaakt. Deze kaart ligt weer bij Kansen: Meer ouderen.');
    expect(announce.undone({ item: 'Meer ouderen.', zone: null })).toBe('Ongedaan gemaakt. Deze kaart ligt weer op de stapel: Meer ouderen.');
    expect(announce.checked({ score: 3, max: 5, complete: true })).toMatch(/^Score: 3 van 5\. Nog niet alles/);
  });

  it('counts cards in Dutch', () => {
    expect(cardCount(1)).toBe('1 kaart');
    expect(cardCount(12)).toBe('12 kaarten');
  });
});
