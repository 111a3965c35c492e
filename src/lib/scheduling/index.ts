// Spaced repetition for the begrippen flashcards: FSRS (ts-fsrs) behind small pure functions.
export * from './entry';
export * from './cards';
export * from './session';
export * from './interval';
export * from './deck';
