// "Examenklaar": how ready a student is for the exam of one chapter, from what this browser
// knows, and what to do first. Pure functions: the dashboard passes in the stored progress and
// the course, and shows the result in Dutch.
//
// The indicator combines three things, each a number from 0 to 1:
//   - test:  the share of points in the chapter's sections on the latest self-test that asked
//            about this chapter (half of the weight);
//   - check: the Check jezelf questions of the chapter, the last score of each, averaged over
//            all of them, so questions never answered count as 0 (a quarter);
//   - cards: the average chance, by the FSRS forgetting curve, that the student still knows
//            each term of the chapter today; terms never studied count as 0 (a quarter).
// Honest on purpose: without a self-test a chapter scores at most 0.5, so "bijna klaar" at best,
// because only a test shows what the student can do without help; and "examenklaar" also needs
// a passing share on that test.
import { isNew, isDue, recallProbability } from '../scheduling/cards';
import type { CardEntry } from '../scheduling/entry';
import type { AttemptEntry } from '../toets/attempt';

export const WEIGHTS = { test: 0.5, check: 0.25, cards: 0.25 } as const;
/** At or above: "examenklaar" (with a test), "bijna klaar". */
export const READY_AT = 0.75;
export const ALMOST_AT = 0.5;
/** A self-test share below this keeps a chapter from "examenklaar" whatever the rest says. */
export const TEST_PASS = 0.6;

/**
 * A term counts as "known" when the student would still recall it in a week with at least 90%
 * chance (FSRS stability of 7 days or more) and recalls it now with at least 90% chance (not
 * overdue). A card learned today has a short stability, so it is studied but not yet known.
 */
export const KNOWN_STABILITY_DAYS = 7;
export const KNOWN_RECALL = 0.9;

export function isKnownCard(entry: CardEntry | undefined, now: Date): boolean {
  return !isNew(entry) && entry!.stability >= KNOWN_STABILITY_DAYS && recallProbability(entry, now) >= KNOWN_RECALL;
}

export interface CardSummary {
  total: number;
  studied: number;
  known: number;
  due: number;
  /** Average recall probability over all terms (never studied = 0). */
  recall: number;
}

export function summariseCards(termIds: readonly string[], cards: Readonly<Record<string, CardEntry | undefined>>, now: Date): CardSummary {
  let studied = 0;
  let known = 0;
  let due = 0;
  let recallSum = 0;
  for (const id of termIds) {
    const entry = cards[id];
    if (isNew(entry)) continue;
    studied++;
    if (isKnownCard(entry, now)) known++;
    if (isDue(entry, now)) due++;
    recallSum += recallProbability(entry, now);
  }
  return { total: termIds.length, studied, known, due, recall: termIds.length ? recallSum / termIds.length : 0 };
}

export interface CheckSummary {
  total: number;
  answered: number;
  /** Fully right at the last check. */
  right: number;
  /** Average last score over all questions (never answered = 0). */
  score: number;
}

export function summariseChecks(
  questionIds: readonly string[],
  progress: Readonly<Record<string, { lastScore: number | null } | undefined>>,
): CheckSummary {
  let answered = 0;
  let right = 0;
  let sum = 0;
  for (const id of questionIds) {
    const last = progress[id]?.lastScore;
    if (last === null || last === undefined || !Number.isFinite(last)) continue;
    answered++;
    if (last >= 1) right++;
    sum += Math.min(1, Math.max(0, last));
  }
  return { total: questionIds.length, answered, right, score: questionIds.length ? sum / questionIds.length : 0 };
}

/** Attempts oldest first (by finishedAt, then id order for ties). */
export function sortAttempts<A extends { finishedAt: string }>(attempts: readonly A[]): A[] {
  return [...attempts].sort((a, b) => Date.parse(a.finishedAt) - Date.parse(b.finishedAt));
}

export interface ChapterTest {
  /** Share of points in this chapter's sections, 0–1. */
  share: number;
  attempt: AttemptEntry;
}

/** The latest attempt that asked about any of these sections, and the share scored on them. */
export function latestChapterTest(attempts: readonly AttemptEntry[], sections: readonly string[]): ChapterTest | null {
  const wanted = new Set(sections);
  for (const attempt of sortAttempts(attempts).reverse()) {
    let score = 0;
    let max = 0;
    for (const [section, part] of Object.entries(attempt.perSection)) {
      if (!wanted.has(section)) continue;
      score += part.score;
      max += part.max;
    }
    if (max > 0) return { share: Math.min(1, score / max), attempt };
  }
  return null;
}

