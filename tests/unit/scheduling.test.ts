import { describe, expect, it } from 'vitest';
import {
  AGAIN_GAP,
  decodeAddedList,
  decodeCardEntry,
  deckOrder,
  deckReadiness,
  describeInterval,
  encodeAddedList,
  encodeCardEntry,
  fromCard,
  gradeCard,
  isDue,
  isNew,
  LEARN_AHEAD_MS,
  NEW_PER_SESSION,
  parseCardEntry,
  parseDirection,
  planExtra,
  planSession,
  planToQueue,
  previewDue,
  recallProbability,
  recordAnswer,
  sessionCounts,
  startSession,
  summarise,
  toCard,
  type CardEntry,
  type CardMap,
} from '../../src/lib/scheduling';

const NOW = new Date('2025-03-10T09:00:00.000Z');
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const at = (ms: number) => new Date(NOW.getTime() + ms);

/** A card studied a while ago: graded Easy at `reviewedAt`. */
const learned = (reviewedAt: Date) => gradeCard(undefined, 'easy', reviewedAt);
const deck = Array.from({ length: 25 }, (_, i) => `t${String(i + 1).padStart(2, '0')}`);

describe('gradeCard', () => {
  it('gives a new card graded Goed a due date in the future and takes it out of "new"', () => {
    const entry = gradeCard(undefined, 'good', NOW);
    expect(Date.parse(entry.due)).toBeGreaterThan(NOW.getTime());
    expect(isNew(entry)).toBe(false);
    expect(entry.reps).toBe(1);
    expect(entry.last_review).toBe(NOW.toISOString());
  });

  it('brings a card graded Opnieuw back within minutes, sooner than Goed and much sooner than Makkelijk', () => {
    const again = Date.parse(gradeCard(undefined, 'again', NOW).due) - NOW.getTime();
    const good = Date.parse(gradeCard(undefined, 'good', NOW).due) - NOW.getTime();
    const easy = Date.parse(gradeCard(undefined, 'easy', NOW).due) - NOW.getTime();
    expect(again).toBeGreaterThan(0);
    expect(again).toBeLessThanOrEqual(5 * MINUTE);
    expect(again).toBeLessThan(good);
    expect(easy).toBeGreaterThanOrEqual(DAY);
  });

  it('counts a lapse when a learned card is forgotten, and schedules it again soon', () => {
    const card = learned(at(-30 * DAY));
    const forgotten = gradeCard(card, 'again', NOW);
    expect(forgotten.lapses).toBe(1);
    expect(Date.parse(forgotten.due) - NOW.getTime()).toBeLessThanOrEqual(LEARN_AHEAD_MS);
  });

  it('previews the same due dates the grades give', () => {
    const card = learned(at(-5 * DAY));
    const preview = previewDue(card, NOW);
    for (const grade of ['again', 'hard', 'good', 'easy'] as const) {
      expect(preview[grade].toISOString()).toBe(gradeCard(card, grade, NOW).due);
    }
    expect(preview.again.getTime()).toBeLessThan(preview.easy.getTime());
  });
});

describe('isDue', () => {
  it('is false for new cards and for cards due later, true once the due date has passed', () => {
    const card = gradeCard(undefined, 'good', NOW);
    expect(isDue(undefined, NOW)).toBe(false);
    expect(isDue(card, NOW)).toBe(false);
    expect(isDue(card, new Date(Date.parse(card.due)))).toBe(true);
  });
});

