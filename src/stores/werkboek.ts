// The student's workbooks (am:werkboek:<id>) and which one is open (am:werkboek-actief).
// Forms read `workbooks` and call `updateWorkbook` on every change, so nothing typed is lost
// on a reload; the data never leaves the browser except in a file the student saves.
import { persistentAtom, persistentMap } from '@nanostores/persistent';
import { computed } from 'nanostores';
import { ACTIVE_KEY, emptyWorkbook, newId, parseWorkbook, WERKBOEK_PREFIX, WORKBOOK_VERSION, type Workbook } from '../lib/werkboek/model';
import { decodeVersioned } from '../lib/progress/decode';
import { installSafeStorage, reportStorageProblem } from './storage';

installSafeStorage();

/** Reads one stored workbook; a damaged one is reported and left out (its entry stays until overwritten). */
export function decodeWorkbook(raw: string) {
  return decodeVersioned(raw, { version: WORKBOOK_VERSION, migrations: {}, parse: parseWorkbook });
}

/** Every workbook, by id. */
export const workbooks = persistentMap<Record<string, Workbook | undefined>>(WERKBOEK_PREFIX, {}, {
  encode: (wb: Workbook | undefined) => (wb ? JSON.stringify(wb) : undefined),
  decode(raw: string) {
    const decoded = decodeWorkbook(raw);
    if (decoded && !decoded.ok) {
      reportStorageProblem('repaired');
      return undefined;
    }
    return decoded?.value;
  },
});

export const activeId = persistentAtom<string>(ACTIVE_KEY, '');

/** The open workbook: the chosen one if it still exists, else the most recently changed, else none. */
export const activeWorkbook = computed([workbooks, activeId], (all, chosen) => {
  const chosenOne = chosen ? all[chosen] : undefined;
  if (chosenOne) return chosenOne;
  return Object.values(all)
    .filter((wb): wb is Workbook => wb !== undefined)
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))[0];
});

function uniqueId(): string {
  const taken = workbooks.get();
  let id = newId();
  while (taken[id]) id = newId();
  return id;
}

/** Starts a workbook (empty, or a copy of `from`, such as the case example) and opens it. Returns its id. */
export function createWorkbook(title: string, from?: Workbook, now = new Date()): string {
  const id = uniqueId();
  const base = emptyWorkbook(id, title, now);
  const wb: Workbook = from ? { ...structuredClone(from), id, title, createdAt: base.createdAt, updatedAt: base.updatedAt } : base;
  workbooks.setKey(id, wb);
  activeId.set(id);
  return id;
}

/**
 * Changes a workbook: `recipe` edits a copy, which is checked and saved with a new updatedAt.
 * A change that would make the workbook invalid (a text over the limit) is not saved; returns false.
 */
export function updateWorkbook(id: string, recipe: (draft: Workbook) => void, now = new Date()): boolean {
  const current = workbooks.get()[id];
  if (!current) return false;
  const draft = structuredClone(current);
  recipe(draft);
  draft.updatedAt = now.toISOString();
  const checked = parseWorkbook(draft);
  if (!checked) return false;
  workbooks.setKey(id, checked);
  return true;
}

export function renameWorkbook(id: string, title: string): boolean {
  const clean = title.trim();
  return clean !== '' && updateWorkbook(id, (wb) => void (wb.title = clean));
}

export function openWorkbook(id: string) {
  if (workbooks.get()[id]) activeId.set(id);
}

export function deleteWorkbook(id: string) {
  workbooks.setKey(id, undefined);
  if (activeId.get() === id) activeId.set('');
}

/** A copy under a new id and title (for example to practise on, or to start a new year). */
export function duplicateWorkbook(id: string, title: string): string | undefined {
  const source = workbooks.get()[id];
  return source ? createWorkbook(title, source) : undefined;
}

/** Adds an imported workbook under a fresh id, so it never overwrites one the student has. */
export function addImportedWorkbook(wb: Workbook): string {
  return createWorkbook(wb.title, wb, new Date(wb.createdAt));
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
