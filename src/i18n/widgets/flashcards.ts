import flashcards from '../nl/flashcards.json';
import { makeT } from '../format';

export const t = makeT(flashcards);
