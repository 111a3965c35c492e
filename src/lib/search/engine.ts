// Searching the index. When the index arrives, every word of every field goes into an inverted
// index (word → where it occurs); the vocabulary is small (a few thousand words). Each query word
// is looked up in it: exact, prefix and infix matches by plain string tests, and typos with
// Fuse.js (its Bitap matcher over the vocabulary, not over whole texts: over the texts it took
// 65–170 ms a query here; over the words it takes a few ms). A record must contain every
// query word (falling back to "most of them" when none does). Its score adds up, per query word:
// how rare the word is × how well it matched × the weight of the field it matched in (a title or
// term counts most, a mention in the text least) × how often it occurs there. A small re-rank then
// puts exact and prefix matches of a title or term first. Results are grouped: lessons, terms,
// exercises; a lesson appears once, with the part of it that matched best.
import Fuse from 'fuse.js/basic';
import type { SearchIndex } from './build';
import { matchWord, Quality, typosAllowed } from './match';
import { fold, queryTokens, words } from './normalize';
import { highlight, snippet, type Segment, type WordMatch, type WordMatcher } from './snippet';

export type HitKind = 'lesson' | 'term' | 'exercise';

export interface SearchHit {
  kind: HitKind;
  /** Unique within the results, usable in a DOM id. */
  key: string;
  /** Section number: '2.4'. */
  number: string;
  title: Segment[];
  /** The heading of the part of the lesson that matched. */
  heading?: Segment[];
  /** The alias of a term that matched, when the term itself did not. */
  alias?: Segment[];
  snippet: Segment[];
  /** Root-relative URL without the base path, with #anchor. */
  url: string;
  /** Higher is better. */
  score: number;
}

export interface SearchResults {
  query: string;
  lessons: SearchHit[];
  terms: SearchHit[];
  exercises: SearchHit[];
}

export interface SearchOptions {
  /** Most hits per group. */
  limit?: number;
}

/** Field weights: a title or term counts most, a mention in the text least. */
export const FIELD_WEIGHTS = { title: 5, alias: 4, heading: 2.5, context: 0.6, text: 1 } as const;
export type Field = keyof typeof FIELD_WEIGHTS;
const FIELDS = Object.keys(FIELD_WEIGHTS) as Field[];

/** How much a match of each quality counts (index: Quality). */
const QUALITY_WEIGHTS: Record<Quality, number> = { 0: 0, 1: 0.45, 2: 0.55, 3: 0.75, 4: 1 };

/** Re-rank: the score is multiplied by these (higher is better). */
export const BOOST = {
  /** The query is the title, the term, one of its aliases, or the section number. */
  exact: 1000,
  /** The title or term starts with the query. */
  prefix: 60,
  /** Every query word is a whole word of the title or term. */
  words: 8,
  /** Every query word matches a word of the title, term or heading (also by prefix or typo). */
  near: 2,
} as const;

/** Words that say little about what a student looks for ("wat is een trend"). */
const STOPWORDS = new Set(
  'aan al als bij dan dat de den der des die dit door dus een en er het hoe hun ik in is je jij kan me met na naar niet nog of om ook op over te tot u uit van voor wat wie waar wanneer welk welke waarom we wel zijn zo zij ze'.split(' '),
);

/** The query words worth searching for: without stopwords, unless the query is only stopwords. */
export function contentTokens(tokens: readonly string[]): string[] {
  const content = tokens.filter((t) => !STOPWORDS.has(t));
  return content.length ? content : [...tokens];
}

/** One searchable record. Field values are folded (normalize.ts). */
interface Doc {
  kind: HitKind;
  /** Index into lessons, terms or exercises. */
  ref: number;
  /** Index of the lesson block; -1 for the lesson itself, a term or an exercise. */
  block: number;
  fields: Partial<Record<Field, string[]>>;
  /** Section number, for a query like "2.4" (not on the parts of a lesson). */
  number?: string;
  /** The text as shown in a snippet, and folded. */
  shown: string;
  folded: string;
}