describe('stored entries', () => {
  it('round-trip through JSON with the same dates and the same schedule', () => {
    const entry = gradeCard(gradeCard(undefined, 'good', NOW), 'good', at(10 * MINUTE));
    const decoded = decodeCardEntry(encodeCardEntry(entry));
    expect(decoded).toEqual({ ok: true, value: entry });
    if (!decoded?.ok) throw new Error('not decoded');
    const card = toCard(decoded.value, NOW);
    expect(card.due).toBeInstanceOf(Date);
    expect(card.due.toISOString()).toBe(entry.due);
    expect(card.last_review?.toISOString()).toBe(at(10 * MINUTE).toISOString());
    expect(fromCard(card)).toEqual(entry);
    const later = at(3 * DAY);
    expect(gradeCard(decoded.value, 'good', later)).toEqual(gradeCard(entry, 'good', later));
  });

  it('read as nothing when there is nothing stored', () => {
    expect(decodeCardEntry(null)).toBeUndefined();
    expect(decodeCardEntry(undefined)).toBeUndefined();
  });

  const good = gradeCard(undefined, 'good', NOW);
  const broken: [string, string][] = [
    ['not JSON', '{"v":1,'],
    ['an array', '[1,2]'],
    ['a version from the future', JSON.stringify({ ...good, v: 2 })],
    ['no version', JSON.stringify({ ...good, v: undefined })],
    ['a due date that is no date', JSON.stringify({ ...good, due: 'morgen' })],
    ['a due date as a number', JSON.stringify({ ...good, due: Date.parse(good.due) })],
    ['a negative stability', JSON.stringify({ ...good, stability: -1 })],
    ['a difficulty above 10', JSON.stringify({ ...good, difficulty: 11 })],
    ['an unknown state', JSON.stringify({ ...good, state: 7 })],
    ['a fractional number of reviews', JSON.stringify({ ...good, reps: 1.5 })],
    ['a missing field', JSON.stringify({ ...good, lapses: undefined })],
    ['a last review that is no date', JSON.stringify({ ...good, last_review: 'gisteren' })],
  ];
  it.each(broken)('are rejected when they hold %s', (_what, raw) => {
    expect(decodeCardEntry(raw)?.ok).toBe(false);
  });

  it('say why they were rejected: broken JSON, a newer version, or invalid content', () => {
    expect(decodeCardEntry('{')).toEqual({ ok: false, reason: 'json' });
    expect(decodeCardEntry(JSON.stringify({ ...good, v: 2 }))).toEqual({ ok: false, reason: 'future' });
    expect(decodeCardEntry(JSON.stringify({ ...good, state: -1 }))).toEqual({ ok: false, reason: 'invalid' });
  });

  it('keep a valid entry and drop fields they do not know', () => {
    expect(parseCardEntry({ ...good, extra: 'x' })).toEqual(good);
    expect(parseCardEntry({ ...good, last_review: null })).toEqual({ ...good, last_review: null });
  });

  it('decode the added list and the direction, rejecting junk', () => {
    expect(decodeAddedList(encodeAddedList(['a', 'b', 'a']))).toEqual({ ok: true, value: ['a', 'b'] });
    expect(decodeAddedList('{"v":1,"ids":[1]}')?.ok).toBe(false);
    expect(decodeAddedList('["a"]')?.ok).toBe(false);
    expect(decodeAddedList('{')?.ok).toBe(false);
    expect(parseDirection('definition')).toBe('definition');
    expect(parseDirection('achterstevoren')).toBe('term');
  });
});

describe('recallProbability', () => {
  it('is between 0 and 1, 0 for a new card, and lower the longer a card is overdue', () => {
    const card = learned(at(-10 * DAY));
    const due = new Date(Date.parse(card.due));
    const onTime = recallProbability(card, due);
    const overdue = recallProbability(card, new Date(due.getTime() + 30 * DAY));
    expect(recallProbability(undefined, NOW)).toBe(0);
    for (const p of [onTime, overdue]) {
      expect(p).toBeGreaterThan(0);
      expect(p).toBeLessThanOrEqual(1);
    }
    expect(overdue).toBeLessThan(onTime);
    expect(recallProbability(card, at(-10 * DAY + MINUTE))).toBeGreaterThan(onTime);
  });

  it('averages over a deck for a readiness score', () => {
    const cards: CardMap = { t01: learned(at(-DAY)) };
    const readiness = deckReadiness(['t01', 't02'], cards, NOW);
    expect(readiness).toBeGreaterThan(0);
    expect(readiness).toBeLessThan(0.5);
    expect(deckReadiness([], cards, NOW)).toBe(0);
  });
});

describe('planSession', () => {
  it('puts due reviews first, longest overdue first, then new cards in deck order', () => {
    const cards: CardMap = {
      t05: learned(at(-40 * DAY)),
      t02: learned(at(-20 * DAY)),
      t03: gradeCard(undefined, 'easy', NOW), // studied now: not due
    };
    const plan = planSession(deck, cards, { now: NOW });
    expect(plan.reviews).toEqual(['t05', 't02']);
    expect(plan.fresh[0]).toBe('t01');
    expect(plan.fresh).not.toContain('t03');
    expect(planToQueue(plan).slice(0, 3)).toEqual(['t05', 't02', 't01']);
  });

  it(`introduces at most ${NEW_PER_SESSION} new cards, or the limit given`, () => {
    expect(planSession(deck, {}, { now: NOW }).fresh).toEqual(deck.slice(0, NEW_PER_SESSION));
    expect(planSession(deck, {}, { now: NOW, newLimit: 3 }).fresh).toEqual(['t01', 't02', 't03']);
    expect(planSession(deck, {}, { now: NOW, newLimit: 0 }).fresh).toEqual([]);
  });

  it('puts the terms sent with "Oefen dit begrip" first among the new cards, ignoring ones outside the deck', () => {
    const plan = planSession(deck, {}, { now: NOW, added: ['t20', 'elders', 't07'], newLimit: 4 });
    expect(plan.fresh).toEqual(['t20', 't07', 't01', 't02']);
  });

  it('lists a requested term that is also due only once, with the reviews', () => {
    const cards: CardMap = { t04: learned(at(-40 * DAY)) };
    const plan = planSession(deck, cards, { now: NOW, added: ['t04'] });
    expect(plan.reviews).toEqual(['t04']);
    expect(plan.fresh).not.toContain('t04');
  });

  it('offers nothing when every card is studied and none is due', () => {
    const cards = Object.fromEntries(deck.map((id) => [id, gradeCard(undefined, 'easy', NOW)]));
    expect(planToQueue(planSession(deck, cards, { now: NOW }))).toEqual([]);
  });
});

