// Reading progress: which sections the student marked as read (one key per section, so two
// tabs marking different lessons never overwrite each other), the lesson opened last, and the
// date of the exam the student is preparing for. Components read these stores and call the
// actions. The last visit is written by the small script of ProgressMarks on every lesson page,
// without nanostores; this store only reads it.
import { persistentAtom, persistentMap } from '@nanostores/persistent';
import {
  decodeExamDate, decodeLastVisit, decodeReadEntry, encodeExamDate, encodeReadEntry, isExamDate, isSectionNumber, READ_EVENT, READING_KEYS, readEntry,
  type LastVisit, type ReadEntry,
} from '../lib/progress/reading';
import type { Decoded } from '../lib/progress/decode';
import { installSafeStorage, reportStorageProblem } from './storage';

installSafeStorage();

/** A broken entry reads as absent and is reported as repaired. */
function lenient<T>(decode: (raw: string) => Decoded<T> | undefined) {
  return (raw: string): T | undefined => {
    const decoded = decode(raw);
    if (decoded && !decoded.ok) {
      reportStorageProblem('repaired');
      return undefined;
    }
    return decoded?.value;
  };
}

/** Sections marked as read, by section number. */
export const readSections = persistentMap<Record<string, ReadEntry | undefined>>(READING_KEYS.read, {}, {
  encode: (entry: ReadEntry | undefined) => (entry ? encodeReadEntry(entry) : undefined),
  decode: lenient(decodeReadEntry),
});

/** The lesson opened last, if any. */
export const lastVisit = persistentAtom<LastVisit | undefined>(READING_KEYS.last, undefined, {
  encode: (value: LastVisit | undefined) => (value ? JSON.stringify(value) : undefined) as string,
  decode: lenient(decodeLastVisit),
});

/** The exam date (YYYY-MM-DD) the student entered, if any. */
export const examDate = persistentAtom<string | undefined>(READING_KEYS.examDate, undefined, {
  encode: (value: string | undefined) => (value ? encodeExamDate({ v: 1, date: value }) : undefined) as string,
  decode: (raw: string) => lenient(decodeExamDate)(raw)?.date,
});

/** Marks a section as read (or not read). */
export function markRead(section: string, read: boolean, now: Date = new Date()) {
  if (!isSectionNumber(section)) return;
  readSections.setKey(section, read ? readEntry(now) : undefined);
  if (typeof document !== 'undefined') document.dispatchEvent(new CustomEvent(READ_EVENT, { detail: { section, read } }));
}

/** Saves the exam date, or forgets it (an empty or impossible date). */
export function setExamDate(date: string | undefined) {
  examDate.set(date && isExamDate(date) ? date : undefined);
}
