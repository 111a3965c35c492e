import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import { ACTIVE_KEY, emptyWorkbook, MAX_TEXT, MAX_TITLE, WERKBOEK_PREFIX } from '../../src/lib/werkboek/model';

const NOW = new Date('2026-11-27T10:00:00.000Z');
const LATER = new Date('2026-11-28T09:00:00.000Z');

/** A page load: fresh store modules over the same (test) storage, mounted as an island mounts them. */
let stops: (() => void)[] = [];
async function load() {
  vi.resetModules();
  const store = await import('../../src/stores/werkboek');
  stops.push(store.workbooks.listen(() => {}), store.activeWorkbook.listen(() => {}), store.unreadableWorkbooks.listen(() => {}));
  return store;
}
const raw = (id: string) => getTestStorage()[WERKBOEK_PREFIX + id];

beforeAll(() => useTestStorageEngine());
afterEach(() => {
  stops.forEach((stop) => stop());
  stops = [];
  cleanTestStorage();
});

describe('werkboek store', () => {
  it('creates a workbook, opens it and saves it under am:werkboek:<id>', async () => {
    const { createWorkbook, activeWorkbook, activeId } = await load();
    const id = createWorkbook('Mijn stage', undefined, NOW);
    expect(id).toMatch(/^[a-z0-9]{8}$/);
    expect(activeId.get()).toBe(id);
    expect(activeWorkbook.get()?.title).toBe('Mijn stage');
    expect(JSON.parse(raw(id)!)).toMatchObject({ v: 1, id, title: 'Mijn stage', createdAt: NOW.toISOString() });
    expect(getTestStorage()[ACTIVE_KEY]).toBe(id);
    expect(createWorkbook('   ')).toBe('');
    expect(createWorkbook('x'.repeat(200))).not.toBe('');
  });

  it('updates with a new updatedAt, and keeps every word after a reload', async () => {
    const first = await load();
    const id = first.createWorkbook('Stage', undefined, NOW);
    expect(first.updateWorkbook(id, (wb) => void (wb.company.name = 'Veldkamp'), LATER)).toBe(true);
    expect(first.updateWorkbook(id, (wb) => void wb.internal.strengths.push({ id: 's1', text: 'Eigen wasserij' }), LATER)).toBe(true);
    const second = await load();
    const wb = second.workbooks.get()[id]!;
    expect(wb.company.name).toBe('Veldkamp');
    expect(wb.internal.strengths).toEqual([{ id: 's1', text: 'Eigen wasserij' }]);
    expect(wb.updatedAt).toBe(LATER.toISOString());
    expect(second.activeWorkbook.get()?.id).toBe(id);
  });

  it('refuses a change that breaks the model, keeps the old text and says why', async () => {
    const { createWorkbook, updateWorkbook, workbooks, lastRejected } = await load();
    const id = createWorkbook('Stage');
    updateWorkbook(id, (wb) => void (wb.plan.vision = 'Kort.'));
    expect(updateWorkbook(id, (wb) => void (wb.plan.vision = 'x'.repeat(MAX_TEXT + 1)))).toBe(false);
    expect(workbooks.get()[id]!.plan.vision).toBe('Kort.');
    expect(lastRejected.get()).toEqual({ id, reason: 'tooLong', path: ['plan', 'vision'], max: MAX_TEXT });
    expect(updateWorkbook(id, (wb) => void (wb.selection.scores.omzet.score = 9))).toBe(false);
    expect(lastRejected.get()).toMatchObject({ id, path: ['selection', 'scores', 'omzet', 'score'] });
    expect(updateWorkbook(id, (wb) => void (wb.plan.vision = 'Goed.'))).toBe(true);
    expect(lastRejected.get()).toBeNull();
    expect(updateWorkbook('bestaat-niet', () => {})).toBe(false);
    expect(lastRejected.get()).toMatchObject({ reason: 'missing' });
  });

  it('keeps two workbooks side by side, and opens the chosen one', async () => {
    const { createWorkbook, openWorkbook, activeWorkbook, updateWorkbook, workbooks } = await load();
    const a = createWorkbook('Oefenen met Veldkamp');
    const b = createWorkbook('Mijn eigen stage');
    expect(activeWorkbook.get()?.id).toBe(b);
    updateWorkbook(a, (wb) => void (wb.company.name = 'Veldkamp'));
    updateWorkbook(b, (wb) => void (wb.company.name = 'Bakkerij Jansen'));
    openWorkbook(a);
    const again = await load();
    expect(again.activeWorkbook.get()?.id).toBe(a);
    expect(Object.keys(workbooks.get()).sort()).toEqual([a, b].sort());
    expect(again.workbooks.get()[b]!.company.name).toBe('Bakkerij Jansen');
  });

  it('deletes a workbook and falls back to the most recently changed', async () => {
    const { createWorkbook, deleteWorkbook, updateWorkbook, activeWorkbook, activeId, workbooks } = await load();
    const a = createWorkbook('A', undefined, NOW);
    const b = createWorkbook('B', undefined, NOW);
    const c = createWorkbook('C', undefined, NOW);
    updateWorkbook(a, (wb) => void (wb.plan.vision = 'nieuwste'), LATER);
    deleteWorkbook(c);
    expect(raw(c)).toBeUndefined();
    expect(activeId.get()).toBe('');
    expect(activeWorkbook.get()?.id).toBe(a);
    expect(Object.keys(workbooks.get()).sort()).toEqual([a, b].sort());
  });

  it('duplicates under a new id and a unique title', async () => {
    const { createWorkbook, duplicateWorkbook, updateWorkbook, workbooks, activeId } = await load();
    const a = createWorkbook('Stage', undefined, NOW);
    updateWorkbook(a, (wb) => void (wb.company.name = 'Veldkamp'));
    const copy = duplicateWorkbook(a, 'Stage')!;
    expect(copy).not.toBe(a);
    expect(activeId.get()).toBe(copy);
    expect(workbooks.get()[copy]).toMatchObject({ id: copy, title: 'Stage (2)', company: { name: 'Veldkamp' } });
    updateWorkbook(copy, (wb) => void (wb.company.name = 'Anders'));
    expect(workbooks.get()[a]!.company.name).toBe('Veldkamp');
    expect(duplicateWorkbook('weg', 'x')).toBeUndefined();
  });

  it('adds an imported workbook next to the others, keeping its dates, with " (2)" for a title that exists', async () => {
    const { createWorkbook, addImportedWorkbook, workbooks, activeId } = await load();
    const mine = createWorkbook('Hendriks');
    const imported = { ...emptyWorkbook(mine, 'Hendriks', NOW), updatedAt: LATER.toISOString() };
    imported.plan.summary = 'Uit het bestand';
    const id = addImportedWorkbook(imported);
    expect(id).not.toBe(mine);
    expect(activeId.get()).toBe(id);
    expect(workbooks.get()[id]).toMatchObject({ title: 'Hendriks (2)', createdAt: NOW.toISOString(), updatedAt: LATER.toISOString(), plan: { summary: 'Uit het bestand' } });
    expect(workbooks.get()[mine]!.plan.summary).toBe('');
    const third = addImportedWorkbook(imported);
    expect(workbooks.get()[third]!.title).toBe('Hendriks (3)');
  });

  it('leaves a damaged or newer workbook in storage untouched, lists it, and shows the others', async () => {
    const good = { ...emptyWorkbook('goed0001', 'Goed', NOW), plan: { ...emptyWorkbook('goed0001', 'Goed', NOW).plan, vision: 'Bewaard' } };
    setTestStorageKey(WERKBOEK_PREFIX + 'goed0001', JSON.stringify(good));
    setTestStorageKey(WERKBOEK_PREFIX + 'kapot001', '{"v":1,"title":');
    const future = JSON.stringify({ v: 2, id: 'nieuw001', title: 'Nieuw', iets: 'nieuws' });
    setTestStorageKey(WERKBOEK_PREFIX + 'nieuw001', future);
    const store = await load();
    expect(Object.keys(store.workbooks.get())).toEqual(['goed0001']);
    expect(store.workbooks.get().goed0001!.plan.vision).toBe('Bewaard');
    expect(store.unreadableWorkbooks.get()).toEqual([{ id: 'kapot001', reason: 'json' }, { id: 'nieuw001', reason: 'future' }]);
    // Changing another workbook and reloading does not touch them.
    store.updateWorkbook('goed0001', (wb) => void (wb.plan.summary = 'ok'));
    await load();
    expect(raw('kapot001')).toBe('{"v":1,"title":');
    expect(raw('nieuw001')).toBe(future);
    expect(store.openWorkbook('kapot001')).toBeUndefined();
    expect(store.activeWorkbook.get()?.id).toBe('goed0001');
    // Only deleting removes one.
    store.deleteWorkbook('kapot001');
    expect(raw('kapot001')).toBeUndefined();
  });

  it('ensureActiveWorkbook starts one only when there is none', async () => {
    const { ensureActiveWorkbook, workbooks } = await load();
    const id = ensureActiveWorkbook('Mijn werkboek');
    expect(ensureActiveWorkbook('Mijn werkboek')).toBe(id);
    expect(Object.keys(workbooks.get())).toEqual([id]);
  });

  it('makes unique titles that fit', async () => {
    const { uniqueTitle } = await load();
    expect(uniqueTitle(' Stage ', [])).toBe('Stage');
    expect(uniqueTitle('Stage', ['stage', 'Stage (2)'])).toBe('Stage (3)');
    const long = 'x'.repeat(MAX_TITLE);
    expect(uniqueTitle(long, [long])).toHaveLength(MAX_TITLE);
    expect(uniqueTitle(long, [long]).endsWith(' (2)')).toBe(true);
  });
});
