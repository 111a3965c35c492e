// One workbook as a file the student saves and loads again: on another computer, after a
// browser was cleared, or to hand in. The file is checked completely before anything is added,
// and a loaded workbook is always added next to the others, never over one (see the store).
// Kept apart from the progress file (src/lib/progress/transfer.ts), which holds every "am:" key;
// a student who picks the wrong kind of file is told where that one belongs.
import { decodeVersioned, type Decoded } from '../progress/decode';
import { parseWorkbook, WORKBOOK_VERSION, type Workbook } from './model';

/** The same app name as the progress file, so either file is recognised as ours. */
export const WORKBOOK_EXPORT_APP = 'accountmanagement-interactief';
export const WORKBOOK_EXPORT_FORMAT = 1;
/** Browsers keep about 5 MB per site; a bigger file cannot be a workbook of ours. */
export const MAX_WORKBOOK_FILE_BYTES = 5 * 1024 * 1024;

/** Reads one stored workbook (its raw JSON): lifts old versions, checks it against the model. Never throws. */
export function decodeWorkbook(raw: string | null | undefined): Decoded<Workbook> | undefined {
  return decodeVersioned(raw, { version: WORKBOOK_VERSION, migrations: {}, parse: parseWorkbook });
}

export interface WorkbookExport {
  app: typeof WORKBOOK_EXPORT_APP;
  kind: 'werkboek';
  format: typeof WORKBOOK_EXPORT_FORMAT;
  exportedAt: string;
  workbook: Workbook;
}

export type WorkbookImportProblem = 'empty' | 'tooBig' | 'json' | 'notWorkbook' | 'isProgressFile' | 'wrongApp' | 'newerFormat' | 'invalid';
export type WorkbookImportResult =
  | { ok: true; workbook: Workbook; exportedAt: string | null }
  | { ok: false; problem: WorkbookImportProblem; /** Key in werkboek-checks.json: what went wrong, ending in "Er is niets veranderd." */ key: string };

export function buildWorkbookExport(wb: Workbook, now: Date): WorkbookExport {
  return { app: WORKBOOK_EXPORT_APP, kind: 'werkboek', format: WORKBOOK_EXPORT_FORMAT, exportedAt: now.toISOString(), workbook: wb };
}

export const serialiseWorkbookExport = (file: WorkbookExport): string => JSON.stringify(file, null, 2);

/** Lower case, accents off, words joined by "-": "Stage bij Café Één" → "stage-bij-cafe-een". */
export function slugify(title: string, max = 40): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
  return slug || 'werkboek';
}

/** "werkboek-hendriks-2026-11-27.json", with the student's own date. */
export function workbookFileName(wb: Pick<Workbook, 'title'>, now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `werkboek-${slugify(wb.title)}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

const isPlainObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const refuse = (problem: WorkbookImportProblem): WorkbookImportResult => ({ ok: false, problem, key: `werkboek.checks.import.${problem}` });

/** Checks a file's text completely. Never throws; changes nothing. `bytes` is the file's size. */
export function validateWorkbookImport(text: unknown, bytes?: number): WorkbookImportResult {
  if (typeof text !== 'string' || text.trim() === '') return refuse('empty');
  if ((bytes ?? 0) > MAX_WORKBOOK_FILE_BYTES || text.length > MAX_WORKBOOK_FILE_BYTES) return refuse('tooBig');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse('json');
  }
  if (!isPlainObject(data) || !('app' in data)) return refuse('notWorkbook');
  if (data.app !== WORKBOOK_EXPORT_APP) return refuse('wrongApp');
  if (data.kind === undefined && isPlainObject(data.entries)) return refuse('isProgressFile');
  if (data.kind !== 'werkboek' || typeof data.format !== 'number' || !Number.isInteger(data.format) || data.format < 1) return refuse('notWorkbook');
  if (data.format > WORKBOOK_EXPORT_FORMAT) return refuse('newerFormat');
  if (!isPlainObject(data.workbook)) return refuse('invalid');
  let decoded: ReturnType<typeof decodeWorkbook>;
  try {
    decoded = decodeWorkbook(JSON.stringify(data.workbook));
  } catch {
    return refuse('invalid');
  }
  if (!decoded || !decoded.ok) return refuse(decoded?.reason === 'future' ? 'newerFormat' : 'invalid');
  const exportedAt = typeof data.exportedAt === 'string' && !Number.isNaN(Date.parse(data.exportedAt)) ? data.exportedAt : null;
  return { ok: true, workbook: decoded.value, exportedAt };
}
