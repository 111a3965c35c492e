import { describe, expect, it } from 'vitest';
import { DEFAULT_COMPOSED_SIZE, hashKey, parseTestParams, type ParsedParams } from '../../src/lib/toets/params';

const context = {
  sections: [
    { number: '1.1', chapter: 1 }, { number: '1.2', chapter: 1 },
    { number: '2.4', chapter: 2 }, { number: '2.5', chapter: 2 }, { number: '2.10', chapter: 2 }, { number: '2.11', chapter: 2 },
  ],
};
const parse = (search: string) => parseTestParams(search, context);
const testOf = (parsed: ParsedParams) => {
  if (parsed.kind !== 'test') throw new Error(`expected a test, got ${JSON.stringify(parsed)}`);
  return parsed.test;
};

describe('parseTestParams', () => {
  it('reads the link of the example', () => {
    const parsed = parse('?secties=2.4,2.5,2.11&n=10&seed=k7x2');
    expect(parsed).toMatchObject({ kind: 'test', warnings: [], test: { sections: ['2.4', '2.5', '2.11'], chapters: [], n: 10, seed: 'k7x2' } });
  });

  it('gives the same test (and storage key) for the same link, whatever the order of the sections', () => {
    const a = testOf(parse('?secties=2.4,2.5,2.11&n=10&seed=k7x2'));
    const b = testOf(parse('secties=2.11,2.5,2.4,2.4&seed=k7x2&n=10'));
    expect(b).toEqual(a);
    expect(testOf(parse('?secties=2.4&n=10&seed=other')).key).not.toBe(a.key);
  });

  it('accepts whole chapters, hyphens as in short links, spaces and repeated parameters', () => {
    expect(testOf(parse('?hoofdstukken=1'))).toMatchObject({ sections: ['1.1', '1.2'], chapters: [1], n: DEFAULT_COMPOSED_SIZE });
    expect(testOf(parse('?hoofdstukken=2,1&secties=1.1'))).toMatchObject({ sections: ['1.1', '1.2', '2.4', '2.5', '2.10', '2.11'], chapters: [1, 2] });
    expect(testOf(parse('?secties=2-4%202-10'))).toMatchObject({ sections: ['2.4', '2.10'] });
    expect(testOf(parse('?secties=2.4&secties=2.5'))).toMatchObject({ sections: ['2.4', '2.5'] });
  });

  it('without a seed, makes one from the link, so everyone still gets the same test', () => {
    const a = testOf(parse('?secties=2.4,2.5'));
    expect(a.seed).toMatch(/^link-/);
    expect(testOf(parse('?secties=2.5,2.4')).seed).toBe(a.seed);
    expect(testOf(parse('?secties=2.5,2.4&n=3')).seed).not.toBe(a.seed);
  });

  it('has no test without any of its parameters', () => {
    expect(parse('')).toEqual({ kind: 'none' });
    expect(parse('?utm_source=lms')).toEqual({ kind: 'none' });
  });

  it('says what is wrong with a broken link', () => {
    expect(parse('?secties=')).toEqual({ kind: 'error', problems: [{ code: 'noSelection' }] });
    expect(parse('?n=10')).toEqual({ kind: 'error', problems: [{ code: 'noSelection' }] });
    expect(parse('?secties=9.9,2.12')).toEqual({ kind: 'error', problems: [{ code: 'unknownSections', values: ['9.9', '2.12'] }] });
    expect(parse('?hoofdstukken=7,x')).toEqual({ kind: 'error', problems: [{ code: 'unknownChapters', values: ['7', 'x'] }] });
    expect(parse('?secties=2.4&n=abc')).toEqual({ kind: 'error', problems: [{ code: 'badCount', value: 'abc' }] });
    expect(parse('?secties=2.4&n=0')).toMatchObject({ kind: 'error', problems: [{ code: 'badCount' }] });
    expect(parse('?secties=2.4&n=61')).toMatchObject({ kind: 'error', problems: [{ code: 'badCount' }] });
    expect(parse('?secties=2.4&n=2.5')).toMatchObject({ kind: 'error', problems: [{ code: 'badCount' }] });
    expect(parse('?secties=2.4&seed=<script>')).toEqual({ kind: 'error', problems: [{ code: 'badSeed', value: '<script>' }] });
    expect(parse('?secties=x&n=y')).toMatchObject({ kind: 'error', problems: [{ code: 'unknownSections' }, { code: 'badCount' }] });
  });

  it('leaves out unknown sections among good ones, with a warning', () => {
    expect(parse('?secties=2.4,2.40&hoofdstukken=9')).toMatchObject({
      kind: 'test',
      test: { sections: ['2.4'] },
      warnings: [{ code: 'unknownSections', values: ['2.40'] }, { code: 'unknownChapters', values: ['9'] }],
    });
  });
});

describe('hashKey', () => {
  it('is short, stable and differs for different text', () => {
    expect(hashKey('abc')).toBe(hashKey('abc'));
    expect(hashKey('abc')).not.toBe(hashKey('abd'));
    expect(hashKey('x'.repeat(500))).toMatch(/^[0-9a-z]{1,7}$/);
  });
});
