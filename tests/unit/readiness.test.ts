import { describe, expect, it } from 'vitest';
import {
  chapterReadiness, firstStep, isKnownCard, latestChapterTest, sectionsToReread, summariseCards, summariseChecks,
  type ChapterStatus,
} from '../../src/lib/progress/readiness';
import { gradeCard, type CardEntry } from '../../src/lib/scheduling';
import type { AttemptEntry } from '../../src/lib/toets/attempt';

const DAY = 86_400_000;
const T0 = new Date('2026-10-01T09:00:00.000Z');
const at = (days: number) => new Date(T0.getTime() + days * DAY);

/** A card graded "good" on each of these days. */
function studied(days: number[]): CardEntry {
  let entry: CardEntry | undefined;
  for (const d of days) entry = gradeCard(entry, 'good', at(d));
  return entry!;
}

const attempt = (over: Partial<AttemptEntry>): AttemptEntry => ({
  v: 1, testId: 'hoofdstuk-2', title: 'Oefentoets hoofdstuk 2', finishedAt: '2026-11-01T10:00:00.000Z',
  score: 5, max: 10, grade: 5.5, perSection: {}, wrong: [], ...over,
});

describe('known and due flashcards', () => {
  it('a card learned today is studied but not yet known; after good reviews it is known, and long overdue it is not', () => {
    const once = studied([0]);
    expect(isKnownCard(once, at(0))).toBe(false);
    expect(isKnownCard(undefined, at(0))).toBe(false);
    const card = studied([0, 0.01, 3, 12]);
    expect(card.stability).toBeGreaterThanOrEqual(7);
    expect(isKnownCard(card, at(12.5))).toBe(true);
    expect(isKnownCard(card, at(400))).toBe(false);
  });

  it('summarises a chapter: never studied terms count as 0 recall', () => {
    const cards = { a: studied([0, 0.01, 3, 12]), b: studied([0]) };
    const s = summariseCards(['a', 'b', 'c', 'd'], cards, at(12.5));
    expect(s).toMatchObject({ total: 4, studied: 2, known: 1 });
    expect(s.recall).toBeGreaterThan(0.2);
    expect(s.recall).toBeLessThan(0.5);
    expect(summariseCards(['a', 'b'], cards, at(200)).due).toBe(2);
    expect(summariseCards([], cards, at(0))).toEqual({ total: 0, studied: 0, known: 0, due: 0, recall: 0 });
  });
});

describe('Check jezelf', () => {
  it('averages the last scores over all questions, unanswered as 0', () => {
    const progress = { q1: { lastScore: 1 }, q2: { lastScore: 0.5 }, q3: { lastScore: null }, other: { lastScore: 0 } };
    expect(summariseChecks(['q1', 'q2', 'q3', 'q4'], progress)).toEqual({ total: 4, answered: 2, right: 1, score: 0.375 });
    expect(summariseChecks([], progress).score).toBe(0);
  });
});

describe('the latest self-test of a chapter', () => {
  it('takes the newest attempt that asked about the chapter, and only its sections', () => {
    const old = attempt({ finishedAt: '2026-11-01T10:00:00.000Z', perSection: { '2.4': { score: 1, max: 4 } } });
    const newer = attempt({ finishedAt: '2026-11-10T10:00:00.000Z', perSection: { '2.4': { score: 3, max: 4 }, '3.1': { score: 0, max: 6 } } });
    const otherChapter = attempt({ finishedAt: '2026-11-20T10:00:00.000Z', perSection: { '3.1': { score: 6, max: 6 } } });
    const test = latestChapterTest([newer, otherChapter, old], ['2.1', '2.4']);
    expect(test?.share).toBe(0.75);
    expect(test?.attempt).toBe(newer);
    expect(latestChapterTest([otherChapter], ['2.4'])).toBeNull();
  });
});

