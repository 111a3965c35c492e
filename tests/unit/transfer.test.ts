import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  buildExport, checkEntry, collectEntries, EXPORT_APP, exportFileName, MAX_FILE_BYTES, planReplace, serialiseExport, validateImport,
} from '../../src/lib/progress/transfer';
import { gradeCard, encodeCardEntry } from '../../src/lib/scheduling';
import { encodeSession, startSession } from '../../src/lib/toets/session';
import type { Question } from '../../src/schemas';
import { emptyWorkbook } from '../../src/lib/werkboek/model';
import { clearEntries, readOwnEntries, replaceEntries } from '../../src/widgets/voortgang/storage-io';

const NOW = new Date('2026-11-27T10:00:00.000Z');
const card = encodeCardEntry(gradeCard(undefined, 'good', NOW));
const question = { id: 'h1-2-win-win-stelling', section: '1.2', type: 'truefalse', difficulty: 1, prompt: 'Stelling', answer: true, explanation: 'Uitleg' } as unknown as Question;
const session = encodeSession(startSession('hoofdstuk-1', 'zaad', [question], NOW, null));
const workbook = (id: string, updatedAt: string, vision = '') => JSON.stringify({ ...emptyWorkbook(id, `Werkboek ${id}`, NOW), updatedAt, plan: { vision } });

/** One valid entry of every kind the site stores. */
const ENTRIES: Record<string, string> = {
  'am:oefening:hunter-of-farmer': JSON.stringify({ v: 1, state: { placed: {} }, best: 7, max: 10, checks: 2, updatedAt: NOW.toISOString() }),
  'am:vraag:h1-2-win-win-stelling': JSON.stringify({ v: 1, state: null, lastScore: 1, attempts: 1, correct: 1, updatedAt: NOW.toISOString() }),
  'am:kaart:account': card,
  'am:kaartstapel': JSON.stringify({ v: 1, ids: ['account'] }),
  'am:kaartrichting': 'definition',
  'am:poging:abc123': JSON.stringify({
    v: 1, testId: 'hoofdstuk-2', title: 'Oefentoets hoofdstuk 2', finishedAt: NOW.toISOString(), score: 6, max: 8, grade: 7.8,
    perSection: { '2.4': { score: 3, max: 4 } }, wrong: ['h2-4-x'],
  }),
  'am:gelezen:2.4': JSON.stringify({ v: 1, readAt: NOW.toISOString() }),
  'am:laatst': JSON.stringify({ v: 1, path: '/hoofdstuk-2/destep-analyse/', title: 'DESTEP-analyse', section: '2.4', visitedAt: NOW.toISOString() }),
  'am:examendatum': JSON.stringify({ v: 1, date: '2027-01-15' }),
  'am:toets:hoofdstuk-1': session,
  'am:instellingen': JSON.stringify({ v: 1, theme: 'dark' }),
  'am:werkboek:abc12345': workbook('abc12345', NOW.toISOString(), 'Samen groeien'),
  'am:werkboek-actief': 'abc12345',
};
const file = (over: Record<string, unknown> = {}) => JSON.stringify({ app: EXPORT_APP, format: 1, exportedAt: NOW.toISOString(), entries: ENTRIES, ...over });

describe('export', () => {
  it('keeps only our keys, sorted, in the agreed wrapper', () => {
    const entries = collectEntries([['b', 'x'], ['am:b', '2'], ['am:a', '1'], ['am:c', null]]);
    expect(entries).toEqual({ 'am:a': '1', 'am:b': '2' });
    expect(Object.keys(entries)).toEqual(['am:a', 'am:b']);
    const data = buildExport({ 'am:b': '2', 'am:a': '1', other: 'x' }, NOW);
    expect(data).toEqual({ app: 'accountmanagement-interactief', format: 1, exportedAt: NOW.toISOString(), entries: { 'am:a': '1', 'am:b': '2' } });
    expect(exportFileName(new Date(2026, 0, 5, 23, 59))).toBe('voortgang-accountmanagement-2026-01-05.json');
  });

  it('round-trips: what is downloaded loads again, entry for entry', () => {
    const result = validateImport(serialiseExport(buildExport(ENTRIES, NOW)));
    expect(result).toEqual({ ok: true, entries: collectEntries(Object.entries(ENTRIES)), count: Object.keys(ENTRIES).length, skipped: 0, exportedAt: NOW.toISOString() });
  });
});

