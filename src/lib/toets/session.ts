// A self-test in progress, as the browser keeps it under one key per test (am:toets:<key>):
// which questions, in which order (the seed rebuilds the option order), the answers so far,
// where the student is, and the end time when they chose to work against the clock. After
// handing in, the same entry keeps the answers, so the result and the review survive a reload.
// Content edits that orphan a session: removing a question (it drops out of the test) or
// changing its number of options (its answer starts over).
import type { Question } from '../../schemas';
import { startQuestion, stateFits, type QuestionState } from '../scoring/questions';
import { readQuestionState } from './state-check';
import { decodeVersioned, type Decoded } from '../progress/decode';
import type { AttemptEntry } from './attempt';
import type { TestResult } from './result';

export const SESSION_PREFIX = 'am:toets:';
export const SESSION_VERSION = 1;

/** Test ids of the fixed tests, and of every test made from a teacher's link. */
export const chapterTestId = (chapter: number) => `hoofdstuk-${chapter}`;
export const PROEFTOETS_ID = 'proeftoets';
export const COMPOSED_ID = 'samengesteld';
export const CHAPTER_TEST_SIZE = 15;
export const PROEFTOETS_SIZE = 40;
/** Time per question when the student chooses the timer: 30 minutes for a chapter test. */
export const MINUTES_PER_QUESTION = 2;
/** The timer announces the time left at these minutes. */
export const WARN_AT_MINUTES = [5, 1] as const;

export interface TestSession {
  v: 1;
  testId: string;
  seed: string;
  /** Question ids in the order asked. */
  ids: string[];
  answers: Record<string, QuestionState>;
  /** Index in `ids` of the question on screen. */
  current: number;
  startedAt: string;
  /** ISO time the time is up, or null without the timer. */
  endsAt: string | null;
  handedIn: { at: string; attemptId: string; timeUp: boolean } | null;
}

const isIso = (x: unknown): x is string => typeof x === 'string' && !Number.isNaN(Date.parse(x));

/** The session when valid, otherwise null. */
export function parseSession(data: Record<string, unknown>): TestSession | null {
  const { testId, seed, ids, answers, current, startedAt, endsAt, handedIn } = data;
  if (typeof testId !== 'string' || typeof seed !== 'string' || !isIso(startedAt)) return null;
  if (!Array.isArray(ids) || ids.length === 0 || !ids.every((id) => typeof id === 'string') || new Set(ids).size !== ids.length) return null;
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return null;
  const parsedAnswers: Record<string, QuestionState> = {};
  for (const id of ids as string[]) {
    const answer = readQuestionState((answers as Record<string, unknown>)[id]);
    if (!answer) return null;
    parsedAnswers[id] = answer;
  }
  if (typeof current !== 'number' || !Number.isInteger(current) || current < 0 || current >= ids.length) return null;
  if (endsAt !== null && !isIso(endsAt)) return null;
  let done: TestSession['handedIn'] = null;
  if (handedIn !== null) {
    const h = handedIn as Record<string, unknown> | undefined;
    if (!h || typeof h !== 'object' || !isIso(h.at) || typeof h.attemptId !== 'string' || typeof h.timeUp !== 'boolean') return null;
    done = { at: h.at, attemptId: h.attemptId, timeUp: h.timeUp };
  }
  return { v: 1, testId, seed, ids: ids as string[], answers: parsedAnswers, current, startedAt, endsAt: endsAt as string | null, handedIn: done };
}

export function decodeSession(raw: string | null | undefined): Decoded<TestSession> | undefined {
  return decodeVersioned(raw, { version: SESSION_VERSION, migrations: {}, parse: parseSession });
}

export const encodeSession = (session: TestSession) => JSON.stringify(session);

/** A new session over the drawn questions (in the order asked); the seed also shuffles the options. */
export function startSession(testId: string, seed: string, questions: readonly Question[], now: Date, minutes: number | null): TestSession {
  return {
    v: 1,
    testId,
    seed,
    ids: questions.map((q) => q.id),
    answers: Object.fromEntries(questions.map((q) => [q.id, startQuestion(q, seed)])),
    current: 0,
    startedAt: now.toISOString(),
    endsAt: minutes ? new Date(now.getTime() + minutes * 60_000).toISOString() : null,
    handedIn: null,
  };
}

/**
 * The session fitted to the questions that exist now: questions removed from the bank drop out,
 * answers that no longer fit their question start over. Null when no question is left.
 */
export function fitSession(session: TestSession, byId: ReadonlyMap<string, Question>): TestSession | null {
  const ids = session.ids.filter((id) => byId.has(id));
  if (ids.length === 0) return null;
  const answers: Record<string, QuestionState> = {};
  let changed = ids.length !== session.ids.length;
  for (const id of ids) {
    const q = byId.get(id)!;
    const answer = session.answers[id]!;
    if (stateFits(q, answer)) answers[id] = answer;
    else {
      answers[id] = startQuestion(q, session.seed);
      changed = true;
    }
  }
  if (!changed) return session;
  return { ...session, ids, answers, current: Math.min(session.current, ids.length - 1) };
}

export const withAnswer = (session: TestSession, id: string, answer: QuestionState): TestSession => ({
  ...session,
  answers: { ...session.answers, [id]: answer },
});

export const goTo = (session: TestSession, index: number): TestSession =>
  index < 0 || index >= session.ids.length || index === session.current ? session : { ...session, current: index };

export const markHandedIn = (session: TestSession, at: Date, attemptId: string, timeUp: boolean): TestSession => ({
  ...session,
  handedIn: { at: at.toISOString(), attemptId, timeUp },
});

/** Milliseconds left, never below 0; null without the timer. */
export function remainingMs(session: Pick<TestSession, 'endsAt'>, now: Date): number | null {
  if (!session.endsAt) return null;
  return Math.max(0, Date.parse(session.endsAt) - now.getTime());
}

/** The warning minute (5 or 1) that the time left passed between two ticks, if any. */
export function crossedWarning(before: number | null, after: number): number | null {
  if (before === null) return null;
  for (const minutes of WARN_AT_MINUTES) {
    const at = minutes * 60_000;
    if (before > at && after <= at && after > 0) return minutes;
  }
  return null;
}

/** Time left as a clock: "29:59", "1:05:00". Rounded up, so "0:00" only when the time is up. */
export function formatClock(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (x: number) => String(x).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** The stored record of a handed-in test, in the format the progress dashboard reads. */
export function attemptEntry(session: TestSession, result: TestResult, title: string): AttemptEntry {
  return {
    v: 1,
    testId: session.testId,
    title,
    finishedAt: session.handedIn?.at ?? new Date().toISOString(),
    score: result.score,
    max: result.max,
    grade: result.grade,
    perSection: Object.fromEntries(result.sections.map((s) => [s.section, { score: s.score, max: s.max }])),
    wrong: result.wrong,
  };
}

/** A new attempt id: the test, and the time in base 36, with a random tail against two tabs in one millisecond. */
export const newAttemptId = (testId: string, now: Date, random: () => number = Math.random) =>
  `${testId}-${now.getTime().toString(36)}${Math.floor(random() * 1296).toString(36).padStart(2, '0')}`;
