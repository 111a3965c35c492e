// Saving a workbook as a file and reading one back, in the browser. Never throws.
import { buildWorkbookExport, MAX_WORKBOOK_FILE_BYTES, serialiseWorkbookExport, workbookFileName } from '../../../lib/werkboek/transfer';
import type { Workbook } from '../../../lib/werkboek/model';
import { downloadText } from '../../files/download';

/** Only this much of a chosen file is read: more is never a workbook, and the check says so. */
const MAX_READ_BYTES = MAX_WORKBOOK_FILE_BYTES;

/** Downloads one workbook as a file; returns the file name, or null when the browser refused. */
export function downloadWorkbook(wb: Workbook, now = new Date()): string | null {
  const name = workbookFileName(wb, now);
  return downloadText(name, serialiseWorkbookExport(buildWorkbookExport(wb, now))) ? name : null;
}

/** The text of a chosen file (at most MAX_READ_BYTES + 1, so a huge file is reported, not read), or null. */
export async function readChosenFile(file: File): Promise<string | null> {
  try {
    return await file.slice(0, MAX_READ_BYTES + 1).text();
  } catch {
    return null;
  }
}

const dateTime = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const dateOnly = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
const valid = (iso: string) => !Number.isNaN(Date.parse(iso));
/** "27 november 2026 om 21:04" as the browser writes it. */
export const changedAt = (iso: string) => (valid(iso) ? dateTime.format(new Date(iso)) : '');
/** "27 november 2026" */
export const longDate = (iso: string) => (valid(iso) ? dateOnly.format(new Date(iso)) : '');
