// How well one query word matches one word of the text, forgiving typos. The engine finds typos
// in its vocabulary with Fuse.js and grades the rest here; snippets use it to decide which words
// to highlight. All input is folded (normalize.ts).

/** How a query word matched a word of the text: a higher number is a better match. */
export const Quality = { None: 0, Typo: 1, Infix: 2, Prefix: 3, Exact: 4 } as const;
export type Quality = (typeof Quality)[keyof typeof Quality];

/** Optimal string alignment distance (Levenshtein plus swapping two neighbours), stopping early above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = (rows[i] = new Array<number>(b.length + 1));
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row[j] = j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (i > 0 && rowMin > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

/** Typos allowed in a query word of this length: none up to 3 letters, one up to 7, then two. */
export const typosAllowed = (length: number) => (length <= 3 ? 0 : length <= 7 ? 1 : 2);

/** The quality of `token` (a query word) against `word` (a word of the text); `typos: false` checks only exact, prefix and infix. */
export function matchWord(token: string, word: string, typos = true): Quality {
  if (word === token) return Quality.Exact;
  if (token.length >= 2 && word.startsWith(token)) return Quality.Prefix;
  if (token.length >= 4 && word.includes(token)) return Quality.Infix;
  const max = typosAllowed(token.length);
  if (!typos || max === 0 || word.length < token.length - max) return Quality.None;
  // A typo in a whole word ("destpe" → "destep"), or in the start of a longer word ("destpe" → "destep…").
  if (editDistance(token, word, max) <= max) return Quality.Typo;
  if (word.length > token.length && editDistance(token, word.slice(0, token.length), max) <= max) return Quality.Typo;
  return Quality.None;
}