export type ReadinessLevel = 'none' | 'start' | 'almost' | 'ready';

export interface Readiness {
  level: ReadinessLevel;
  /** 0–1, the weighted sum. */
  score: number;
}

export function chapterReadiness(parts: { test: number | null; check: number; cards: number; anything: boolean }): Readiness {
  const clamp = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);
  const score = WEIGHTS.test * clamp(parts.test ?? 0) + WEIGHTS.check * clamp(parts.check) + WEIGHTS.cards * clamp(parts.cards);
  if (!parts.anything && parts.test === null) return { level: 'none', score: 0 };
  if (score >= READY_AT && parts.test !== null && parts.test >= TEST_PASS) return { level: 'ready', score };
  if (score >= ALMOST_AT) return { level: 'almost', score };
  return { level: 'start', score };
}

export interface RereadAdvice {
  section: string;
  /** Questions of this section answered wrong (or partly), counted once each. */
  wrong: number;
}

/**
 * The sections to read again: questions whose last Check jezelf score was below 1, and the
 * questions missed on the latest attempt of each self-test. Most missed first, then in course
 * order (`order` lists section numbers in reading order).
 */
export function sectionsToReread(
  progress: Readonly<Record<string, { lastScore: number | null } | undefined>>,
  attempts: readonly AttemptEntry[],
  questionSection: Readonly<Record<string, string>>,
  order: readonly string[],
): RereadAdvice[] {
  const wrongIds = new Set<string>();
  for (const [id, entry] of Object.entries(progress)) {
    if (entry && entry.lastScore !== null && entry.lastScore < 1) wrongIds.add(id);
  }
  const latestPerTest = new Map<string, AttemptEntry>();
  for (const attempt of sortAttempts(attempts)) latestPerTest.set(attempt.testId, attempt);
  for (const attempt of latestPerTest.values()) for (const id of attempt.wrong) wrongIds.add(id);
  const count = new Map<string, number>();
  for (const id of wrongIds) {
    const section = Object.hasOwn(questionSection, id) ? questionSection[id] : undefined;
    if (section) count.set(section, (count.get(section) ?? 0) + 1);
  }
  const position = (section: string) => {
    const i = order.indexOf(section);
    return i === -1 ? order.length : i;
  };
  return [...count]
    .map(([section, wrong]) => ({ section, wrong }))
    .sort((a, b) => b.wrong - a.wrong || position(a.section) - position(b.section));
}

// ---- What to do first ------------------------------------------------------------------------

export interface ChapterStatus {
  chapter: number;
  readiness: Readiness;
  /** Lesson sections not marked as read, in reading order. */
  unread: string[];
  hasTest: boolean;
  /** Sections of this chapter to read again, most missed first. */
  reread: string[];
  /** Flashcards of this chapter due now, and never studied. */
  dueCards: number;
  newCards: number;
}

export type FirstStep =
  | { kind: 'read'; chapter: number; section: string; count: number }
  | { kind: 'test'; chapter: number }
  | { kind: 'reread'; chapter: number; section: string }
  | { kind: 'cards'; chapter: number; count: number }
  | { kind: 'keep'; chapter: number };

/** With this many days or fewer left, reading every lesson comes after testing the weak spots. */
export const SHORT_ON_TIME_DAYS = 7;

/**
 * The one thing to do first: in the chapter that is least ready (ties: the earlier chapter),
 * read what is unread (unless the exam is close), then take a self-test, then read again what
 * went wrong, then train the flashcards. Null when there are no chapters.
 */
export function firstStep(chapters: readonly ChapterStatus[], daysLeft: number | null): FirstStep | null {
  if (chapters.length === 0) return null;
  const weakest = [...chapters].sort((a, b) => a.readiness.score - b.readiness.score || a.chapter - b.chapter)[0]!;
  const { chapter } = weakest;
  const shortOnTime = daysLeft !== null && daysLeft <= SHORT_ON_TIME_DAYS;
  if (weakest.unread.length > 0 && !shortOnTime) return { kind: 'read', chapter, section: weakest.unread[0]!, count: weakest.unread.length };
  if (!weakest.hasTest) return { kind: 'test', chapter };
  if (weakest.reread.length > 0) return { kind: 'reread', chapter, section: weakest.reread[0]! };
  if (weakest.dueCards + weakest.newCards > 0) return { kind: 'cards', chapter, count: weakest.dueCards + weakest.newCards };
  if (weakest.unread.length > 0) return { kind: 'read', chapter, section: weakest.unread[0]!, count: weakest.unread.length };
  return { kind: 'keep', chapter };
}
