// How well one query word matches one word of the text. Typos are the engine's job (Fuse.js over
// the index's vocabulary, held to typosAllowed()); this grades the rest. All input is folded (normalize.ts).

/** How a query word matched a word of the text: a higher number is a better match. */
export const Quality = { None: 0, Typo: 1, Infix: 2, Prefix: 3, Exact: 4 } as const;
export type Quality = (typeof Quality)[keyof typeof Quality];

/** Typos allowed in a query word of this length: none up to 3 letters, one up to 7, then two. */
export const typosAllowed = (length: number) => (length <= 3 ? 0 : length <= 7 ? 1 : 2);

/**
 * The quality of `token` (a query word) against `word` (a word of the text): exact, the start of
 * the word, or a part of a compound. Typos are found by the engine with Fuse.js (engine.ts).
 */
export function matchWord(token: string, word: string): Quality {
  if (word === token) return Quality.Exact;
  if (token.length >= 2 && word.startsWith(token)) return Quality.Prefix;
  if (token.length >= 4 && word.includes(token)) return Quality.Infix;
  return Quality.None;
}
