// A teacher composes a test in the URL: /toets/?secties=2.4,2.5,2.11&n=10&seed=k7x2 (or
// hoofdstukken=1,2); the composer on /docenten/ writes such links (src/lib/teacher/test-link.ts).
// This module reads a link into a test definition, or says what is wrong with it, as codes that
// the page turns into Dutch. The same link always gives the same
// definition, and so (through the seeded draw) the same questions in the same order.

/** Questions in a composed test when the link does not say. */
export const DEFAULT_COMPOSED_SIZE = 15;
/** The most questions a link may ask for. */
export const MAX_COMPOSED_SIZE = 60;

/** What the page knows: the sections that have questions, with their chapter. */
export interface ParamContext {
  sections: readonly { number: string; chapter: number }[];
}

export type ParamProblem =
  /** Neither `secties` nor `hoofdstukken` names anything. */
  | { code: 'noSelection' }
  /** Sections that do not exist or have no questions (`values` as written in the link). */
  | { code: 'unknownSections'; values: string[] }
  | { code: 'unknownChapters'; values: string[] }
  /** `n` is not a whole number from 1 to MAX_COMPOSED_SIZE. */
  | { code: 'badCount'; value: string }
  /** `seed` has characters other than letters, digits, - and _, or is too long. */
  | { code: 'badSeed'; value: string };

export interface ComposedTest {
  /** Section numbers in reading order. */
  sections: string[];
  /** The chapters named in the link (their sections are in `sections`). */
  chapters: number[];
  n: number;
  seed: string;
  /** The key the test in progress is stored under, the same for the same test. */
  key: string;
}

export type ParsedParams =
  /** No test in the link: show the list of tests. */
  | { kind: 'none' }
  | { kind: 'error'; problems: ParamProblem[] }
  /** A test; `warnings` name parts of the link that were left out (e.g. one unknown section among good ones). */
  | { kind: 'test'; test: ComposedTest; warnings: ParamProblem[] };

const KNOWN = ['secties', 'sectie', 'paragrafen', 'hoofdstukken', 'hoofdstuk', 'n', 'seed'] as const;

/** The values of a list parameter: "2.4,2.5" or "2.4 2.5" or repeated parameters. */
function listOf(params: URLSearchParams, ...names: string[]): string[] {
  return names
    .flatMap((name) => params.getAll(name))
    .flatMap((value) => value.split(/[,;\s]+/))
    .map((value) => value.trim())
    .filter(Boolean);
}

/** "2-4" and "2.4" both mean section 2.4, as in the short links. */
const normaliseSection = (value: string) => value.replace(/-/g, '.');
const normaliseChapter = (value: string) => value.replace(/^(h|hoofdstuk-?)/i, '');

/** A short, stable name for a string (FNV-1a, base 36). */
export function hashKey(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** Reads a composed test from location.search (with or without "?"). */
export function parseTestParams(search: string, context: ParamContext): ParsedParams {
  const params = new URLSearchParams(search);
  if (!KNOWN.some((name) => params.has(name))) return { kind: 'none' };

  const problems: ParamProblem[] = [];
  const warnings: ParamProblem[] = [];
  const sectionChapter = new Map(context.sections.map((s) => [s.number, s.chapter]));
  const chapters = new Set(context.sections.map((s) => s.chapter));

  const sectionValues = listOf(params, 'secties', 'sectie', 'paragrafen');
  const chapterValues = listOf(params, 'hoofdstukken', 'hoofdstuk');
  const chosen = new Set<string>();
  const unknownSections = sectionValues.filter((value) => {
    const number = normaliseSection(value);
    if (!sectionChapter.has(number)) return true;
    chosen.add(number);
    return false;
  });
  const chosenChapters: number[] = [];
  const unknownChapters = chapterValues.filter((value) => {
    const number = Number(normaliseChapter(value));
    if (!/^\d+$/.test(normaliseChapter(value)) || !chapters.has(number)) return true;
    if (!chosenChapters.includes(number)) chosenChapters.push(number);
    for (const s of context.sections) if (s.chapter === number) chosen.add(s.number);
    return false;
  });
  // Unknown parts among good ones are left out with a warning; when nothing good is left, the link fails.
  const fail = chosen.size === 0;
  if (unknownSections.length) (fail ? problems : warnings).push({ code: 'unknownSections', values: unknownSections });
  if (unknownChapters.length) (fail ? problems : warnings).push({ code: 'unknownChapters', values: unknownChapters });
  if (fail && !unknownSections.length && !unknownChapters.length) problems.push({ code: 'noSelection' });

  const rawCount = params.get('n');
  let n = DEFAULT_COMPOSED_SIZE;
  if (rawCount !== null) {
    const count = rawCount.trim();
    if (/^\d+$/.test(count) && Number(count) >= 1 && Number(count) <= MAX_COMPOSED_SIZE) n = Number(count);
    else problems.push({ code: 'badCount', value: rawCount });
  }

  const rawSeed = params.get('seed');
  if (rawSeed !== null && !/^[\w-]{1,40}$/.test(rawSeed)) problems.push({ code: 'badSeed', value: rawSeed });

  if (problems.length) return { kind: 'error', problems };

  const order = context.sections.map((s) => s.number);
  const sections = order.filter((number) => chosen.has(number));
  // Without a seed the link itself is the seed: the same link still gives everyone the same test.
  const canonical = `${sections.join(',')}|${n}`;
  const seed = rawSeed ?? `link-${hashKey(canonical)}`;
  return {
    kind: 'test',
    test: { sections, chapters: chosenChapters.sort((a, b) => a - b), n, seed, key: `samengesteld-${hashKey(`${canonical}|${seed}`)}` },
    warnings,
  };
}
