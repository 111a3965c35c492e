// Word counts and reading time of a lesson body (MDX source).

/** Counts the words a student reads in MDX source: tags, attributes, markup and expressions are left out. */
export function countWords(mdx: string): number {
  const text = mdx
    .replace(/^---[\s\S]*?---/, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/[#*_>|`-]+/g, ' ');
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** B1 readers read more slowly than the 200–250 words a minute often used: we count 150. */
export const WORDS_PER_MINUTE = 150;

export const readingMinutes = (words: number) => Math.max(1, Math.round(words / WORDS_PER_MINUTE));