describe('import refuses, with a reason', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['{"app":', 'json'],
    ['[1,2,3]', 'notExport'],
    ['"accountmanagement-interactief"', 'notExport'],
    ['{"entries":{}}', 'notExport'],
    [file({ app: 'ander-programma' }), 'wrongApp'],
    [file({ format: '1' }), 'wrongFormat'],
    [file({ format: 0 }), 'wrongFormat'],
    [file({ format: 1.5 }), 'wrongFormat'],
    [file({ format: 2 }), 'newerFormat'],
    [file({ entries: [] }), 'notExport'],
    [file({ entries: null }), 'notExport'],
    [file({ entries: {} }), 'noEntries'],
  ])('%j → %s', (text, problem) => {
    expect(validateImport(text)).toMatchObject({ ok: false, problem });
  });

  it('a file that is too big', () => {
    expect(validateImport(file(), MAX_FILE_BYTES + 1)).toEqual({ ok: false, problem: 'tooBig' });
    expect(validateImport('x'.repeat(MAX_FILE_BYTES + 1))).toEqual({ ok: false, problem: 'tooBig' });
    const many = Object.fromEntries(Array.from({ length: 20_001 }, (_, i) => [`am:x:${i}`, '1']));
    expect(validateImport(file({ entries: many }))).toEqual({ ok: false, problem: 'tooMany' });
  });

  it('a file with any entry its decoder refuses, naming how many', () => {
    const broken = {
      ...ENTRIES,
      'am:oefening:hunter-of-farmer': '{"v":1,"best":-3}',
      'am:kaart:account': '{"v":1,"due":"gisteren"}',
      'am:gelezen:hoofdstuk': JSON.stringify({ v: 1, readAt: NOW.toISOString() }),
      'am:laatst': JSON.stringify({ v: 1, path: 'javascript:alert(1)', title: 'x', section: '1.1', visitedAt: NOW.toISOString() }),
      'am:kaartrichting': 'upside-down',
      'am:poging:x': '{"v":1}',
      'am:vraag:': JSON.stringify({ v: 1, state: null, updatedAt: 'x' }),
      'localStorage-key-of-someone-else': '1',
      'am:number': 5,
      'am:instellingen': JSON.stringify({ v: 1, theme: 'paars' }),
      'am:toets:hoofdstuk-1': JSON.stringify({ ...JSON.parse(session), current: 7 }),
      'am:werkboek:abc12345': JSON.stringify({ ...JSON.parse(workbook('abc12345', NOW.toISOString())), title: '' }),
      'am:werkboek:other001': workbook('abc12345', NOW.toISOString()),
      'am:werkboek:Bad_Id': workbook('abc12345', NOW.toISOString()).replace('"abc12345"', '"Bad_Id"'),
      'am:werkboek:': workbook('abc12345', NOW.toISOString()),
      'am:werkboek-actief': '{"id":"abc12345"}',
    };
    const result = validateImport(file({ entries: broken }));
    expect(result).toMatchObject({ ok: false, problem: 'badEntries', badCount: 16 });
    expect(result.ok || result.badKeys?.length).toBe(5);
  });
});

describe('import keeps', () => {
  it('unknown keys of ours only when they are JSON', () => {
    expect(checkEntry('am:nieuw-ding', '{"v":1}')).toBe('keep');
    expect(checkEntry('am:nieuw-ding', 'gewoon tekst')).toBe('skip');
    expect(checkEntry('am:kaartrichting', 'term')).toBe('keep');
    expect(checkEntry('other', '{}')).toBe('bad');
    const result = validateImport(file({ entries: { ...ENTRIES, 'am:nieuw-ding': 'gewoon tekst' } }));
    expect(result).toMatchObject({ ok: true, skipped: 1, count: Object.keys(ENTRIES).length });
    expect(result.ok && 'am:nieuw-ding' in result.entries).toBe(false);
  });

  it('a file without a valid date as exportedAt null', () => {
    expect(validateImport(file({ exportedAt: 'ooit' }))).toMatchObject({ ok: true, exportedAt: null });
  });

  it('is safe with keys like __proto__', () => {
    const text = `{"app":"${EXPORT_APP}","format":1,"entries":{"__proto__":"{}","am:x":"{}"}}`;
    expect(validateImport(text)).toMatchObject({ ok: false, problem: 'badEntries', badCount: 1 });
  });
});