describe('examenklaar', () => {
  it('weighs the test for half and Check jezelf and the flashcards for a quarter each', () => {
    expect(chapterReadiness({ test: 1, check: 1, cards: 1, anything: true })).toEqual({ level: 'ready', score: 1 });
    expect(chapterReadiness({ test: 0.8, check: 0.8, cards: 0.6, anything: true }).score).toBeCloseTo(0.75);
    expect(chapterReadiness({ test: 0.8, check: 0.8, cards: 0.6, anything: true }).level).toBe('ready');
  });

  it('is honest: without a test never more than "bijna", and a failed test keeps it from "klaar"', () => {
    expect(chapterReadiness({ test: null, check: 1, cards: 1, anything: true })).toEqual({ level: 'almost', score: 0.5 });
    expect(chapterReadiness({ test: null, check: 0.6, cards: 0.9, anything: true }).level).toBe('start');
    expect(chapterReadiness({ test: 0.5, check: 1, cards: 1, anything: true }).level).toBe('almost');
    expect(chapterReadiness({ test: null, check: 0, cards: 0, anything: false }).level).toBe('none');
    expect(chapterReadiness({ test: 0, check: 0, cards: 0, anything: false }).level).toBe('start');
    expect(chapterReadiness({ test: Number.NaN, check: 2, cards: -1, anything: true }).score).toBe(0.25);
  });
});

describe('sections to read again', () => {
  const questionSection = { a: '2.4', b: '2.4', c: '1.2', d: '2.5', e: '1.2' };
  const order = ['1.2', '2.4', '2.5'];

  it('counts questions answered wrong in Check jezelf and missed on the latest attempt of each test', () => {
    const progress = { a: { lastScore: 0 }, c: { lastScore: 0.5 }, d: { lastScore: 1 }, unknown: { lastScore: 0 } };
    const attempts = [
      attempt({ testId: 'hoofdstuk-2', finishedAt: '2026-11-01T10:00:00.000Z', wrong: ['d', 'e'] }),
      attempt({ testId: 'hoofdstuk-2', finishedAt: '2026-11-09T10:00:00.000Z', wrong: ['b', 'a'] }),
      attempt({ testId: 'proeftoets', finishedAt: '2026-11-05T10:00:00.000Z', wrong: ['e', '__proto__'] }),
    ];
    // 1.2: c (Check jezelf) and e (proeftoets); 2.4: a and b (latest hoofdstuk-2 attempt). The older
    // attempt's miss of d does not count: d was answered right since. Ties go in course order.
    expect(sectionsToReread(progress, attempts, questionSection, order)).toEqual([
      { section: '1.2', wrong: 2 },
      { section: '2.4', wrong: 2 },
    ]);
    // Most missed first.
    expect(sectionsToReread({ a: { lastScore: 0 }, b: { lastScore: 0 }, c: { lastScore: 0.5 } }, [], questionSection, order)).toEqual([
      { section: '2.4', wrong: 2 },
      { section: '1.2', wrong: 1 },
    ]);
  });

  it('is empty when nothing went wrong', () => {
    expect(sectionsToReread({ a: { lastScore: 1 }, b: { lastScore: null } }, [], questionSection, order)).toEqual([]);
  });
});

describe('what to do first', () => {
  const status = (over: Partial<ChapterStatus>): ChapterStatus => ({
    chapter: 1, readiness: { level: 'start', score: 0.2 }, unread: [], hasTest: true, reread: [], dueCards: 0, newCards: 0, ...over,
  });

  it('picks the least ready chapter, and reads first when there is time', () => {
    const chapters = [status({ chapter: 1, readiness: { level: 'almost', score: 0.6 } }), status({ chapter: 2, unread: ['2.3', '2.5'] })];
    expect(firstStep(chapters, 30)).toEqual({ kind: 'read', chapter: 2, section: '2.3', count: 2 });
    expect(firstStep(chapters, null)).toEqual({ kind: 'read', chapter: 2, section: '2.3', count: 2 });
  });

  it('close to the exam: test first, then weak spots, then flashcards, and reading last', () => {
    expect(firstStep([status({ unread: ['1.3'], hasTest: false })], 5)).toEqual({ kind: 'test', chapter: 1 });
    expect(firstStep([status({ unread: ['1.3'], reread: ['1.4'] })], 5)).toEqual({ kind: 'reread', chapter: 1, section: '1.4' });
    expect(firstStep([status({ unread: ['1.3'], dueCards: 3, newCards: 2 })], 5)).toEqual({ kind: 'cards', chapter: 1, count: 5 });
    expect(firstStep([status({ unread: ['1.3'] })], 5)).toEqual({ kind: 'read', chapter: 1, section: '1.3', count: 1 });
    expect(firstStep([status({})], 5)).toEqual({ kind: 'keep', chapter: 1 });
    expect(firstStep([], 5)).toBeNull();
  });
});
