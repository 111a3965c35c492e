// The terms a student sent to the flashcards with "Oefen dit begrip", most recent first; they
// lead the new cards of the next session. Apart from stores/flashcards.ts so that the button in
// a lesson does not ship the scheduler (ts-fsrs).
import { persistentAtom } from '@nanostores/persistent';
import { decodeAddedList, encodeAddedList, FLASHCARD_KEYS } from '../lib/scheduling/entry';
import { installSafeStorage, reportStorageProblem } from './storage';

installSafeStorage();

export const addedTerms = persistentAtom<string[]>(FLASHCARD_KEYS.added, [], {
  encode: encodeAddedList,
  decode(raw: string) {
    const decoded = decodeAddedList(raw);
    if (decoded && !decoded.ok) {
      reportStorageProblem('repaired');
      return [];
    }
    return decoded?.value ?? [];
  },
});

const MAX_ADDED = 200;

/** "Oefen dit begrip": puts the term at the front of the next session's new cards. */
export function addToDeck(termId: string) {
  addedTerms.set([termId, ...addedTerms.get().filter((id) => id !== termId)].slice(0, MAX_ADDED));
}
