import { beforeEach, describe, expect, it } from 'vitest';
import { cleanTestStorage, getTestStorage, useTestStorageEngine } from '@nanostores/persistent';
import { decodeEntry } from '../../src/lib/progress/entries';
import { createSafeStorage, storageProblem } from '../../src/stores/storage';

describe('decodeEntry', () => {
  const good = { v: 1, state: { any: 'thing' }, best: 3, max: 4, checks: 2, updatedAt: '2026-11-27T10:00:00.000Z' };

  it('reads a good entry and fills defaults', () => {
    expect(decodeEntry('exercise', JSON.stringify(good))).toEqual({ ok: true, value: good });
    const minimal = decodeEntry('question', JSON.stringify({ v: 1, state: null, updatedAt: 'x' }));
    expect(minimal).toEqual({ ok: true, value: { v: 1, state: null, lastScore: null, attempts: 0, correct: 0, updatedAt: 'x' } });
  });

  it('says why it cannot read an entry, and never throws', () => {
    expect(decodeEntry('exercise', '{broken')).toEqual({ ok: false, reason: 'json' });
    expect(decodeEntry('exercise', '[1,2]')).toEqual({ ok: false, reason: 'invalid' });
    expect(decodeEntry('exercise', JSON.stringify({ ...good, v: 99 }))).toEqual({ ok: false, reason: 'future' });
    expect(decodeEntry('exercise', JSON.stringify({ ...good, best: -1 }))).toEqual({ ok: false, reason: 'invalid' });
    expect(decodeEntry('exercise', JSON.stringify({ best: 1 }))).toEqual({ ok: false, reason: 'invalid' });
    expect(decodeEntry('exercise', null)).toBeUndefined();
  });

  it('survives any random input', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const pieces = ['{', '}', '"v"', ':', '1', ',', '"state"', 'null', '[', ']', '"best"', '-', '"x"', 'true', '9e999'];
    for (let i = 0; i < 2000; i++) {
      const raw = Array.from({ length: Math.floor(rnd() * 12) }, () => pieces[Math.floor(rnd() * pieces.length)]).join('');
      expect(() => decodeEntry('exercise', raw)).not.toThrow();
    }
  });
});

describe('the progress store', () => {
  beforeEach(() => {
    useTestStorageEngine();
    cleanTestStorage();
  });

  it('keeps the best score and counts checks, one storage key per exercise', async () => {
    const { exerciseProgress, recordExerciseCheck, saveExerciseState } = await import('../../src/stores/progress');
    const off = exerciseProgress.listen(() => {});
    recordExerciseCheck('hunter-of-farmer', { a: 1 }, 7, 10);
    recordExerciseCheck('hunter-of-farmer', { a: 2 }, 5, 10);
    saveExerciseState('hunter-of-farmer', { a: 3 });
    const entry = exerciseProgress.get()['hunter-of-farmer']!;
    expect(entry).toMatchObject({ best: 7, max: 10, checks: 2, state: { a: 3 } });
    expect(Object.keys(getTestStorage())).toEqual(['am:oefening:hunter-of-farmer']);
    off();
  });
});

describe('createSafeStorage', () => {
  function failingStorage(kind: 'quota' | 'denied'): Storage {
    const data = new Map<string, string>();
    return {
      get length() { return data.size; },
      key: (i: number) => [...data.keys()][i] ?? null,
      getItem: (k: string) => { if (kind === 'denied') throw new Error('denied'); return data.get(k) ?? null; },
      setItem: () => { throw new DOMException('full', 'QuotaExceededError'); },
      removeItem: (k: string) => { data.delete(k); },
      clear: () => data.clear(),
    };
  }

  it('keeps values in memory and reports a full storage instead of throwing', () => {
    storageProblem.set(null);
    const safe = createSafeStorage(failingStorage('quota'));
    expect(() => { safe['am:x'] = '1'; }).not.toThrow();
    expect(safe['am:x']).toBe('1');
    expect('am:x' in safe).toBe(true);
    expect(Object.keys(safe)).toContain('am:x');
    expect(storageProblem.get()).toBe('full');
    delete safe['am:x'];
    expect('am:x' in safe).toBe(false);
  });

  it('works with no storage at all', () => {
    const safe = createSafeStorage(undefined);
    safe['k'] = 'v';
    expect(safe['k']).toBe('v');
  });
});
