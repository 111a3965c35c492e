// What every werkboek form island shares: the open workbook (read after mounting, so the first
// client render matches the server's empty HTML) and one way to change it. Every change is saved
// at once; the first change starts a workbook when the student has none.
import { onMount } from 'svelte';
import { emptyWorkbook, newId, type Workbook } from '../../../lib/werkboek/model';
import { activeWorkbook, ensureActiveWorkbook, updateWorkbook } from '../../../stores/werkboek';
import { t } from '../../../i18n/widgets/werkboek-forms';

/** Shown before the student has a workbook: every field empty. */
const EMPTY: Workbook = emptyWorkbook('leeg', '-', new Date(0));

export type SaveState = 'idle' | 'saved' | 'failed';

export class WorkbookForm {
  #wb = $state.raw<Workbook | undefined>(undefined);
  /** Whether this form has saved a change since the page loaded (shown as a calm "Opgeslagen"). */
  saveState = $state<SaveState>('idle');
  mounted = $state(false);

  constructor() {
    onMount(() => {
      this.mounted = true;
      return activeWorkbook.subscribe((value) => (this.#wb = value));
    });
  }

  /** The open workbook, or an empty one to show. */
  get wb(): Workbook {
    return this.#wb ?? EMPTY;
  }

  /** Whether the student has a workbook open. */
  get exists(): boolean {
    return this.#wb !== undefined;
  }

  /** Applies a change to the open workbook (creating it first if needed) and saves it. */
  edit = (recipe: (draft: Workbook) => void): boolean => {
    const id = ensureActiveWorkbook(t('werkboek.forms.defaultTitle'));
    const ok = updateWorkbook(id, recipe);
    this.saveState = ok ? 'saved' : 'failed';
    return ok;
  };
}

/** Adding, removing, restoring and changing the items of one list in the workbook, by id. */
export interface ListOps<T extends { id: string }> {
  /** Adds an empty item; returns its id, or undefined when it was not saved. */
  add: () => string | undefined;
  remove: (id: string) => void;
  /** Puts a removed item back at its place. */
  restore: (item: T, index: number) => void;
  change: (id: string, patch: Partial<T>) => void;
}

export function listOps<T extends { id: string }>(form: WorkbookForm, list: (wb: Workbook) => T[], blank: (id: string) => T): ListOps<T> {
  return {
    add() {
      const id = newId();
      return form.edit((wb) => void list(wb).push(blank(id))) ? id : undefined;
    },
    remove(id) {
      form.edit((wb) => {
        const items = list(wb);
        const index = items.findIndex((x) => x.id === id);
        if (index >= 0) items.splice(index, 1);
      });
    },
    restore(item, index) {
      form.edit((wb) => {
        const items = list(wb);
        if (!items.some((x) => x.id === item.id)) items.splice(Math.min(index, items.length), 0, structuredClone(item));
      });
    },
    change(id, patch) {
      form.edit((wb) => {
        const item = list(wb).find((x) => x.id === id);
        if (item) Object.assign(item, patch);
      });
    },
  };
}
