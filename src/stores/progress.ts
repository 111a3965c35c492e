// The student's progress: small persistent maps with exported actions. Components read the
// maps and call the actions; scoring happens in src/lib, never in a click handler.
import { persistentMap } from '@nanostores/persistent';
import { AREAS, decodeEntry, encodeEntry, type ExerciseEntry, type QuestionEntry } from '../lib/progress/entries';
import { installSafeStorage, reportStorageProblem } from './storage';

installSafeStorage();

const decoder = <A extends 'exercise' | 'question'>(area: A) => (raw: string) => {
  const decoded = decodeEntry(area, raw);
  if (decoded && !decoded.ok) {
    reportStorageProblem('repaired');
    return undefined;
  }
  return decoded?.value;
};

/** Saved exercise work, by exercise id. */
export const exerciseProgress = persistentMap<Record<string, ExerciseEntry | undefined>>(AREAS.exercise, {}, {
  encode: encodeEntry,
  decode: decoder('exercise'),
});

/** Answered bank questions, by question id. */
export const questionProgress = persistentMap<Record<string, QuestionEntry | undefined>>(AREAS.question, {}, {
  encode: encodeEntry,
  decode: decoder('question'),
});

const now = () => new Date().toISOString();

/** Saves the current state of an exercise (after every change, so a reload loses nothing). */
export function saveExerciseState(id: string, state: unknown) {
  const old = exerciseProgress.get()[id];
  exerciseProgress.setKey(id, { v: 1, best: old?.best ?? 0, max: old?.max ?? 0, checks: old?.checks ?? 0, state, updatedAt: now() });
}

/** Records a "Controleer": keeps the best score. */
export function recordExerciseCheck(id: string, state: unknown, score: number, max: number) {
  const old = exerciseProgress.get()[id];
  exerciseProgress.setKey(id, {
    v: 1,
    state,
    best: Math.max(old?.best ?? 0, score),
    max,
    checks: (old?.checks ?? 0) + 1,
    updatedAt: now(),
  });
}

export function saveQuestionState(id: string, state: unknown) {
  const old = questionProgress.get()[id];
  questionProgress.setKey(id, { v: 1, lastScore: old?.lastScore ?? null, attempts: old?.attempts ?? 0, correct: old?.correct ?? 0, state, updatedAt: now() });
}

export function recordQuestionCheck(id: string, state: unknown, score: number) {
  const old = questionProgress.get()[id];
  questionProgress.setKey(id, {
    v: 1,
    state,
    lastScore: score,
    attempts: (old?.attempts ?? 0) + 1,
    correct: (old?.correct ?? 0) + (score >= 1 ? 1 : 0),
    updatedAt: now(),
  });
}
