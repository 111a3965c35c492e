// What the student's browser keeps, one localStorage key per piece of content (am:<area>:<id>),
// so a broken entry costs only that entry and two tabs working on different exercises never
// overwrite each other. Every entry carries its version `v`; `migrate` lifts old versions step
// by step. Content edits that orphan saved state: renaming an exercise, item or question id
// (the old entry is simply no longer read), or changing the number of options of a question
// (its state no longer fits and starts over).
// Checked by hand, not with zod/mini: every lesson page reads these (Check jezelf), and zod/mini
// would add about 7 KB of gzip JavaScript to each. Larger documents (the werkboek) use zod/mini.
import { decodeVersioned, type Decoded, type Migrations } from './decode';

/** The localStorage key prefixes, one per area. */
export const AREAS = {
  exercise: 'am:oefening:',
  question: 'am:vraag:',
} as const;

export const CURRENT_VERSION = 1;

/** An exercise's saved work and best result. */
export interface ExerciseEntry {
  v: 1;
  /** The widget's state, decoded by the exercise type's own schema when it is used. */
  state: unknown;
  /** Best score so far and the maximum, after "Controleer". */
  best: number;
  max: number;
  /** Number of times "Controleer" was pressed. */
  checks: number;
  updatedAt: string;
}

/** A bank question answered in a Check jezelf quiz. */
export interface QuestionEntry {
  v: 1;
  state: unknown;
  /** The score of the last check (0–1). */
  lastScore: number | null;
  /** How often the question was checked, and how often fully right. */
  attempts: number;
  correct: number;
  updatedAt: string;
}

type Raw = Record<string, unknown>;
const MISSING = Symbol('invalid');
/** The field's value, its default when absent, or MISSING when present but not valid. */
function field<T>(entry: Raw, key: string, valid: (x: unknown) => x is T, fallback: T): T | typeof MISSING {
  const value = entry[key];
  if (value === undefined) return fallback;
  return valid(value) ? value : MISSING;
}
const isNonNegative = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;
const isCount = (x: unknown): x is number => isNonNegative(x) && Number.isInteger(x);
const isScore = (x: unknown): x is number | null => x === null || (isNonNegative(x) && x <= 1);
const isString = (x: unknown): x is string => typeof x === 'string';

function parseExercise(entry: Raw): ExerciseEntry | null {
  const out = {
    v: entry.v,
    state: entry.state,
    best: field(entry, 'best', isNonNegative, 0),
    max: field(entry, 'max', isNonNegative, 0),
    checks: field(entry, 'checks', isCount, 0),
    updatedAt: entry.updatedAt,
  };
  if (out.v !== 1 || !isString(out.updatedAt) || Object.values(out).includes(MISSING)) return null;
  return out as ExerciseEntry;
}

function parseQuestion(entry: Raw): QuestionEntry | null {
  const out = {
    v: entry.v,
    state: entry.state,
    lastScore: field(entry, 'lastScore', isScore, null),
    attempts: field(entry, 'attempts', isCount, 0),
    correct: field(entry, 'correct', isCount, 0),
    updatedAt: entry.updatedAt,
  };
  if (out.v !== 1 || !isString(out.updatedAt) || Object.values(out).includes(MISSING)) return null;
  return out as QuestionEntry;
}

const PARSERS = { exercise: parseExercise, question: parseQuestion } as const;
type Area = keyof typeof PARSERS;
export type EntryOf<A extends Area> = A extends 'exercise' ? ExerciseEntry : QuestionEntry;

/**
 * Migrations per area: MIGRATIONS[area][n] turns a version-n entry into version n+1.
 * There is only version 1 so far; the next change adds `1: (old) => ({ ...old, v: 2, … })`.
 */
export const MIGRATIONS: Record<Area, Migrations> = {
  exercise: {},
  question: {},
};

/** Decodes one stored entry: parses, migrates old versions, validates. Never throws. */
export function decodeEntry<A extends Area>(area: A, raw: string | null | undefined): Decoded<EntryOf<A>> | undefined {
  return decodeVersioned(raw, {
    version: CURRENT_VERSION,
    migrations: MIGRATIONS[area],
    parse: (entry) => PARSERS[area](entry) as EntryOf<A> | null,
  });
}

export const encodeEntry = (entry: unknown) => JSON.stringify(entry);
