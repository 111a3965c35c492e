import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../src/lib/content/words';
import { groupByLetter } from '../../src/lib/content/letters';

describe('countWords', () => {
  it('counts the words a student reads, not markup', () => {
    const mdx = '---\ntitle: x\n---\n## Een kop\n\nDe <Begrip id="account">account</Begrip> koopt **veel**.\n\n| a | b |\n| --- | --- |\n';
    expect(countWords(mdx)).toBe(8);
  });
  it('ignores MDX comments and component tags', () => {
    expect(countWords('{/* niet tellen */}<Voorbeeld titel="Iets anders">Twee woorden</Voorbeeld>')).toBe(2);
  });
});

describe('readingMinutes', () => {
  it('rounds to whole minutes at 150 words a minute, at least one', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(600)).toBe(4);
    expect(readingMinutes(680)).toBe(5);
  });
});

describe('groupByLetter', () => {
  it('sorts the Dutch way, folds accents and puts digits under #', () => {
    const groups = groupByLetter(['Zorg', 'énquête', 'Account', '4P', 'Adviseur', 'ABCD-analyse'], (s) => s);
    expect(groups.map((g) => g.letter)).toEqual(['#', 'A', 'E', 'Z']);
    expect(groups[1]!.items).toEqual(['ABCD-analyse', 'Account', 'Adviseur']);
  });
});
