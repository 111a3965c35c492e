// What the student's browser keeps, one localStorage key per piece of content (am:<area>:<id>),
// so a broken entry costs only that entry and two tabs working on different exercises never
// overwrite each other. Every entry carries its version `v`; `migrate` lifts old versions step
// by step. Content edits that orphan saved state: renaming an exercise, item or question id
// (the old entry is simply no longer read), or changing the number of options of a question
// (its state no longer fits and starts over).
// zod/mini: these schemas run in the browser, where full zod would cost ~20 KB gzip.
import * as z from 'zod/mini';
import { decodeVersioned, type Decoded, type Migrations } from './decode';

/** The localStorage key prefixes, one per area. */
export const AREAS = {
  exercise: 'am:oefening:',
  question: 'am:vraag:',
} as const;

export const CURRENT_VERSION = 1;

/** An exercise's saved work and best result. */
export const exerciseEntrySchema = z.object({
  v: z.literal(1),
  /** The widget's state, decoded by the exercise type's own schema when it is used. */
  state: z.unknown(),
  /** Best score so far and the maximum, after "Controleer". */
  best: z._default(z.number().check(z.nonnegative()), 0),
  max: z._default(z.number().check(z.nonnegative()), 0),
  /** Number of times "Controleer" was pressed. */
  checks: z._default(z.int().check(z.nonnegative()), 0),
  updatedAt: z.string(),
});
export type ExerciseEntry = z.output<typeof exerciseEntrySchema>;

/** A bank question answered in a Check jezelf quiz. */
export const questionEntrySchema = z.object({
  v: z.literal(1),
  state: z.unknown(),
  /** The score of the last check (0–1). */
  lastScore: z._default(z.nullable(z.number().check(z.minimum(0), z.maximum(1))), null),
  /** How often the question was checked, and how often fully right. */
  attempts: z._default(z.int().check(z.nonnegative()), 0),
  correct: z._default(z.int().check(z.nonnegative()), 0),
  updatedAt: z.string(),
});
export type QuestionEntry = z.output<typeof questionEntrySchema>;

const SCHEMAS = { exercise: exerciseEntrySchema, question: questionEntrySchema } as const;
type Area = keyof typeof SCHEMAS;
export type EntryOf<A extends Area> = z.output<(typeof SCHEMAS)[A]>;

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
    parse: (entry) => {
      const parsed = SCHEMAS[area].safeParse(entry);
      return parsed.success ? (parsed.data as EntryOf<A>) : null;
    },
  });
}

export const encodeEntry = (entry: unknown) => JSON.stringify(entry);
