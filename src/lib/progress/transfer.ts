// Moving progress to another device: every localStorage key that starts with "am:" goes into
// one JSON file, and a file is checked completely before anything is written. A file that is
// not ours, is too big, or holds one entry that its own decoder refuses, is refused whole, so a
// failed load changes nothing. Pure functions: the dashboard does the reading and writing.
// Workbooks (am:werkboek:<id>) travel in the same file, but a load or a reset never removes
// one: a workbook is the student's own writing (see planReplace).
import { AREAS, decodeEntry } from './entries';
import { decodeCardEntry, decodeAddedList, FLASHCARD_KEYS } from '../scheduling/entry';
import { ATTEMPT_PREFIX, decodeAttempt } from '../toets/attempt';
import { decodeSession, SESSION_PREFIX } from '../toets/session';
import { decodeSettings, SETTINGS_KEY } from '../settings';
import { decodeExamDate, decodeLastVisit, decodeReadEntry, isSectionNumber, READING_KEYS } from './reading';
import { ACTIVE_KEY as WORKBOOK_ACTIVE_KEY, WERKBOEK_PREFIX } from '../werkboek/model';
import { decodeWorkbook } from '../werkboek/transfer';

export const EXPORT_APP = 'accountmanagement-interactief';
export const EXPORT_FORMAT = 1;
export const KEY_PREFIX = 'am:';
/** Browsers keep about 5 MB per site; a bigger file cannot be progress of ours. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_ENTRIES = 20_000;
export const MAX_KEY_LENGTH = 300;

export interface ProgressExport {
  app: typeof EXPORT_APP;
  format: typeof EXPORT_FORMAT;
  exportedAt: string;
  /** localStorage key → its raw stored string. */
  entries: Record<string, string>;
}

/** Only our own keys, sorted, so two exports of the same progress are the same file. */
export function collectEntries(pairs: Iterable<readonly [string, string | null | undefined]>): Record<string, string> {
  const kept: [string, string][] = [];
  for (const [key, value] of pairs) if (key.startsWith(KEY_PREFIX) && typeof value === 'string') kept.push([key, value]);
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(kept);
}

export function buildExport(entries: Record<string, string>, now: Date): ProgressExport {
  return { app: EXPORT_APP, format: EXPORT_FORMAT, exportedAt: now.toISOString(), entries: collectEntries(Object.entries(entries)) };
}

export const serialiseExport = (data: ProgressExport) => JSON.stringify(data, null, 2);

