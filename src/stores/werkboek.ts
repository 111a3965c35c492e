// The student's workbooks (am:werkboek:<id>) and which one is open (am:werkboek-actief).
// Forms read `workbooks` and call `updateWorkbook` on every change, so nothing typed is lost
// on a reload; the data never leaves the browser except in a file the student saves.
//
// A stored workbook this version cannot read (damaged, or written by a newer version of the
// site) is left in storage exactly as it is: other stores start such an entry over, but a
// workbook is a student's own writing. It is left out of `workbooks` and listed in
// `unreadableWorkbooks`, so the manager can say so; only deleteWorkbook removes it.
import { persistentAtom, persistentMap } from '@nanostores/persistent';
import { atom, computed } from 'nanostores';
import { ACTIVE_KEY, emptyWorkbook, MAX_TITLE, newId, parseWorkbook, WERKBOEK_PREFIX, workbookSchema, type Workbook } from '../lib/werkboek/model';
import { decodeWorkbook } from '../lib/werkboek/transfer';
import { installSafeStorage } from './storage';

installSafeStorage();

export { decodeWorkbook };

/** A stored entry that could not be read; `raw` is written back unchanged. */
interface Unreadable {
  unreadable: true;
  raw: string;
  reason: 'json' | 'future' | 'invalid';
}
type Stored = Workbook | Unreadable;
const isUnreadable = (value: Stored): value is Unreadable => 'unreadable' in value;

/** Everything under am:werkboek:, readable or not. Only this file writes to it. */
const stored = persistentMap<Record<string, Stored | undefined>>(WERKBOEK_PREFIX, {}, {
  // The map writes every entry back when it loads: an unreadable one goes back as it was.
  encode: (value: Stored | undefined) => (value === undefined ? undefined : isUnreadable(value) ? value.raw : JSON.stringify(value)),
  decode(raw: string): Stored {
    const decoded = decodeWorkbook(raw);
    if (decoded?.ok) return decoded.value;
    return { unreadable: true, raw, reason: decoded?.reason ?? 'invalid' };
  },
});

/** Every workbook, by id. */
export const workbooks = computed(stored, (all) => {
  const out: Record<string, Workbook | undefined> = {};
  for (const [id, value] of Object.entries(all)) if (value && !isUnreadable(value)) out[id] = value;
  return out;
});

/** Stored workbooks this version cannot read: their ids and why ('future': made by a newer version of the site). */
export const unreadableWorkbooks = computed(stored, (all) =>
  Object.entries(all).flatMap(([id, value]) => (value && isUnreadable(value) ? [{ id, reason: value.reason }] : [])),
);

export const activeId = persistentAtom<string>(ACTIVE_KEY, '');

/** The open workbook: the chosen one if it still exists, else the most recently changed, else none. */
export const activeWorkbook = computed([workbooks, activeId], (all, chosen) => {
  const chosenOne = chosen ? all[chosen] : undefined;
  if (chosenOne) return chosenOne;
  return Object.values(all)
    .filter((wb): wb is Workbook => wb !== undefined)
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))[0];
});

/**
 * Why the last change was not saved, for the form to show: `tooLong` when a text (or a list)
 * is over its limit, `invalid` for anything else. Cleared by the next change that is saved.
 */
export interface Rejection {
  id: string;
  reason: 'tooLong' | 'invalid' | 'missing';
  /** Where in the workbook, e.g. ['plan', 'vision'] or ['destep', 'economisch', 2, 'text']. */
  path: (string | number)[];
  /** The limit that was passed, for "at most {max} characters". */
  max: number | null;
}
export const lastRejected = atom<Rejection | null>(null);

function uniqueId(): string {
  const taken = stored.get();
  let id = newId();
  while (taken[id]) id = newId();
  return id;
}

/** A title that fits: trimmed and cut to the limit. */
const cleanTitle = (title: string) => title.trim().slice(0, MAX_TITLE).trim();

