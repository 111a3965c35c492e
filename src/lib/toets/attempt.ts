// A finished self-test attempt as the browser keeps it: one localStorage key per attempt
// (am:poging:<attempt id>), versioned like every progress entry. The test engine writes these;
// the progress dashboard, the readiness indicator and the export read them.
import { decodeVersioned, type Decoded } from '../progress/decode';

export const ATTEMPT_PREFIX = 'am:poging:';
export const ATTEMPT_VERSION = 1;

export interface AttemptEntry {
  v: 1;
  /** Which test: "hoofdstuk-1" … "hoofdstuk-4", "proeftoets", or "samengesteld" for a teacher's link. */
  testId: string;
  /** The title shown to the student, e.g. "Oefentoets hoofdstuk 2". */
  title: string;
  /** ISO date and time the student handed the test in. */
  finishedAt: string;
  /** Points scored (partial credit allowed) and points possible. */
  score: number;
  max: number;
  /** The grade on the Dutch 1–10 scale, one decimal. */
  grade: number;
  /** Per section number: points scored and possible. */
  perSection: Record<string, { score: number; max: number }>;
  /** Ids of the questions not fully right, for "what to study next". */
  wrong: string[];
}

const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** The entry when valid, otherwise null. */
export function parseAttempt(data: Record<string, unknown>): AttemptEntry | null {
  const { v, testId, title, finishedAt, score, max, grade, perSection, wrong } = data;
  if (v !== 1 || typeof testId !== 'string' || typeof title !== 'string' || typeof finishedAt !== 'string' || Number.isNaN(Date.parse(finishedAt))) return null;
  if (!isNumber(score) || !isNumber(max) || score < 0 || max <= 0 || score > max || !isNumber(grade) || grade < 1 || grade > 10) return null;
  if (typeof perSection !== 'object' || perSection === null || Array.isArray(perSection)) return null;
  for (const part of Object.values(perSection as Record<string, unknown>)) {
    const p = part as { score?: unknown; max?: unknown } | null;
    if (!p || !isNumber(p.score) || !isNumber(p.max) || p.score < 0 || p.score > p.max) return null;
  }
  if (!Array.isArray(wrong) || !wrong.every((id) => typeof id === 'string')) return null;
  return { v: 1, testId, title, finishedAt, score, max, grade, perSection: perSection as AttemptEntry['perSection'], wrong: wrong as string[] };
}

export function decodeAttempt(raw: string | null | undefined): Decoded<AttemptEntry> | undefined {
  return decodeVersioned(raw, { version: ATTEMPT_VERSION, migrations: {}, parse: parseAttempt });
}

export const encodeAttempt = (entry: AttemptEntry) => JSON.stringify(entry);
