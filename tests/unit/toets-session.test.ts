import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import { questionSchema, type Question } from '../../src/schemas';
import { selectOption, startQuestion, type QuestionState } from '../../src/lib/scoring/questions';
import { decodeAttempt } from '../../src/lib/toets/attempt';
import {
  crossedWarning, decodeSession, encodeSession, fitSession, formatClock, goTo, newAttemptId, remainingMs, startSession, withAnswer, type TestSession,
} from '../../src/lib/toets/session';

const base = { difficulty: 1, prompt: 'Vraag?', explanation: 'Omdat.' } as const;
const qs: Question[] = [
  questionSchema.parse({ ...base, section: '2.4', id: 'a', type: 'single', options: [{ text: 'A', correct: true }, { text: 'B' }, { text: 'C' }] }),
  questionSchema.parse({ ...base, section: '2.5', id: 'b', type: 'truefalse', answer: true }),
  questionSchema.parse({ ...base, section: '2.5', id: 'c', type: 'order', items: ['1', '2', '3'] }),
];
const byId = new Map(qs.map((q) => [q.id, q]));
const at = new Date('2026-03-01T10:00:00.000Z');
type S<T extends QuestionState['type']> = Extract<QuestionState, { type: T }>;

describe('a session', () => {
  const session = startSession('hoofdstuk-2', 'seed1', qs, at, 30);

  it('starts with the seeded question states, at the first question, with an end time', () => {
    expect(session.ids).toEqual(['a', 'b', 'c']);
    expect(session.answers.a).toEqual(startQuestion(qs[0]!, 'seed1'));
    expect(session.current).toBe(0);
    expect(session.endsAt).toBe('2026-03-01T10:30:00.000Z');
    expect(startSession('x', 's', qs, at, null).endsAt).toBeNull();
  });

  it('round-trips through storage, and refuses broken entries without throwing', () => {
    const next = goTo(withAnswer(session, 'a', selectOption(session.answers.a as S<'single'>, 0)), 2);
    expect(decodeSession(encodeSession(next))).toEqual({ ok: true, value: next });
    expect(decodeSession('{bad')).toEqual({ ok: false, reason: 'json' });
    expect(decodeSession(JSON.stringify({ ...next, v: 2 }))).toEqual({ ok: false, reason: 'future' });
    expect(decodeSession(JSON.stringify({ ...next, current: 3 }))).toEqual({ ok: false, reason: 'invalid' });
    expect(decodeSession(JSON.stringify({ ...next, ids: ['a', 'a'] }))).toEqual({ ok: false, reason: 'invalid' });
    expect(decodeSession(JSON.stringify({ ...next, answers: { ...next.answers, b: { type: 'truefalse' } } }))).toEqual({ ok: false, reason: 'invalid' });
    expect(decodeSession(JSON.stringify({ ...next, handedIn: { at: 'x' } }))).toEqual({ ok: false, reason: 'invalid' });
    expect(decodeSession(undefined)).toBeUndefined();
    const pieces = ['{', '}', '"v"', ':', '1', ',', '"ids"', '[', ']', '"a"', 'null', '"answers"', '"current"', '0'];
    let seed = 3;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let i = 0; i < 1000; i++) {
      const raw = Array.from({ length: Math.floor(rnd() * 14) }, () => pieces[Math.floor(rnd() * pieces.length)]).join('');
      expect(() => decodeSession(raw)).not.toThrow();
    }
  });

  it('moves between questions only within the test', () => {
    expect(goTo(session, 1).current).toBe(1);
    expect(goTo(session, 3)).toBe(session);
    expect(goTo(session, -1)).toBe(session);
  });

  it('fits itself to the questions that exist now', () => {
    expect(fitSession(session, byId)).toBe(session);
    const fewer = fitSession(goTo(session, 2), new Map([...byId].filter(([id]) => id !== 'c')))!;
    expect(fewer.ids).toEqual(['a', 'b']);
    expect(fewer.current).toBe(1);
    const changed = new Map(byId).set('a', questionSchema.parse({ ...base, section: '2.4', id: 'a', type: 'single', options: [{ text: 'A', correct: true }, { text: 'B' }] }));
    expect(fitSession(session, changed)!.answers.a).toEqual(startQuestion(changed.get('a')!, 'seed1'));
    expect(fitSession(session, new Map())).toBeNull();
  });
});

describe('the timer', () => {
  it('counts down to 0 and formats as a clock', () => {
    expect(remainingMs({ endsAt: '2026-03-01T10:30:00.000Z' }, at)).toBe(30 * 60_000);
    expect(remainingMs({ endsAt: '2026-03-01T09:30:00.000Z' }, at)).toBe(0);
    expect(remainingMs({ endsAt: null }, at)).toBeNull();
    expect(formatClock(30 * 60_000)).toBe('30:00');
    expect(formatClock(65_500)).toBe('1:06');
    expect(formatClock(80 * 60_000)).toBe('1:20:00');
    expect(formatClock(0)).toBe('0:00');
  });
  it('warns once when passing 5 and 1 minutes, not at a reload below them', () => {
    expect(crossedWarning(5 * 60_000 + 500, 5 * 60_000 - 500)).toBe(5);
    expect(crossedWarning(60_500, 59_500)).toBe(1);
    expect(crossedWarning(4 * 60_000, 3 * 60_000)).toBeNull();
    expect(crossedWarning(null, 59_000)).toBeNull();
    expect(crossedWarning(500, 0)).toBeNull();
  });
});