function toDocs(index: SearchIndex): Doc[] {
  const docs: Doc[] = [];
  const doc = (d: Omit<Doc, 'folded' | 'fields'> & { fields: Partial<Record<Field, string | string[]>> }) => {
    const fields: Doc['fields'] = {};
    for (const [field, value] of Object.entries(d.fields) as [Field, string | string[]][]) {
      fields[field] = (Array.isArray(value) ? value : [value]).map(fold);
    }
    docs.push({ ...d, fields, folded: fold(d.shown) });
  };
  index.lessons.forEach((lesson, ref) => {
    const opening = lesson.b[0] && !lesson.b[0].a ? lesson.b[0] : undefined;
    const shown = [lesson.s, opening?.x].filter(Boolean).join(' ');
    doc({ kind: 'lesson', ref, block: -1, number: lesson.n, fields: { title: lesson.t, text: shown }, shown });
    lesson.b.forEach((b, block) => {
      if (b !== opening) doc({ kind: 'lesson', ref, block, fields: { heading: b.h, context: lesson.t, text: b.x }, shown: b.x });
    });
  });
  index.terms.forEach((term, ref) => doc({ kind: 'term', ref, block: -1, number: term.n, fields: { title: term.t, alias: term.al, text: term.d }, shown: term.d }));
  index.exercises.forEach((exercise, ref) => doc({ kind: 'exercise', ref, block: -1, number: exercise.n, fields: { title: exercise.t, text: exercise.i }, shown: exercise.i }));
  return docs;
}

interface Posting {
  doc: number;
  field: number;
  /** How often the word occurs in the field. */
  tf: number;
}

const wordList = (folded: string) => words(folded).map((w) => w.text);

/** Every query word is the start of `name`, in order; the last may be the start of a word. */
function startsWith(name: readonly string[], tokens: readonly string[]): boolean {
  if (!tokens.length || tokens.length > name.length) return false;
  return tokens.every((t, i) => (i === tokens.length - 1 ? name[i]!.startsWith(t) : name[i] === t));
}

const sameWords = (a: readonly string[], b: readonly string[]) => a.length > 0 && a.length === b.length && a.every((w, i) => w === b[i]);

/**
 * The re-rank factor of a record: how its title or term (`title`), its aliases and its heading
 * (word lists) match the query. `all` are all query words, `tokens` those without stopwords,
 * `matches(i, word)` says whether query word i matched `word` (typos included).
 */
export function rerankFactor(
  title: readonly string[],
  aliases: readonly (readonly string[])[],
  heading: readonly string[],
  all: readonly string[],
  tokens: readonly string[],
  matches: (token: number, word: string) => boolean,
): number {
  if (sameWords(title, all) || sameWords(title, tokens)) return BOOST.exact;
  if (aliases.some((a) => sameWords(a, all) || sameWords(a, tokens))) return BOOST.exact / 2;
  if (startsWith(title, all) || startsWith(title, tokens)) return BOOST.prefix;
  if ([title, ...aliases].some((n) => n.length && tokens.every((t) => n.includes(t)))) return BOOST.words;
  const near = [...title, ...aliases.flat(), ...heading];
  if (near.length && tokens.every((_, i) => near.some((w) => matches(i, w)))) return BOOST.near;
  return 1;
}

/** "2.4", "2,4" or "2-4": a section number. */
const SECTION_QUERY = /^(\d{1,2})[.,-](\d{1,2})$/;

/** Digits a student may type for a number the text writes out ("5 krachten" → "vijf krachten"). */
const NUMBER_WORDS = ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien'];

export interface Search {
  search(query: string, options?: SearchOptions): SearchResults;
}

