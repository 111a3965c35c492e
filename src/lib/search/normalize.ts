// Folding text for matching: lower case, accents removed ("Oriëntatie" → "orientatie",
// "geïntegreerd" → "geintegreerd"). The index and the query are folded the same way.
//
// Folding keeps the length: one UTF-16 unit in gives one unit out, so a position found in the
// folded text is the same position in the original text, and highlights land on the right letters.

const MARKS = /\p{M}/gu;

function foldChar(ch: string): string {
  const lower = ch.toLowerCase();
  const base = lower.normalize('NFD').replace(MARKS, '');
  if (base.length === ch.length) return base;
  return lower.length === ch.length ? lower : ch;
}

/** Lower case without accents, with the same length as `text` (which should be NFC, as content is). */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return text.replace(/[\s\S]/gu, foldChar);
  // Fast path: only characters outside ASCII can carry accents.
  return lower.replace(/[^\x00-\x7f]/g, foldChar);
}

/** A word of folded text and where it starts. */
export interface Word {
  text: string;
  start: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a (folded) text with their positions: letters and digits, split at anything else ("destep-analyse" → 2 words). */
export function words(folded: string): Word[] {
  const out: Word[] = [];
  for (const m of folded.matchAll(WORD)) out.push({ text: m[0], start: m.index });
  return out;
}

/** The query as folded words, at most `max` of them (a pasted paragraph should not stall the page). */
export function queryTokens(query: string, max = 8): string[] {
  return words(fold(query.normalize('NFC'))).map((w) => w.text).slice(0, max);
}
