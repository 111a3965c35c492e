// The search index: built once at build time (src/pages/zoekindex.json.ts) and in the unit tests
// from the same content, fetched by the browser on first use of search. Plain data, no scores:
// src/lib/search/engine.ts decides the ranking.
import { mdxToBlocks, type Heading } from './extract';

/** Bump when the shape changes, so an old cached index is not read with new code. */
export const SEARCH_INDEX_VERSION = 1;

export interface IndexedBlock {
  /** Heading text; empty for the opening of the lesson. */
  h: string;
  /** Anchor (id) of the heading on the lesson page; empty for the opening. */
  a: string;
  /** Plain text. */
  x: string;
}

export interface IndexedLesson {
  /** Section number, '2.4'. */
  n: string;
  /** Title. */
  t: string;
  /** Root-relative URL without the base path. */
  u: string;
  /** The one-sentence summary. */
  s: string;
  /** Text blocks: the opening, then one per h2/h3, then the Samenvatting. */
  b: IndexedBlock[];
}

export interface IndexedTerm {
  id: string;
  t: string;
  /** Definition. */
  d: string;
  /** Aliases (other spellings, for search only). */
  al: string[];
  /** Section that introduces the term. */
  n: string;
  /** URL of the term on its chapter's begrippenlijst, with #anchor. */
  u: string;
}

export interface IndexedExercise {
  id: string;
  t: string;
  /** Instructions. */
  i: string;
  n: string;
  u: string;
}

export interface SearchIndex {
  v: typeof SEARCH_INDEX_VERSION;
  lessons: IndexedLesson[];
  terms: IndexedTerm[];
  exercises: IndexedExercise[];
}

/** What the index is made of; the endpoint fills it from the course, the tests from the content files. */
export interface SearchSource {
  lessons: {
    number: string;
    title: string;
    path: string;
    summary: string;
    /** MDX body without frontmatter. */
    body: string;
    samenvatting: readonly string[];
    /** The headings as the page renders them (render().headings); without them slugs are computed. */
    headings?: readonly Heading[];
  }[];
  terms: { id: string; term: string; definition: string; aliases: readonly string[]; section: string; path: string }[];
  exercises: { id: string; title: string; instructions: string; section: string; path: string }[];
  /** Visible labels the index repeats (from the strings file). */
  labels: { samenvatting: string };
}

/** Sorts '1.2' < '1.10' < '2.1'. */
export const compareSections = (a: string, b: string) => {
  const [a1 = 0, a2 = 0] = a.split('.').map(Number);
  const [b1 = 0, b2 = 0] = b.split('.').map(Number);
  return a1 - b1 || a2 - b2;
};

const nfc = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

export function buildSearchIndex(source: SearchSource): SearchIndex {
  const lessons = [...source.lessons]
    .sort((a, b) => compareSections(a.number, b.number))
    .map((lesson): IndexedLesson => {
      const blocks = mdxToBlocks(lesson.body, lesson.headings).map((b) => ({ h: nfc(b.heading), a: b.anchor, x: nfc(b.text) }));
      if (lesson.samenvatting.length) {
        blocks.push({ h: source.labels.samenvatting, a: 'samenvatting', x: nfc(lesson.samenvatting.join(' ')) });
      }
      return { n: lesson.number, t: nfc(lesson.title), u: lesson.path, s: nfc(lesson.summary), b: blocks };
    });
  const terms = source.terms.map((term): IndexedTerm => ({
    id: term.id,
    t: nfc(term.term),
    d: nfc(term.definition),
    al: term.aliases.map(nfc),
    n: term.section,
    u: term.path,
  }));
  const exercises = [...source.exercises]
    .sort((a, b) => compareSections(a.section, b.section) || a.id.localeCompare(b.id))
    .map((e): IndexedExercise => ({ id: e.id, t: nfc(e.title), i: nfc(e.instructions), n: e.section, u: e.path }));
  return { v: SEARCH_INDEX_VERSION, lessons, terms, exercises };
}

/** True when `data` looks like an index this code can read (it came over the network). */
export function isSearchIndex(data: unknown): data is SearchIndex {
  if (!data || typeof data !== 'object') return false;
  const d = data as Partial<SearchIndex>;
  return d.v === SEARCH_INDEX_VERSION && Array.isArray(d.lessons) && Array.isArray(d.terms) && Array.isArray(d.exercises);
}
