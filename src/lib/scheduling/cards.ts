// One flashcard's schedule, by FSRS (ts-fsrs): grade it, preview when it comes back, ask whether
// it is due and how likely the student still remembers it. Works on stored entries (ISO dates),
// so callers never handle ts-fsrs Cards or Dates in storage.
import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs';
import type { CardEntry } from './entry';

/** The four answers, in the order of the buttons and the keys 1–4. */
export const GRADES = ['again', 'hard', 'good', 'easy'] as const;
export type GradeName = (typeof GRADES)[number];

const RATING: Record<GradeName, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

// The defaults: 90% recall at review time, learning steps 1 and 10 minutes. No fuzz, so the
// interval a button shows is exactly what the student gets.
const scheduler = fsrs({ enable_fuzz: false });

/** A stored entry as a ts-fsrs Card; no entry means a card never studied. */
export function toCard(entry: CardEntry | undefined, now: Date): Card {
  if (!entry) return createEmptyCard(now);
  return {
    due: new Date(entry.due),
    stability: entry.stability,
    difficulty: entry.difficulty,
    elapsed_days: 0,
    scheduled_days: entry.scheduled_days,
    learning_steps: entry.learning_steps,
    reps: entry.reps,
    lapses: entry.lapses,
    state: entry.state as State,
    last_review: entry.last_review ? new Date(entry.last_review) : undefined,
  };
}

/** A ts-fsrs Card as a storable entry. */
export function fromCard(card: Card): CardEntry {
  return {
    v: 1,
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    last_review: card.last_review ? card.last_review.toISOString() : null,
  };
}

/** The card's next state after the student's answer at `now`. */
export function gradeCard(entry: CardEntry | undefined, grade: GradeName, now: Date): CardEntry {
  return fromCard(scheduler.next(toCard(entry, now), now, RATING[grade]).card);
}

/** When the card would come back for each answer, to show on the buttons. */
export function previewDue(entry: CardEntry | undefined, now: Date): Record<GradeName, Date> {
  const preview = scheduler.repeat(toCard(entry, now), now);
  return {
    again: preview[Rating.Again].card.due,
    hard: preview[Rating.Hard].card.due,
    good: preview[Rating.Good].card.due,
    easy: preview[Rating.Easy].card.due,
  };
}

/** Never studied (no entry, or an entry still in state New). */
export const isNew = (entry: CardEntry | undefined): boolean => !entry || entry.state === State.New;

/** Studied before and due at `now`. New cards are never "due": they are introduced separately. */
export const isDue = (entry: CardEntry | undefined, now: Date): boolean => !isNew(entry) && Date.parse(entry!.due) <= now.getTime();

/**
 * The chance (0–1) that the student still knows the term at `now`, by the FSRS forgetting curve.
 * 0 for a card never studied. For a readiness indicator: the longer past due, the lower.
 */
export function recallProbability(entry: CardEntry | undefined, now: Date): number {
  if (isNew(entry)) return 0;
  const r = scheduler.get_retrievability(toCard(entry, now), now, false);
  return Number.isFinite(r) ? Math.min(1, Math.max(0, r)) : 0;
}
