// The link a teacher composes on /docenten/ for a self-test.
// Format (fixed, teachers paste it into their LMS): /toets/?secties=2.4,2.5&n=10&seed=k7x2
// or /toets/?hoofdstukken=1,2&n=20&seed=ab12. `secties` and `hoofdstukken` are comma-separated
// lists (commas are written as they are, not as %2C, so the link stays readable); `n` is the
// number of questions; `seed` (4 to 6 lower-case letters or digits) fixes which questions and in
// what order, so every student with the same link gets the same test.
// /toets/ reads the link with src/lib/toets/parseTestParams; tests/unit/teacher.test.ts checks
// that it reads back what this module writes.
import { MAX_COMPOSED_SIZE } from '../toets/params';

export const TEST_PATH = '/toets/';
export const SEED_PATTERN = /^[a-z0-9]{4,6}$/;
/** What the composer starts with. */
export const DEFAULT_QUESTION_COUNT = 10;
/** The most questions /toets/ accepts in a link. */
export const MAX_QUESTION_COUNT = MAX_COMPOSED_SIZE;

const SEED_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** What a test link asks for: either sections or whole chapters. */
export type TestScope = { sections: string[] } | { chapters: number[] };

export interface TestLink {
  scope: TestScope;
  /** Number of questions. */
  n: number;
  /** Fixes selection and order; absent when the link has none (the test page then picks one). */
  seed?: string;
}

/** A new seed of `length` (4 to 6) characters from a–z and 0–9. */
export function makeSeed(random: () => number = Math.random, length = 4): string {
  const size = Math.min(6, Math.max(4, Math.round(length)));
  let seed = '';
  for (let i = 0; i < size; i++) seed += SEED_ALPHABET[Math.floor(random() * SEED_ALPHABET.length) % SEED_ALPHABET.length];
  return seed;
}

const bySection = (a: string, b: string) => {
  const [ca, sa] = a.split('.').map(Number) as [number, number];
  const [cb, sb] = b.split('.').map(Number) as [number, number];
  return ca - cb || sa - sb;
};

/** The query string of a test link, starting with "?". Lists are sorted and without doubles. */
export function testLinkQuery(link: TestLink): string {
  const parts: string[] = [];
  if ('sections' in link.scope) parts.push(`secties=${[...new Set(link.scope.sections)].sort(bySection).join(',')}`);
  else parts.push(`hoofdstukken=${[...new Set(link.scope.chapters)].sort((a, b) => a - b).join(',')}`);
  parts.push(`n=${link.n}`);
  if (link.seed) parts.push(`seed=${link.seed}`);
  return `?${parts.join('&')}`;
}

/** The path of a test link (without origin and base path): "/toets/?secties=…". */
export const testLinkPath = (link: TestLink) => `${TEST_PATH}${testLinkQuery(link)}`;

/** A chapter as the composer offers it: its sections that have questions in the bank. */
export interface ComposerChapter {
  number: number;
  sections: { number: string; count: number }[];
}

/**
 * What to put in the link for the sections a teacher ticked: whole chapters (`hoofdstukken`)
 * when every ticked chapter is ticked completely, otherwise the sections (`secties`). Sections
 * that are not offered are ignored. Returns null when nothing offered is ticked.
 */
export function chooseScope(selected: Iterable<string>, chapters: readonly ComposerChapter[]): TestScope | null {
  const ticked = new Set(selected);
  const picked = chapters
    .map((chapter) => ({ chapter, sections: chapter.sections.filter((s) => ticked.has(s.number)).map((s) => s.number) }))
    .filter((p) => p.sections.length > 0);
  if (!picked.length) return null;
  const whole = picked.every((p) => p.sections.length === p.chapter.sections.length);
  return whole ? { chapters: picked.map((p) => p.chapter.number) } : { sections: picked.flatMap((p) => p.sections).sort(bySection) };
}

/** How many questions the bank has for a scope. */
export function questionsInScope(scope: TestScope | null, chapters: readonly ComposerChapter[]): number {
  if (!scope) return 0;
  const all = chapters.flatMap((c) => c.sections.map((s) => ({ chapter: c.number, ...s })));
  const keep = 'sections' in scope ? (s: { number: string }) => scope.sections.includes(s.number) : (s: { chapter: number }) => scope.chapters.includes(s.chapter);
  return all.filter(keep).reduce((sum, s) => sum + s.count, 0);
}

/** The number of questions the test will get: what the teacher asked, within 1 … the bank (and at most MAX_QUESTION_COUNT). */
export function effectiveCount(asked: number, available: number): number {
  const wanted = Number.isFinite(asked) ? Math.round(asked) : DEFAULT_QUESTION_COUNT;
  return Math.max(Math.min(wanted, available, MAX_QUESTION_COUNT), available > 0 ? 1 : 0);
}