/** "voortgang-accountmanagement-2026-11-27.json", with the student's own date. */
export function exportFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `voortgang-accountmanagement-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/** How each kind of key is checked: the decoder its store uses. */
interface KeyRule {
  key: string;
  /** true: the key is exactly `key`; false: `key` is a prefix followed by an id. */
  exact: boolean;
  valid: (raw: string, id: string) => boolean;
}
const ok = (decoded: { ok: boolean } | undefined) => decoded?.ok === true;
const WORKBOOK_ID = /^[a-z0-9-]{1,24}$/;
/** A workbook is valid when it decodes under its own id; one from a newer version of the site is kept as it is. */
function validWorkbook(raw: string, id: string): boolean {
  if (!WORKBOOK_ID.test(id)) return false;
  const decoded = decodeWorkbook(raw);
  if (!decoded) return false;
  return decoded.ok ? decoded.value.id === id : decoded.reason === 'future';
}
const RULES: KeyRule[] = [
  { key: AREAS.exercise, exact: false, valid: (raw) => ok(decodeEntry('exercise', raw)) },
  { key: AREAS.question, exact: false, valid: (raw) => ok(decodeEntry('question', raw)) },
  { key: FLASHCARD_KEYS.card, exact: false, valid: (raw) => ok(decodeCardEntry(raw)) },
  { key: FLASHCARD_KEYS.added, exact: true, valid: (raw) => ok(decodeAddedList(raw)) },
  // Stored as the bare word, not JSON.
  { key: FLASHCARD_KEYS.direction, exact: true, valid: (raw) => raw === 'term' || raw === 'definition' },
  { key: ATTEMPT_PREFIX, exact: false, valid: (raw) => ok(decodeAttempt(raw)) },
  { key: SESSION_PREFIX, exact: false, valid: (raw) => ok(decodeSession(raw)) },
  { key: SETTINGS_KEY, exact: true, valid: (raw) => ok(decodeSettings(raw)) },
  { key: READING_KEYS.read, exact: false, valid: (raw, id) => isSectionNumber(id) && ok(decodeReadEntry(raw)) },
  { key: READING_KEYS.last, exact: true, valid: (raw) => ok(decodeLastVisit(raw)) },
  { key: READING_KEYS.examDate, exact: true, valid: (raw) => ok(decodeExamDate(raw)) },
  { key: WERKBOEK_PREFIX, exact: false, valid: validWorkbook },
  // The id of the open workbook, stored as the bare id ('' when none is chosen).
  { key: WORKBOOK_ACTIVE_KEY, exact: true, valid: (raw) => raw === '' || WORKBOOK_ID.test(raw) },
];

function isJson(raw: string): boolean {
  try {
    JSON.parse(raw);
    return true;
  } catch {
    return false;
  }
}

export type EntryVerdict = 'keep' | 'skip' | 'bad';

/**
 * One entry of a file: "keep" it, "skip" it (a key of ours this version does not know, whose
 * value is not JSON), or "bad" (not one of our keys, or refused by its decoder).
 */
export function checkEntry(key: string, raw: unknown): EntryVerdict {
  if (typeof key !== 'string' || !key.startsWith(KEY_PREFIX) || key.length > MAX_KEY_LENGTH || typeof raw !== 'string') return 'bad';
  for (const rule of RULES) {
    if (rule.exact ? key === rule.key : key.startsWith(rule.key)) {
      const id = key.slice(rule.key.length);
      if (!rule.exact && !id) return 'bad';
      return rule.valid(raw, id) ? 'keep' : 'bad';
    }
  }
  // Another feature's key this version does not know yet: kept only when it is JSON.
  return isJson(raw) ? 'keep' : 'skip';
}

export type ImportProblem =
  | 'empty'
  | 'tooBig'
  | 'json'
  | 'notExport'
  | 'wrongApp'
  | 'wrongFormat'
  | 'newerFormat'
  | 'noEntries'
  | 'tooMany'
  | 'badEntries';

export type ImportResult =
  | { ok: true; entries: Record<string, string>; count: number; skipped: number; exportedAt: string | null }
  | { ok: false; problem: ImportProblem; /** For badEntries: how many, and the first few keys. */ badCount?: number; badKeys?: string[] };

const isPlainObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Checks a file's text completely. Never throws; changes nothing. */
export function validateImport(text: unknown, byteSize?: number): ImportResult {
  if (typeof text !== 'string' || text.trim() === '') return { ok: false, problem: 'empty' };
  if ((byteSize ?? 0) > MAX_FILE_BYTES || text.length > MAX_FILE_BYTES) return { ok: false, problem: 'tooBig' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'json' };
  }
  if (!isPlainObject(data) || !('app' in data)) return { ok: false, problem: 'notExport' };
  if (data.app !== EXPORT_APP) return { ok: false, problem: 'wrongApp' };
  if (typeof data.format !== 'number' || !Number.isInteger(data.format) || data.format < 1) return { ok: false, problem: 'wrongFormat' };
  if (data.format > EXPORT_FORMAT) return { ok: false, problem: 'newerFormat' };
  if (!isPlainObject(data.entries)) return { ok: false, problem: 'notExport' };
  const pairs = Object.entries(data.entries);
  if (pairs.length > MAX_ENTRIES) return { ok: false, problem: 'tooMany' };
  const kept: [string, string][] = [];
  const bad: string[] = [];
  let skipped = 0;
  for (const [key, raw] of pairs) {
    const verdict = checkEntry(key, raw);
    if (verdict === 'keep') kept.push([key, raw as string]);
    else if (verdict === 'skip') skipped++;
    else bad.push(key);
  }
  if (bad.length) return { ok: false, problem: 'badEntries', badCount: bad.length, badKeys: bad.slice(0, 5) };
  if (kept.length === 0) return { ok: false, problem: 'noEntries' };
  const exportedAt = typeof data.exportedAt === 'string' && !Number.isNaN(Date.parse(data.exportedAt)) ? data.exportedAt : null;
  return { ok: true, entries: collectEntries(kept), count: kept.length, skipped, exportedAt };
}

/** A key of the werkboek: a workbook or the choice of the open one. */
export const isWorkbookKey = (key: string) => key.startsWith(WERKBOEK_PREFIX) || key === WORKBOOK_ACTIVE_KEY;

function updatedAt(raw: string | undefined): string {
  if (raw === undefined) return '';
  try {
    const data: unknown = JSON.parse(raw);
    const at = typeof data === 'object' && data !== null ? (data as { updatedAt?: unknown }).updatedAt : undefined;
    return typeof at === 'string' && !Number.isNaN(Date.parse(at)) ? new Date(at).toISOString() : '';
  } catch {
    return '';
  }
}

export interface ReplaceOptions {
  /**
   * true (the default, for a load or a reset): workbooks are never removed, and a workbook that
   * is both here and in the file keeps the newer of the two (by updatedAt). false: replace
   * exactly, to put everything back after a failed load.
   */
  keepWorkbooks?: boolean;
  /** The current raw values, to compare a workbook's updatedAt with the file's. */
  current?: Record<string, string>;
}

/**
 * What to write to replace the current progress with a file's: every current key of ours
 * that the file does not have goes, except the student's workbooks.
 */
export function planReplace(
  currentKeys: Iterable<string>,
  entries: Record<string, string>,
  { keepWorkbooks = true, current = {} }: ReplaceOptions = {},
): { remove: string[]; set: [string, string][] } {
  const next = Object.entries(entries).filter(
    ([key, raw]) => !(keepWorkbooks && key.startsWith(WERKBOEK_PREFIX) && Object.hasOwn(current, key) && updatedAt(current[key]) > updatedAt(raw)),
  );
  const keep = new Set(Object.keys(entries));
  return {
    remove: [...currentKeys].filter((key) => key.startsWith(KEY_PREFIX) && !keep.has(key) && !(keepWorkbooks && isWorkbookKey(key))),
    set: next,
  };
}