describe('planReplace', () => {
  it('removes every current key of ours that the file does not have, and leaves other keys alone', () => {
    expect(planReplace(['am:a', 'am:b', 'other'], { 'am:b': '2', 'am:c': '3' })).toEqual({ remove: ['am:a'], set: [['am:b', '2'], ['am:c', '3']] });
    expect(planReplace(['am:a', 'other'], {})).toEqual({ remove: ['am:a'], set: [] });
  });
});

describe('workbooks in the progress file', () => {
  it('are checked by the workbook model; one from a newer version of the site is kept as it is', () => {
    expect(checkEntry('am:werkboek:abc12345', ENTRIES['am:werkboek:abc12345'])).toBe('keep');
    expect(checkEntry('am:werkboek:abc12345', JSON.stringify({ v: 2, id: 'abc12345', anders: true }))).toBe('keep');
    expect(checkEntry('am:werkboek:abc12345', '{"v":1}')).toBe('bad');
    expect(checkEntry('am:werkboek:abc12345', 'kapot')).toBe('bad');
    expect(checkEntry('am:werkboek-actief', '')).toBe('keep');
    expect(checkEntry('am:werkboek-actief', 'Nee!')).toBe('bad');
  });

  it('are never removed by a load or a reset', () => {
    const current = ['am:gelezen:1.1', 'am:werkboek:mine0001', 'am:werkboek-actief', 'other'];
    expect(planReplace(current, { 'am:gelezen:2.4': '{}' })).toEqual({ remove: ['am:gelezen:1.1'], set: [['am:gelezen:2.4', '{}']] });
    expect(planReplace(current, {})).toEqual({ remove: ['am:gelezen:1.1'], set: [] });
    // Putting back after a failed load replaces exactly.
    expect(planReplace(current, {}, { keepWorkbooks: false })).toEqual({ remove: ['am:gelezen:1.1', 'am:werkboek:mine0001', 'am:werkboek-actief'], set: [] });
  });

  it('keep the newer version when the file has the same workbook', () => {
    const older = workbook('same0001', '2026-11-01T10:00:00.000Z', 'oud');
    const newer = workbook('same0001', '2026-11-20T10:00:00.000Z', 'nieuw');
    const key = 'am:werkboek:same0001';
    expect(planReplace([key], { [key]: older }, { current: { [key]: newer } }).set).toEqual([]);
    expect(planReplace([key], { [key]: newer }, { current: { [key]: older } }).set).toEqual([[key, newer]]);
    expect(planReplace([key], { [key]: newer }, { current: { [key]: 'kapot' } }).set).toEqual([[key, newer]]);
    expect(planReplace([key], { [key]: older }, { current: { [key]: newer }, keepWorkbooks: false }).set).toEqual([[key, older]]);
  });
});

