// What the browser keeps for the flashcards: one localStorage key per term (am:kaart:<term id>)
// with that term's FSRS memory state, a short list of terms the student asked to practise
// ("Oefen dit begrip"), and the side of the card they want to see first. Every card entry carries
// its version `v`; MIGRATIONS lift old versions step by step. Dates are ISO strings, because
// localStorage only holds text.
// Content edits that orphan saved state: renaming a term id (the old entry is no longer read and
// the term starts over as a new card). Changing a term's text keeps its schedule.
// Validation is written out here instead of with zod: zod's core is ~14 KB gzip on the trainer
// page (it lands in a chunk shared with the other widgets), which alone would break the page's
// 40 KB JavaScript budget. The rules are the same a zod schema would state; tests pin them.
import { decodeVersioned, type Decoded, type Migrations } from '../progress/decode';

export type { Decoded };

/** The localStorage keys of the flashcards. The map prefix ends in ':' so the other keys never fall under it. */
export const FLASHCARD_KEYS = {
  card: 'am:kaart:',
  added: 'am:kaartstapel',
  direction: 'am:kaartrichting',
} as const;

export const CARD_VERSION = 1;

/** One term's memory state, as ts-fsrs keeps it on a Card, with dates as ISO strings. */
export interface CardEntry {
  v: 1;
  /** When the card should be seen again. */
  due: string;
  /** Days until recall probability drops to 90%. */
  stability: number;
  /** 1 (easy) to 10 (hard); 0 for a card never graded. */
  difficulty: number;
  scheduled_days: number;
  /** Which (re)learning step the card is on. */
  learning_steps: number;
  reps: number;
  lapses: number;
  /** ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning. */
  state: 0 | 1 | 2 | 3;
  last_review: string | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const isIsoDate = (value: unknown): value is string => typeof value === 'string' && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value));
const isNumberIn = (min: number, max: number) => (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

/** Each field and the rule its value must meet. */
const CARD_FIELDS: { [K in keyof CardEntry]-?: (value: unknown) => boolean } = {
  v: (value) => value === 1,
  due: isIsoDate,
  stability: isNumberIn(0, Number.MAX_VALUE),
  difficulty: isNumberIn(0, 10),
  scheduled_days: isCount,
  learning_steps: isCount,
  reps: isCount,
  lapses: isCount,
  state: (value) => value === 0 || value === 1 || value === 2 || value === 3,
  last_review: (value) => value === null || isIsoDate(value),
};

/** The entry when every field is valid (unknown fields are dropped), otherwise null. */
export function parseCardEntry(data: unknown): CardEntry | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const record = data as Record<string, unknown>;
  const entry: Record<string, unknown> = {};
  for (const [field, valid] of Object.entries(CARD_FIELDS)) {
    if (!valid(record[field])) return null;
    entry[field] = record[field];
  }
  return entry as unknown as CardEntry;
}

/**
 * MIGRATIONS[n] turns a version-n card entry into version n+1. There is only version 1 so far;
 * the next change adds `1: (old) => ({ ...old, v: 2, … })`.
 */
export const CARD_MIGRATIONS: Migrations = {};

/** Decodes one stored card: parses, migrates old versions, validates. Never throws. */
export function decodeCardEntry(raw: string | null | undefined): Decoded<CardEntry> | undefined {
  return decodeVersioned(raw, { version: CARD_VERSION, migrations: CARD_MIGRATIONS, parse: parseCardEntry });
}

export const encodeCardEntry = (entry: CardEntry) => JSON.stringify(entry);

/** The terms the student sent with "Oefen dit begrip", most recent first, stored as { v: 1, ids }. */
export interface AddedList {
  v: 1;
  ids: string[];
}
const MAX_ADDED_STORED = 500;

export function decodeAddedList(raw: string | null | undefined): Decoded<string[]> | undefined {
  if (raw === null || raw === undefined) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'json' };
  }
  const list = data as Partial<AddedList> | null;
  const valid =
    typeof list === 'object' && list !== null && list.v === 1 && Array.isArray(list.ids) && list.ids.length <= MAX_ADDED_STORED &&
    list.ids.every((id) => typeof id === 'string' && id.length > 0);
  return valid ? { ok: true, value: [...new Set(list.ids)] } : { ok: false, reason: 'invalid' };
}

export const encodeAddedList = (ids: string[]) => JSON.stringify({ v: 1, ids } satisfies AddedList);

/** Which side of the card comes first: the term (default) or its definition. */
export type Direction = 'term' | 'definition';
export const parseDirection = (raw: unknown): Direction => (raw === 'definition' ? 'definition' : 'term');
