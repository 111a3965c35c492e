// Which questions a self-test asks, and in what order. Pure and seeded: the same seed and the
// same bank give the same questions in the same order, so a teacher's link shows every student
// the same test, and a test in progress is rebuilt from its seed alone.
//
// The draw spreads the questions fairly: it takes turns over the chapters, and within a chapter
// over its sections (both in a seeded order), one question at a time, until it has enough. A
// chapter test of 15 questions over 13 sections thus asks about every section, two of them
// twice; a proeftoets of 40 asks 10 per chapter. The drawn questions are then shuffled, so the
// test does not run section by section.
import { seededRandom, shuffle } from '../scoring/random';

export interface DrawItem {
  id: string;
  /** The section number, e.g. "2.4". */
  section: string;
  /** The chapter number; when absent it is read from the section number. */
  chapter?: number;
}

export const chapterOf = (item: Pick<DrawItem, 'section' | 'chapter'>) => item.chapter ?? Number(item.section.split('.')[0]);

/** Interleaves lists: the first of each, then the second of each, and so on. */
export function roundRobin<T>(lists: readonly (readonly T[])[]): T[] {
  const out: T[] = [];
  const longest = Math.max(0, ...lists.map((list) => list.length));
  for (let i = 0; i < longest; i++) for (const list of lists) if (i < list.length) out.push(list[i]!);
  return out;
}

/** Groups items by a key, keeping the first-seen order of the keys. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.values()];
}

export interface DrawOptions {
  /** How many questions; fewer when the pool has fewer. */
  n: number;
  seed: string;
  /** Only questions of these sections (all sections when absent). Unknown sections are simply not found. */
  sections?: readonly string[];
}

/** The ids of the drawn questions, in the order the test asks them. No id twice. */
export function drawQuestions(pool: readonly DrawItem[], { n, seed, sections }: DrawOptions): string[] {
  const random = seededRandom(`toets:${seed}`);
  const wanted = sections ? new Set(sections) : undefined;
  const seen = new Set<string>();
  // The pool sorted by id first, so that the draw does not depend on the order the page passed.
  const items = [...pool]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .filter((item) => (!wanted || wanted.has(item.section)) && !seen.has(item.id) && seen.add(item.id));
  const count = Math.max(0, Math.min(Math.floor(n), items.length));
  if (count === 0) return [];
  const byChapter = groupBy(items, (item) => String(chapterOf(item))).sort((a, b) => chapterOf(a[0]!) - chapterOf(b[0]!));
  const chapterTurns = byChapter.map((chapterItems) => {
    const bySection = groupBy(chapterItems, (item) => item.section).sort((a, b) => compareSections(a[0]!.section, b[0]!.section));
    return roundRobin(shuffle(bySection.map((group) => shuffle(group, random)), random));
  });
  const chosen = roundRobin(shuffle(chapterTurns, random)).slice(0, count);
  return shuffle(chosen.map((item) => item.id), random);
}

/** Orders section numbers as a reader does: 2.2 before 2.10. */
export function compareSections(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