describe('the toetsen store', () => {
  /** A page load: fresh store modules over the same (test) storage, mounted as the widget mounts them. */
  let stops: (() => void)[] = [];
  async function load() {
    vi.resetModules();
    const store = await import('../../src/stores/toetsen');
    const { storageProblem } = await import('../../src/stores/storage');
    stops.push(store.attempts.listen(() => {}), store.testSessions.listen(() => {}));
    return { ...store, storageProblem };
  }
  beforeAll(() => useTestStorageEngine());
  afterEach(() => {
    stops.forEach((stop) => stop());
    stops = [];
    cleanTestStorage();
  });

  it('keeps the test in progress under one key per test, and reads it back on the next page load', async () => {
    const { saveSession, clearSession } = await load();
    const session = startSession('hoofdstuk-2', 'seed1', qs, at, null);
    saveSession('hoofdstuk-2', session);
    expect(Object.keys(getTestStorage())).toEqual(['am:toets:hoofdstuk-2']);
    const next = await load();
    expect(next.testSessions.get()['hoofdstuk-2']).toEqual(session);
    clearSession('hoofdstuk-2');
    expect(getTestStorage()).toEqual({});
  });

  it('hands in: stores the attempt in the shared format and keeps the answers for the review', async () => {
    const { handIn, listAttempts, testSessions } = await load();
    let session: TestSession = startSession('hoofdstuk-2', 'seed1', qs, at, null);
    session = withAnswer(session, 'a', selectOption(session.answers.a as S<'single'>, 0));
    const done = handIn('hoofdstuk-2', session, qs, 'Oefentoets hoofdstuk 2', new Date('2026-03-01T10:20:00.000Z'));
    expect(done.handedIn).toMatchObject({ at: '2026-03-01T10:20:00.000Z', timeUp: false });
    expect(handIn('hoofdstuk-2', done, qs, 'x', new Date())).toBe(done);
    const key = `am:poging:${done.handedIn!.attemptId}`;
    expect(decodeAttempt(getTestStorage()[key])).toEqual({
      ok: true,
      value: {
        v: 1, testId: 'hoofdstuk-2', title: 'Oefentoets hoofdstuk 2', finishedAt: '2026-03-01T10:20:00.000Z',
        score: 1, max: 3, grade: 4, perSection: { '2.4': { score: 1, max: 1 }, '2.5': { score: 0, max: 2 } }, wrong: ['b', 'c'],
      },
    });
    expect(testSessions.get()['hoofdstuk-2']).toEqual(done);
    const second = handIn('hoofdstuk-2', startSession('hoofdstuk-2', 's2', qs, at, null), qs, 'Oefentoets hoofdstuk 2', new Date('2026-03-02T10:00:00.000Z'));
    handIn('proeftoets', startSession('proeftoets', 's3', qs, at, null), qs, 'Proeftoets', new Date('2026-02-01T10:00:00.000Z'));
    expect(listAttempts('hoofdstuk-2').map((a) => a.id)).toEqual([done.handedIn!.attemptId, second.handedIn!.attemptId]);
    expect(listAttempts('proeftoets')).toHaveLength(1);
    const next = await load();
    expect(next.listAttempts('hoofdstuk-2')).toHaveLength(2);
  });

  it('drops a broken stored entry alone and says so', async () => {
    const good = startSession('hoofdstuk-2', 'seed1', qs, at, null);
    setTestStorageKey('am:toets:hoofdstuk-2', encodeSession(good));
    setTestStorageKey('am:toets:hoofdstuk-1', '{broken');
    setTestStorageKey('am:poging:x', JSON.stringify({ v: 1, testId: 'x' }));
    const { attempts, testSessions, storageProblem } = await load();
    expect(testSessions.get()['hoofdstuk-2']).toEqual(good);
    expect(testSessions.get()['hoofdstuk-1']).toBeUndefined();
    expect(attempts.get().x).toBeUndefined();
    expect(storageProblem.get()).toBe('repaired');
  });

  it('makes attempt ids that do not clash', () => {
    const a = newAttemptId('hoofdstuk-1', at, () => 0.1);
    expect(a).toMatch(/^hoofdstuk-1-[0-9a-z]+$/);
    expect(newAttemptId('hoofdstuk-1', at, () => 0.9)).not.toBe(a);
  });
});

describe('readQuestionState', () => {
  it('agrees with the question engine’s schema, on real states and on random input', async () => {
    const { questionStateSchema } = await import('../../src/lib/scoring/question-state');
    const { readQuestionState } = await import('../../src/lib/toets/state-check');
    const agree = (x: unknown) => {
      const parsed = questionStateSchema.safeParse(x);
      expect(readQuestionState(x), JSON.stringify(x)).toEqual(parsed.success ? parsed.data : null);
    };
    for (const q of qs) agree(startQuestion(q, 's'));
    agree({ type: 'match', seed: 's', right: [1, 0], chosen: { 0: 1 }, checked: true, extra: 1 });
    agree({ type: 'number', seed: 's', value: '10,7', checked: false });
    agree({ type: 'toString', seed: 's', checked: false });
    const values = [null, true, 0, 1, -1, 1.5, 's', [], [0, 1], [-1], {}, { 0: 1 }, { a: -1 }];
    const keys = ['type', 'seed', 'order', 'selected', 'touched', 'right', 'chosen', 'value', 'checked'];
    const types = ['single', 'multiple', 'truefalse', 'order', 'match', 'number', 'other'];
    let seed = 11;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
    for (let i = 0; i < 3000; i++) {
      const x: Record<string, unknown> = { type: pick(types), seed: rnd() < 0.9 ? 's' : 1, checked: rnd() < 0.9 ? false : 'no' };
      for (const key of keys.slice(2)) if (rnd() < 0.7) x[key] = pick(values);
      agree(x);
    }
  });
});
