// The flashcards the student keeps in this browser: one FSRS schedule per term (shared by the
// deck of every chapter and the deck of all chapters), the terms sent with "Oefen dit begrip",
// and which side of the card comes first. Components read these stores and call the actions.
import { persistentAtom, persistentMap } from '@nanostores/persistent';
import {
  decodeCardEntry,
  encodeCardEntry,
  FLASHCARD_KEYS,
  gradeCard,
  parseDirection,
  type CardEntry,
  type Direction,
  type GradeName,
} from '../lib/scheduling';
import { installSafeStorage, reportStorageProblem } from './storage';
import { addedTerms } from './deck';

export { addedTerms, addToDeck } from './deck';

installSafeStorage();

/** Saved schedules, by term id. A broken entry reads as "never studied" and is reported as repaired. */
export const cardStates = persistentMap<Record<string, CardEntry | undefined>>(FLASHCARD_KEYS.card, {}, {
  encode: (entry: CardEntry | undefined) => (entry ? encodeCardEntry(entry) : undefined),
  decode(raw: string) {
    const decoded = decodeCardEntry(raw);
    if (decoded && !decoded.ok) {
      reportStorageProblem('repaired');
      return undefined;
    }
    return decoded?.value;
  },
});

/** Which side of the card the student sees first. */
export const cardDirection = persistentAtom<Direction>(FLASHCARD_KEYS.direction, 'term', {
  encode: (value: Direction) => value,
  decode: parseDirection,
});

/** Saves the student's answer to a card and returns its new schedule. */
export function gradeTerm(termId: string, grade: GradeName, now: Date = new Date()): CardEntry {
  const entry = gradeCard(cardStates.get()[termId], grade, now);
  cardStates.setKey(termId, entry);
  // Once practised, a requested term has had its turn at the front.
  if (addedTerms.get().includes(termId)) addedTerms.set(addedTerms.get().filter((id) => id !== termId));
  return entry;
}

export function setDirection(direction: Direction) {
  cardDirection.set(direction);
}
