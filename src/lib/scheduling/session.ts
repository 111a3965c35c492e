// One practice session: which cards, in which order, and what happened. Pure functions over the
// deck (term ids) and the saved card entries; the store saves the grades, the widget shows it.
// Order: cards due for review first (longest due first), then new cards: the terms the student
// sent with "Oefen dit begrip" first, then the deck's own order, at most `newLimit` in all.
import { isDue, isNew, recallProbability, type GradeName } from './cards';
import type { CardEntry } from './entry';

export type CardMap = Readonly<Record<string, CardEntry | undefined>>;

/** New cards per session: enough to learn something, few enough to remember them. */
export const NEW_PER_SESSION = 10;
/** A card that comes back within this time (a learning step) is shown again in the same session. */
export const LEARN_AHEAD_MS = 20 * 60 * 1000;
/** After "Opnieuw" the card returns after this many other cards, not straight away. */
export const AGAIN_GAP = 3;

export interface PlanOptions {
  now: Date;
  /** Term ids the student added, most recent first; ids outside the deck are ignored. */
  added?: readonly string[];
  newLimit?: number;
}

export interface Plan {
  /** Studied cards due now, longest due first. */
  reviews: string[];
  /** New cards (and added ones) for this session. */
  fresh: string[];
}

/** The cards of a regular session. */
export function planSession(deck: readonly string[], cards: CardMap, { now, added = [], newLimit = NEW_PER_SESSION }: PlanOptions): Plan {
  const position = new Map(deck.map((id, i) => [id, i]));
  const reviews = deck
    .filter((id) => isDue(cards[id], now))
    .sort((a, b) => Date.parse(cards[a]!.due) - Date.parse(cards[b]!.due) || position.get(a)! - position.get(b)!);
  const inReviews = new Set(reviews);
  const requested = [...new Set(added)].filter((id) => position.has(id) && !inReviews.has(id));
  const requestedSet = new Set(requested);
  const unseen = deck.filter((id) => isNew(cards[id]) && !requestedSet.has(id));
  return { reviews, fresh: [...requested, ...unseen].slice(0, Math.max(0, newLimit)) };
}

/** Extra practice when nothing is due: the studied cards the student is most likely to have forgotten. */
export function planExtra(deck: readonly string[], cards: CardMap, now: Date, limit = NEW_PER_SESSION): string[] {
  const studied = deck.filter((id) => !isNew(cards[id]));
  const chance = new Map(studied.map((id) => [id, recallProbability(cards[id], now)]));
  const weakest = studied.sort((a, b) => chance.get(a)! - chance.get(b)!).slice(0, limit);
  return weakest.length ? weakest : deck.slice(0, limit);
}

export const GRADE_COUNTS_ZERO: Readonly<Record<GradeName, number>> = { again: 0, hard: 0, good: 0, easy: 0 };

export interface Session {
  /** Term ids still to show; the first is the current card. */
  queue: string[];
  /** Every term graded at least once, in the order first seen. */
  seen: string[];
  /** Terms that left the queue for good. */
  finished: string[];
  /** How often each answer was given. */
  tally: Record<GradeName, number>;
  /** A regular session, or extra practice of cards that were not due. */
  kind: 'regular' | 'extra';
}

export function startSession(queue: readonly string[], kind: Session['kind'] = 'regular'): Session {
  return { queue: [...new Set(queue)], seen: [], finished: [], tally: { ...GRADE_COUNTS_ZERO }, kind };
}

export const planToQueue = (plan: Plan): string[] => [...plan.reviews, ...plan.fresh];

/** The card on screen, or undefined when the session is over. */
export const currentCard = (session: Session): string | undefined => session.queue[0];

/**
 * The session after the student answered the current card. `after` is the card's new saved state:
 * when it comes back within LEARN_AHEAD_MS it stays in this session (after AGAIN_GAP other cards
 * for "Opnieuw", at the end otherwise).
 */
export function recordAnswer(session: Session, termId: string, grade: GradeName, after: CardEntry, now: Date): Session {
  const rest = session.queue.filter((id) => id !== termId);
  const comesBackSoon = Date.parse(after.due) - now.getTime() <= LEARN_AHEAD_MS;
  let queue = rest;
  if (comesBackSoon) {
    const at = grade === 'again' ? Math.min(AGAIN_GAP, rest.length) : rest.length;
    queue = [...rest.slice(0, at), termId, ...rest.slice(at)];
  }
  return {
    ...session,
    queue,
    seen: session.seen.includes(termId) ? session.seen : [...session.seen, termId],
    finished: comesBackSoon || session.finished.includes(termId) ? session.finished : [...session.finished, termId],
    tally: { ...session.tally, [grade]: session.tally[grade] + 1 },
  };
}

/** How many cards of the queue are reviews, how many new, and how many are done. */
export function sessionCounts(session: Session, cards: CardMap): { due: number; fresh: number; done: number } {
  const fresh = session.queue.filter((id) => isNew(cards[id])).length;
  return { due: session.queue.length - fresh, fresh, done: session.finished.length };
}

export interface Summary {
  seen: number;
  tally: Record<GradeName, number>;
  /** The earliest moment a studied card of the deck is due again; null when nothing was studied. */
  nextDue: Date | null;
  /** New cards of the deck never studied. */
  newLeft: number;
}

export function summarise(session: Session, deck: readonly string[], cards: CardMap): Summary {
  let next: number | null = null;
  for (const id of deck) {
    const entry = cards[id];
    if (isNew(entry)) continue;
    const due = Date.parse(entry!.due);
    if (next === null || due < next) next = due;
  }
  return {
    seen: session.seen.length,
    tally: { ...session.tally },
    nextDue: next === null ? null : new Date(next),
    newLeft: deck.filter((id) => isNew(cards[id])).length,
  };
}

/** The average recall probability over the deck (0–1), new cards counting as 0: for a readiness indicator. */
export function deckReadiness(deck: readonly string[], cards: CardMap, now: Date): number {
  if (!deck.length) return 0;
  return deck.reduce((sum, id) => sum + recallProbability(cards[id], now), 0) / deck.length;
}