describe('planExtra', () => {
  it('picks the studied cards the student is most likely to have forgotten', () => {
    const cards: CardMap = {
      t01: learned(at(-1 * DAY)),
      t02: learned(at(-60 * DAY)),
      t03: learned(at(-20 * DAY)),
    };
    expect(planExtra(deck, cards, NOW, 2)).toEqual(['t02', 't03']);
  });
});

describe('a session', () => {
  it('brings a card graded Opnieuw back after a few other cards, and finishes a card graded Makkelijk', () => {
    let session = startSession(['a', 'b', 'c', 'd', 'e']);
    const again = gradeCard(undefined, 'again', NOW);
    session = recordAnswer(session, 'a', 'again', again, NOW);
    expect(AGAIN_GAP).toBe(3);
    expect(session.queue).toEqual(['b', 'c', 'd', 'a', 'e']);
    expect(session.finished).toEqual([]);
    const easy = gradeCard(undefined, 'easy', NOW);
    session = recordAnswer(session, 'b', 'easy', easy, NOW);
    expect(session.queue).not.toContain('b');
    expect(session.finished).toEqual(['b']);
    expect(session.seen).toEqual(['a', 'b']);
    expect(session.tally).toEqual({ again: 1, hard: 0, good: 0, easy: 1 });
  });

  it('keeps a learning card (Goed on a new card) for a second look at the end', () => {
    let session = startSession(['a', 'b']);
    session = recordAnswer(session, 'a', 'good', gradeCard(undefined, 'good', NOW), NOW);
    expect(session.queue).toEqual(['b', 'a']);
  });

  it('counts reviews, new cards and finished cards', () => {
    const cards: CardMap = { a: learned(at(-30 * DAY)) };
    let session = startSession(['a', 'b', 'c']);
    expect(sessionCounts(session, cards)).toEqual({ due: 1, fresh: 2, done: 0 });
    session = recordAnswer(session, 'a', 'good', gradeCard(cards.a, 'good', NOW), NOW);
    expect(sessionCounts(session, cards)).toEqual({ due: 0, fresh: 2, done: 1 });
  });

  it('sums up: cards seen, answers, the next due date and the new cards left', () => {
    const entry = gradeCard(undefined, 'easy', NOW);
    const cards: CardMap = { t01: entry, t02: learned(at(-DAY)) };
    let session = startSession(['t01']);
    session = recordAnswer(session, 't01', 'easy', entry, NOW);
    const summary = summarise(session, deck, cards);
    expect(summary.seen).toBe(1);
    expect(summary.tally.easy).toBe(1);
    expect(summary.newLeft).toBe(deck.length - 2);
    const dues = [entry, cards.t02!].map((e: CardEntry) => Date.parse(e.due));
    expect(summary.nextDue?.getTime()).toBe(Math.min(...dues));
    expect(summarise(startSession([]), deck, {}).nextDue).toBeNull();
  });
});

describe('deckOrder', () => {
  it('orders by chapter, then section numerically (1.10 after 1.9), then A–Z', () => {
    const terms = [
      { id: 'x', term: 'Zeta', chapter: 1, section: '1.10' },
      { id: 'y', term: 'Beta', chapter: 1, section: '1.9' },
      { id: 'z', term: 'Alfa', chapter: 1, section: '1.9' },
      { id: 'w', term: 'Aap', chapter: 2, section: '2.1' },
    ];
    expect(deckOrder(terms).map((t) => t.id)).toEqual(['z', 'y', 'x', 'w']);
  });
});

describe('describeInterval', () => {
  it.each([
    [30_000, 'minute', 1],
    [10 * MINUTE, 'minute', 10],
    [6 * 60 * MINUTE, 'hour', 6],
    [DAY, 'day', 1],
    [3 * DAY, 'day', 3],
    [60 * DAY, 'month', 2],
    [800 * DAY, 'year', 2],
  ] as const)('describes %d ms as %s × %d', (ms, unit, count) => {
    expect(describeInterval(NOW, at(ms))).toEqual({ unit, count });
  });
});