/** Prepares the index for searching (once, when it arrives: a few milliseconds). */
export function createSearch(index: SearchIndex): Search {
  const docs = toDocs(index);
  const fieldWords = docs.map((d) => FIELDS.map((f) => (d.fields[f] ?? []).map(wordList)));
  const postings = new Map<string, Posting[]>();
  let textLength = 0;
  const textLengths = docs.map((_, i) => {
    const n = fieldWords[i]![FIELDS.indexOf('text')]!.reduce((sum, w) => sum + w.length, 0);
    textLength += n;
    return n;
  });
  const averageText = textLength / Math.max(1, docs.length);
  fieldWords.forEach((perField, doc) => {
    perField.forEach((values, field) => {
      const counts = new Map<string, number>();
      for (const list of values) for (const w of list) counts.set(w, (counts.get(w) ?? 0) + 1);
      for (const [w, tf] of counts) {
        let list = postings.get(w);
        if (!list) postings.set(w, (list = []));
        list.push({ doc, field, tf });
      }
    });
  });
  const vocabulary = [...postings.keys()];
  const expansions = new Map<string, { word: string; quality: Quality }[]>();

  // Fuse scores a word by errors ÷ query length (location ignored, no length norm), so the number
  // of typos it allowed can be read back and held to typosAllowed(); the threshold only prefilters.
  // Made on the first query that needs it, so preparing the index stays short.
  let fuzzy: Fuse<string> | undefined;
  const typoSearch = (token: string) =>
    (fuzzy ??= new Fuse(vocabulary, { includeScore: true, ignoreLocation: true, ignoreFieldNorm: true, isCaseSensitive: true, shouldSort: false, threshold: 0.34 })).search(token);

  /**
   * The words of the vocabulary a query word matches (cached: typing repeats words). Typos count
   * only when the word itself (or a word that starts with it) does not occur: "sanne" should not
   * also find "wanneer".
   */
  function expand(token: string) {
    let found = expansions.get(token);
    if (!found) {
      found = [];
      for (const word of vocabulary) {
        const quality = matchWord(token, word);
        if (quality) found.push({ word, quality });
      }
      const allowed = typosAllowed(token.length);
      if (allowed && !found.some((f) => f.quality >= Quality.Prefix)) {
        const seen = new Set(found.map((f) => f.word));
        for (const { item, score = 1 } of typoSearch(token)) {
          if (!seen.has(item) && Math.round(score * token.length) <= allowed && item.length >= token.length - allowed) found.push({ word: item, quality: Quality.Typo });
        }
      }
      const spelled = /^\d+$/.test(token) ? NUMBER_WORDS[Number(token)] : undefined;
      if (spelled && postings.has(spelled)) found.push({ word: spelled, quality: Quality.Exact });
      if (expansions.size > 500) expansions.clear();
      expansions.set(token, found);
    }
    return found;
  }

  /** For highlighting: each word the query matched, with the query word and quality. */
  function matcherOf(tokens: readonly string[]): WordMatcher {
    const map = new Map<string, WordMatch>();
    tokens.forEach((token, i) => {
      for (const { word, quality } of expand(token)) {
        const seen = map.get(word);
        if (!seen || quality > seen.quality) map.set(word, { token: i, quality });
      }
    });
    return (word) => map.get(word);
  }

  /** Per record, how well it matches one query word (0: not at all). */
  function scoreToken(token: string): Map<number, number> {
    const best = new Map<number, number>();
    const docsWithToken = new Set<number>();
    const hits: { p: Posting; weight: number }[] = [];
    for (const { word, quality } of expand(token)) {
      for (const p of postings.get(word)!) {
        docsWithToken.add(p.doc);
        hits.push({ p, weight: QUALITY_WEIGHTS[quality] });
      }
    }
    const idf = Math.log(1 + docs.length / Math.max(1, docsWithToken.size));
    for (const { p, weight } of hits) {
      const field = FIELDS[p.field]!;
      // BM25-like: more mentions count, with diminishing returns, relative to the length of the text.
      const tf = field === 'text' ? (p.tf * 2.2) / (p.tf + 1.2 * (0.25 + (0.75 * textLengths[p.doc]!) / averageText)) : 1;
      const s = idf * weight * FIELD_WEIGHTS[field] * tf;
      if (s > (best.get(p.doc) ?? 0)) best.set(p.doc, s);
    }
    return best;
  }

  function hitOf(doc: Doc, score: number, tokens: string[], matcher: WordMatcher): SearchHit {
    const marked = (original: string) => highlight(original, fold(original), tokens, matcher);
    const snip = snippet(doc.shown, doc.folded, tokens, matcher);
    if (doc.kind === 'lesson') {
      const lesson = index.lessons[doc.ref]!;
      const block = doc.block >= 0 ? lesson.b[doc.block] : undefined;
      return {
        kind: 'lesson',
        key: `les-${lesson.n.replace('.', '-')}${block ? `-${block.a}` : ''}`,
        number: lesson.n,
        title: marked(lesson.t),
        heading: block ? marked(block.h) : undefined,
        snippet: snip,
        url: block ? `${lesson.u}#${block.a}` : lesson.u,
        score,
      };
    }
    if (doc.kind === 'term') {
      const term = index.terms[doc.ref]!;
      const matchedIn = (text: string) => new Set(wordList(fold(text)).flatMap((w) => matcher(w)?.token ?? [])).size;
      const inTitle = matchedIn(term.t);
      // Show the alias that explains the match better than the term itself ("5 krachten" → "vijf krachten van Porter").
      const alias = term.al.map((a) => ({ a, n: matchedIn(a) })).filter((x) => x.n > inTitle).sort((x, y) => y.n - x.n)[0]?.a;
      return {
        kind: 'term',
        key: `begrip-${term.id}`,
        number: term.n,
        title: marked(term.t),
        alias: alias ? marked(alias) : undefined,
        snippet: snip,
        url: term.u,
        score,
      };
    }
    const exercise = index.exercises[doc.ref]!;
    return { kind: 'exercise', key: `oefening-${exercise.id}`, number: exercise.n, title: marked(exercise.t), snippet: snip, url: exercise.u, score };
  }

  function search(query: string, { limit = 20 }: SearchOptions = {}): SearchResults {
    const all = queryTokens(query);
    const tokens = contentTokens(all);
    const results: SearchResults = { query, lessons: [], terms: [], exercises: [] };
    if (!tokens.length) return results;

    const scores = new Map<number, number>();
    // A section number ("2.4", "2,4", "2-4") finds that lesson and what belongs to it.
    const section = SECTION_QUERY.exec(query.trim());
    const perToken = section ? [] : tokens.map(scoreToken);
    if (section) {
      const number = `${section[1]}.${section[2]}`;
      docs.forEach((doc, i) => {
        if (doc.number === number) scores.set(i, doc.kind === 'lesson' ? BOOST.exact : 1);
      });
    }
    // Every query word must match; when no record has them all, at least half, each missing word costing 90%.
    const need = [tokens.length, ...(tokens.length > 1 ? [Math.ceil(tokens.length / 2)] : [])];
    for (const minimum of section ? [] : need) {
      const matched = new Map<number, { count: number; sum: number }>();
      for (const map of perToken) {
        for (const [doc, s] of map) {
          const m = matched.get(doc) ?? { count: 0, sum: 0 };
          matched.set(doc, { count: m.count + 1, sum: m.sum + s });
        }
      }
      for (const [doc, { count, sum }] of matched) if (count >= minimum) scores.set(doc, sum * 0.1 ** (tokens.length - count));
      if (scores.size) break;
    }

    const matcher = section ? () => undefined : matcherOf(tokens);
    const matches = (token: number, word: string) => matcher(word)?.token === token;
    const ranked = [...scores].map(([i, s]) => {
      const doc = docs[i]!;
      if (section) return { doc, score: s };
      const [title = [], heading = [], aliases = []] = [doc.fields.title?.flatMap(wordList), doc.fields.heading?.flatMap(wordList), doc.fields.alias?.map(wordList)];
      return { doc, score: s * rerankFactor(title, aliases, heading, all, tokens, matches) };
    });
    ranked.sort((a, b) => b.score - a.score || a.doc.ref - b.doc.ref || a.doc.block - b.doc.block);

    const seenLessons = new Set<number>();
    for (const { doc, score } of ranked) {
      const group = doc.kind === 'lesson' ? results.lessons : doc.kind === 'term' ? results.terms : results.exercises;
      if (group.length >= limit) continue;
      if (doc.kind === 'lesson') {
        if (seenLessons.has(doc.ref)) continue;
        seenLessons.add(doc.ref);
      }
      group.push(hitOf(doc, score, tokens, matcher));
    }
    return results;
  }

  return { search };
}

/** All hits in the order they are listed: lessons, terms, exercises. */
export const flatHits = (results: SearchResults) => [...results.lessons, ...results.terms, ...results.exercises];

/** True when nothing was found. */
export const isEmpty = (results: SearchResults) => !results.lessons.length && !results.terms.length && !results.exercises.length;