describe('storage-io keeps workbooks', () => {
  /** A localStorage in memory; keys in `refuse` fail to be written, as in a full browser. */
  function fakeStorage(initial: Record<string, string>) {
    const data = new Map(Object.entries(initial));
    const s = {
      refuse: new Set<string>(),
      get length() {
        return data.size;
      },
      key: (i: number) => [...data.keys()][i] ?? null,
      getItem: (k: string) => data.get(k) ?? null,
      setItem(k: string, v: string) {
        if (s.refuse.has(k)) throw new DOMException('full', 'QuotaExceededError');
        data.set(k, String(v));
      },
      removeItem: (k: string) => void data.delete(k),
      clear: () => data.clear(),
      data,
    };
    vi.stubGlobal('localStorage', s);
    return s;
  }
  afterEach(() => vi.unstubAllGlobals());
  const mine = workbook('mine0001', NOW.toISOString(), 'Mijn eigen tekst');

  it('a reset wipes progress but not the workbooks', () => {
    const s = fakeStorage({ 'am:gelezen:1.1': '{}', 'am:werkboek:mine0001': mine, 'am:werkboek-actief': 'mine0001', other: 'x' });
    expect(clearEntries()).toBe(true);
    expect(Object.fromEntries(s.data)).toEqual({ 'am:werkboek:mine0001': mine, 'am:werkboek-actief': 'mine0001', other: 'x' });
  });

  it('a load adds the file’s workbooks next to the student’s', () => {
    const s = fakeStorage({ 'am:gelezen:1.1': '{}', 'am:werkboek:mine0001': mine });
    expect(replaceEntries(ENTRIES)).toBe(true);
    expect(s.data.get('am:werkboek:mine0001')).toBe(mine);
    expect(s.data.get('am:werkboek:abc12345')).toBe(ENTRIES['am:werkboek:abc12345']);
    expect(s.data.has('am:gelezen:1.1')).toBe(false);
  });

  it('a failed load puts everything back exactly', () => {
    const before = { 'am:gelezen:1.1': '{}', 'am:werkboek:mine0001': mine };
    const s = fakeStorage(before);
    // The workbook of the file is written, then the browser is full.
    s.refuse.add('am:werkboek-actief');
    expect(replaceEntries(ENTRIES)).toBe(false);
    expect(readOwnEntries()).toEqual(before);
  });
});

describe('validateImport never throws', () => {
  let seed = 20261127;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const pick = <T,>(items: readonly T[]) => items[Math.floor(rnd() * items.length)]!;
  const valid = file();

  function mutate(text: string): string {
    const chars = [...text];
    const edits = 1 + Math.floor(rnd() * 6);
    for (let i = 0; i < edits; i++) {
      const at = Math.floor(rnd() * chars.length);
      const kind = rnd();
      if (kind < 0.3) chars.splice(at, 1 + Math.floor(rnd() * 20));
      else if (kind < 0.6) chars.splice(at, 0, pick(['{', '}', '[', ']', '"', ',', ':', '\\', 'null', '1e999', '-', 'v', '\u0000', 'é', '💥']));
      else chars[at] = pick(['0', '2', '"', ' ', '}', 'x']);
    }
    return chars.join('');
  }

  const values: unknown[] = [null, true, 0, -1, 1e308, 'x', '', [], {}, { v: 1 }, [1, [2]], { app: EXPORT_APP }];
  function randomValue(depth = 0): unknown {
    if (depth > 3 || rnd() < 0.4) return pick(values);
    if (rnd() < 0.5) return Array.from({ length: Math.floor(rnd() * 4) }, () => randomValue(depth + 1));
    return Object.fromEntries(Array.from({ length: Math.floor(rnd() * 4) }, () => [pick(['app', 'format', 'entries', 'am:gelezen:1.1', 'am:kaart:x', 'am:poging:1', 'v', 'exportedAt']), randomValue(depth + 1)]));
  }

  it('over thousands of corrupted files and random JSON', () => {
    let accepted = 0;
    for (let i = 0; i < 3000; i++) {
      const text = i % 3 === 0 ? JSON.stringify(randomValue()) : i % 3 === 1 ? mutate(valid) : JSON.stringify({ app: EXPORT_APP, format: 1, entries: randomValue() });
      let result: ReturnType<typeof validateImport> | undefined;
      expect(() => (result = validateImport(text))).not.toThrow();
      if (result!.ok) {
        accepted++;
        // Whatever is accepted passes its own decoder again.
        for (const [key, raw] of Object.entries(result!.entries)) expect(checkEntry(key, raw)).toBe('keep');
      }
    }
    expect(accepted).toBeGreaterThan(0);
  });

  it('with inputs that are not text at all', () => {
    for (const input of [undefined, null, 42, {}, [], Symbol('x')]) expect(() => validateImport(input)).not.toThrow();
  });
});
