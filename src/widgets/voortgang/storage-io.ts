// Reading and replacing all of the student's progress at once, for download, load and reset.
// Works on localStorage directly (not through the stores), because it handles keys of every
// feature; the page reloads afterwards so every store reads the new state. Never throws.
// Loading a file and resetting keep the student's workbooks (am:werkboek:*): see planReplace.
import { collectEntries, KEY_PREFIX, planReplace } from '../../lib/progress/transfer';

function storage(): Storage | null {
  try {
    const s = globalThis.localStorage;
    s.getItem(KEY_PREFIX);
    return s;
  } catch {
    return null;
  }
}

/** Every "am:" entry, or null when the browser gives no access to its storage. */
export function readOwnEntries(): Record<string, string> | null {
  const s = storage();
  if (!s) return null;
  try {
    const pairs: [string, string | null][] = [];
    for (let i = 0; i < s.length; i++) {
      const key = s.key(i);
      if (key !== null) pairs.push([key, s.getItem(key)]);
    }
    return collectEntries(pairs);
  } catch {
    return null;
  }
}

function write(s: Storage, entries: Record<string, string>, current: Record<string, string>, keepWorkbooks = true) {
  const plan = planReplace(Object.keys(current), entries, { keepWorkbooks, current });
  // Remove first: that frees room for the new entries.
  for (const key of plan.remove) s.removeItem(key);
  for (const [key, value] of plan.set) s.setItem(key, value);
}

/**
 * Replaces all progress with `entries`; workbooks that are not in `entries` stay. When the
 * browser refuses part of it (full), the old progress is put back and false returned: a failed
 * load changes nothing.
 */
export function replaceEntries(entries: Record<string, string>): boolean {
  const s = storage();
  const before = readOwnEntries();
  if (!s || !before) return false;
  try {
    write(s, entries, before);
    return true;
  } catch {
    try {
      // Put back exactly what was there, also removing workbooks the file had just added.
      write(s, before, readOwnEntries() ?? {}, false);
    } catch {
      // nothing more we can do
    }
    return false;
  }
}

/** Removes all progress, but not the workbooks. */
export const clearEntries = (): boolean => replaceEntries({});

/** A message for after the reload, kept for this tab only. */
const NOTICE_KEY = 'voortgang-melding';
export function leaveNotice(notice: string) {
  try {
    sessionStorage.setItem(NOTICE_KEY, notice);
  } catch {
    // the reload then shows no message; the progress itself is fine
  }
}
export function takeNotice(): string | null {
  try {
    const notice = sessionStorage.getItem(NOTICE_KEY);
    sessionStorage.removeItem(NOTICE_KEY);
    return notice;
  } catch {
    return null;
  }
}
