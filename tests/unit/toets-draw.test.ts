import { describe, expect, it } from 'vitest';
import { chapterOf, compareSections, drawQuestions, roundRobin, type DrawItem } from '../../src/lib/toets/draw';
import { loadContent } from '../helpers/load-content';

const bank: DrawItem[] = loadContent().input.questions.flatMap((f) => f.data.questions.map((q) => ({ id: q.id, section: q.section })));
const chapter = (n: number) => bank.filter((q) => chapterOf(q) === n);
const sectionOf = new Map(bank.map((q) => [q.id, q.section]));
const countBy = <T>(xs: T[]) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<T, number>());

describe('roundRobin', () => {
  it('takes one of each list in turn', () => {
    expect(roundRobin([[1, 2, 3], [4], [5, 6]])).toEqual([1, 4, 5, 2, 6, 3]);
    expect(roundRobin([])).toEqual([]);
  });
});

describe('compareSections', () => {
  it('sorts 2.2 before 2.10', () => {
    expect(['2.10', '2.2', '1.13', '2.1'].sort(compareSections)).toEqual(['1.13', '2.1', '2.2', '2.10']);
  });
});

describe('drawQuestions', () => {
  it('is deterministic for a seed, and differs between seeds', () => {
    const a = drawQuestions(chapter(2), { n: 15, seed: 'k7x2' });
    expect(drawQuestions(chapter(2), { n: 15, seed: 'k7x2' })).toEqual(a);
    expect(drawQuestions([...chapter(2)].reverse(), { n: 15, seed: 'k7x2' })).toEqual(a);
    expect(drawQuestions(chapter(2), { n: 15, seed: 'other' })).not.toEqual(a);
  });

  it('never asks a question twice, even when the pool lists it twice', () => {
    for (const seed of ['a', 'b', 'c']) {
      const ids = drawQuestions([...bank, ...bank.slice(0, 30)], { n: 200, seed });
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('spreads a chapter test over the sections of the chapter', () => {
    for (const n of [1, 2, 3, 4]) {
      const pool = chapter(n);
      const sections = new Set(pool.map((q) => q.section));
      for (const seed of ['s1', 's2', 's3']) {
        const ids = drawQuestions(pool, { n: 15, seed });
        expect(ids).toHaveLength(15);
        const perSection = countBy(ids.map((id) => sectionOf.get(id)!));
        // Every section is asked before any is asked twice (or thrice).
        const most = Math.max(...perSection.values());
        const least = sections.size > 15 ? 0 : Math.min(...[...sections].map((s) => perSection.get(s) ?? 0));
        expect(most - least).toBeLessThanOrEqual(1);
        if (sections.size <= 15) expect(perSection.size).toBe(sections.size);
      }
    }
  });

  it('spreads a proeftoets of 40 evenly over the four chapters, and over their sections', () => {
    const ids = drawQuestions(bank, { n: 40, seed: 'proef' });
    expect(ids).toHaveLength(40);
    const perChapter = countBy(ids.map((id) => chapterOf({ section: sectionOf.get(id)! })));
    expect([...perChapter.values()]).toEqual([10, 10, 10, 10]);
    // Within a chapter no section is asked twice before every section was asked once.
    for (const n of [1, 2, 3, 4]) {
      const sections = [...new Set(chapter(n).map((q) => q.section))];
      const perSection = countBy(ids.filter((id) => chapterOf({ section: sectionOf.get(id)! }) === n).map((id) => sectionOf.get(id)!));
      const counts = sections.map((s) => perSection.get(s) ?? 0);
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    }
  });

  it('shuffles the drawn questions: the test does not run section by section', () => {
    const ids = drawQuestions(chapter(1), { n: 13, seed: 'order' });
    const sections = ids.map((id) => sectionOf.get(id)!);
    expect(sections).not.toEqual([...sections].sort(compareSections));
  });

  it('gives the whole pool when asked for more than it has', () => {
    const pool = bank.filter((q) => q.section === '2.4' || q.section === '2.5');
    const ids = drawQuestions(pool, { n: 100, seed: 'x' });
    expect([...ids].sort()).toEqual(pool.map((q) => q.id).sort());
  });

  it('draws only from the sections asked for; unknown sections find nothing', () => {
    const ids = drawQuestions(bank, { n: 10, seed: 'x', sections: ['2.4', '2.5', '9.9'] });
    expect(ids).toHaveLength(9);
    expect(new Set(ids.map((id) => sectionOf.get(id)))).toEqual(new Set(['2.4', '2.5']));
    expect(drawQuestions(bank, { n: 10, seed: 'x', sections: ['9.9'] })).toEqual([]);
    expect(drawQuestions([], { n: 10, seed: 'x' })).toEqual([]);
    expect(drawQuestions(bank, { n: 0, seed: 'x' })).toEqual([]);
  });
});