/** "Hendriks" → "Hendriks (2)" (or "(3)", …) when a workbook with that title exists. */
export function uniqueTitle(title: string, taken: Iterable<string>): string {
  const base = cleanTitle(title);
  const titles = new Set([...taken].map((x) => x.trim().toLowerCase()));
  if (!titles.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${base.slice(0, MAX_TITLE - suffix.length).trim()}${suffix}`;
    if (!titles.has(candidate.toLowerCase())) return candidate;
  }
}

const existingTitles = () => Object.values(workbooks.get()).flatMap((wb) => (wb ? [wb.title] : []));

/**
 * Starts a workbook (empty, or a copy of `from`, such as the case example) and opens it.
 * Returns its id, or '' when it could not be made (an empty title, or `from` is not a valid workbook).
 */
export function createWorkbook(title: string, from?: Workbook, now = new Date()): string {
  const clean = cleanTitle(title);
  if (!clean) return '';
  const id = uniqueId();
  const base = emptyWorkbook(id, clean, now);
  const wb = from ? parseWorkbook({ ...structuredClone(from), id, title: clean, createdAt: base.createdAt, updatedAt: base.updatedAt }) : base;
  if (!wb) return '';
  stored.setKey(id, wb);
  activeId.set(id);
  return id;
}

function rejection(id: string, draft: unknown): Rejection {
  const parsed = workbookSchema.safeParse(draft);
  const issue = parsed.success ? undefined : parsed.error.issues[0];
  const path = (issue?.path ?? []).filter((p): p is string | number => typeof p !== 'symbol');
  if (issue?.code === 'too_big') return { id, reason: 'tooLong', path, max: typeof issue.maximum === 'number' ? issue.maximum : Number(issue.maximum) };
  return { id, reason: 'invalid', path, max: null };
}

/**
 * Changes a workbook: `recipe` edits a copy, which is checked and saved with a new updatedAt.
 * A change that would make the workbook invalid (a text over the limit) is not saved: returns
 * false and says why in `lastRejected`.
 */
export function updateWorkbook(id: string, recipe: (draft: Workbook) => void, now = new Date()): boolean {
  const current = workbooks.get()[id];
  if (!current) {
    lastRejected.set({ id, reason: 'missing', path: [], max: null });
    return false;
  }
  const draft = structuredClone(current);
  recipe(draft);
  draft.updatedAt = now.toISOString();
  const checked = parseWorkbook(draft);
  if (!checked) {
    lastRejected.set(rejection(id, draft));
    return false;
  }
  stored.setKey(id, checked);
  if (lastRejected.get()) lastRejected.set(null);
  return true;
}

export function renameWorkbook(id: string, title: string): boolean {
  const clean = cleanTitle(title);
  return clean !== '' && updateWorkbook(id, (wb) => void (wb.title = clean));
}

export function openWorkbook(id: string) {
  if (workbooks.get()[id]) activeId.set(id);
}

/** Removes a workbook (also an unreadable one). */
export function deleteWorkbook(id: string) {
  if (stored.get()[id] !== undefined) stored.setKey(id, undefined);
  if (activeId.get() === id) activeId.set('');
}

/** A copy under a new id and title (for example to practise on, or to start a new year). */
export function duplicateWorkbook(id: string, title: string): string | undefined {
  const source = workbooks.get()[id];
  if (!source) return undefined;
  return createWorkbook(uniqueTitle(title, existingTitles()), source) || undefined;
}

/**
 * Adds an imported workbook under a fresh id, so it never overwrites one the student has. It
 * keeps its createdAt and updatedAt; a title that exists already gets " (2)". Returns the new
 * id (the workbook is opened), or '' when it could not be added.
 */
export function addImportedWorkbook(wb: Workbook): string {
  const id = createWorkbook(uniqueTitle(wb.title, existingTitles()), wb);
  if (!id) return '';
  const added = stored.get()[id];
  if (added && !isUnreadable(added)) stored.setKey(id, { ...added, createdAt: wb.createdAt, updatedAt: wb.updatedAt });
  return id;
}

/** The id of the open workbook; creates "Mijn werkboek" first when there is none (the first thing typed starts it). */
export function ensureActiveWorkbook(title: string): string {
  const open = activeWorkbook.get();
  if (open) {
    if (activeId.get() !== open.id) activeId.set(open.id);
    return open.id;
  }
  return createWorkbook(title);
}
