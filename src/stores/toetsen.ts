// The self-tests: the test in progress per test (am:toets:<key>) and every finished attempt
// (am:poging:<attempt id>). Components read the maps and call the actions; scoring happens in
// src/lib/toets. The progress dashboard reads `attempts` (and `listAttempts`).
import { persistentMap } from '@nanostores/persistent';
import type { Question } from '../schemas';
import { ATTEMPT_PREFIX, decodeAttempt, encodeAttempt, type AttemptEntry } from '../lib/toets/attempt';
import { scoreTest } from '../lib/toets/result';
import { attemptEntry, decodeSession, encodeSession, markHandedIn, newAttemptId, SESSION_PREFIX, type TestSession } from '../lib/toets/session';
import { installSafeStorage, reportStorageProblem } from './storage';

installSafeStorage();

function safeDecoder<T>(decode: (raw: string) => { ok: true; value: T } | { ok: false } | undefined) {
  return (raw: string): T | undefined => {
    const decoded = decode(raw);
    if (decoded && !decoded.ok) {
      reportStorageProblem('repaired');
      return undefined;
    }
    return decoded?.value;
  };
}

/** Finished attempts, by attempt id. */
export const attempts = persistentMap<Record<string, AttemptEntry | undefined>>(ATTEMPT_PREFIX, {}, {
  encode: (entry: AttemptEntry | undefined) => (entry ? encodeAttempt(entry) : undefined),
  decode: safeDecoder(decodeAttempt),
});

/** The test in progress (or last handed in, for its review), by test key. */
export const testSessions = persistentMap<Record<string, TestSession | undefined>>(SESSION_PREFIX, {}, {
  encode: (session: TestSession | undefined) => (session ? encodeSession(session) : undefined),
  decode: safeDecoder(decodeSession),
});

/** The attempts of one test, oldest first (by the time they were handed in). */
export function listAttempts(testId: string, all: Readonly<Record<string, AttemptEntry | undefined>> = attempts.get()): { id: string; attempt: AttemptEntry }[] {
  return Object.entries(all)
    .filter((pair): pair is [string, AttemptEntry] => pair[1]?.testId === testId)
    .map(([id, attempt]) => ({ id, attempt }))
    .sort((a, b) => Date.parse(a.attempt.finishedAt) - Date.parse(b.attempt.finishedAt) || (a.id < b.id ? -1 : 1));
}

/** Saves the test in progress (after every change, so a reload or a closed tab loses nothing). */
export function saveSession(key: string, session: TestSession) {
  testSessions.setKey(key, session);
}

/** Forgets the test of this key (to start a new one); its finished attempt stays. */
export function clearSession(key: string) {
  testSessions.setKey(key, undefined);
}

/**
 * Hands the test in: scores it, stores the attempt, and keeps the answers for the review.
 * `questions` in the order asked. Returns the handed-in session.
 */
export function handIn(key: string, session: TestSession, questions: readonly Question[], title: string, now: Date, timeUp = false): TestSession {
  if (session.handedIn) return session;
  const id = newAttemptId(session.testId, now);
  const done = markHandedIn(session, now, id, timeUp);
  attempts.setKey(id, attemptEntry(done, scoreTest(questions, done.answers), title));
  testSessions.setKey(key, done);
  return done;
}
