// What the browser keeps about reading: one key per section the student marked as read
// (am:gelezen:<section>), the last lesson they opened (am:laatst) and the date of the exam they
// prepare for (am:examendatum), each versioned like every progress entry. Kept free of zod: the tiny script that marks read sections on every page
// imports these decoders, so they must stay small.
// Content edits that orphan saved state: renumbering a section (its read mark is no longer
// found) and changing a lesson's slug (the "Verder waar je was" link points to the old path,
// which the short-link pages of published URLs keep working).
import { decodeVersioned, type Decoded } from './decode';

export const READING_KEYS = {
  /** Prefix of one key per section: am:gelezen:2.4 */
  read: 'am:gelezen:',
  last: 'am:laatst',
  /** The date of the exam the student prepares for. */
  examDate: 'am:examendatum',
} as const;

export const READING_VERSION = 1;

/** Sent on document when a section is marked (detail: { section, read }), so the ✓ in the sidebar follows at once. */
export const READ_EVENT = 'am:gelezen';

/** A section the student marked as read. */
export interface ReadEntry {
  v: 1;
  /** ISO date and time of marking. */
  readAt: string;
}

/** The lesson the student opened last. */
export interface LastVisit {
  v: 1;
  /** Root-relative path without the base path, e.g. /hoofdstuk-2/destep-analyse/ */
  path: string;
  title: string;
  /** Section number, e.g. "2.4". */
  section: string;
  visitedAt: string;
}

const SECTION = /^[1-9]\d?\.[1-9]\d?$/;
// Only our own kind of path: a link built from it can never lead to another site or a script.
const PATH = /^\/(?:[a-z0-9][a-z0-9-]*\/)*$/;
const MAX_TITLE = 200;

export const isSectionNumber = (value: unknown): value is string => typeof value === 'string' && SECTION.test(value);
const isDate = (value: unknown): value is string => typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value));

export function parseReadEntry(data: Record<string, unknown>): ReadEntry | null {
  return data.v === 1 && isDate(data.readAt) ? { v: 1, readAt: data.readAt } : null;
}

export function parseLastVisit(data: Record<string, unknown>): LastVisit | null {
  const { v, path, title, section, visitedAt } = data;
  if (v !== 1 || typeof path !== 'string' || !PATH.test(path) || path.length > 300) return null;
  if (typeof title !== 'string' || !title.trim() || title.length > MAX_TITLE || !isSectionNumber(section) || !isDate(visitedAt)) return null;
  return { v: 1, path, title, section, visitedAt };
}

/** Decodes one am:gelezen:<section> entry. Never throws. */
export const decodeReadEntry = (raw: string | null | undefined): Decoded<ReadEntry> | undefined =>
  decodeVersioned(raw, { version: READING_VERSION, migrations: {}, parse: parseReadEntry });

/** Decodes the am:laatst entry. Never throws. */
export const decodeLastVisit = (raw: string | null | undefined): Decoded<LastVisit> | undefined =>
  decodeVersioned(raw, { version: READING_VERSION, migrations: {}, parse: parseLastVisit });

export const encodeReadEntry = (entry: ReadEntry) => JSON.stringify(entry);
export const encodeLastVisit = (entry: LastVisit) => JSON.stringify(entry);

export const readEntry = (now: Date): ReadEntry => ({ v: 1, readAt: now.toISOString() });

// ---- The exam date (for the dashboard's advice) ----------------------------------------------

/** The date of the student's exam, as the browser keeps it. */
export interface ExamDateEntry {
  v: 1;
  /** YYYY-MM-DD, the student's own calendar day. */
  date: string;
}

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day as a number of days since 1970-01-01, or null for a date that does not exist. */
function dayNumber(date: string): number | null {
  const m = ISO_DAY.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  return ms / DAY_MS;
}

export const isExamDate = (value: unknown): value is string => typeof value === 'string' && dayNumber(value) !== null;

export function parseExamDate(data: Record<string, unknown>): ExamDateEntry | null {
  return data.v === 1 && isExamDate(data.date) ? { v: 1, date: data.date } : null;
}

export const decodeExamDate = (raw: string | null | undefined): Decoded<ExamDateEntry> | undefined =>
  decodeVersioned(raw, { version: 1, migrations: {}, parse: parseExamDate });

export const encodeExamDate = (entry: ExamDateEntry) => JSON.stringify(entry);

/** Whole days from the student's today (local calendar) to the exam day; negative when past. */
export function daysUntil(date: string, now: Date): number | null {
  const exam = dayNumber(date);
  if (exam === null) return null;
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / DAY_MS;
  return Math.round(exam - today);
}
