import { describe, expect, it } from 'vitest';
import { chapterPath, chapterShortLink, exercisePath, sectionPath, sectionShortLinks, withBase } from '../../src/lib/urls';

const chapter = { number: 1, slug: 'hoofdstuk-1' };
const section = { number: '1.10', slug: 'een-willekeurige-werkweek' };

describe('URL helpers', () => {
  it('builds chapter and section paths from slugs, with a trailing slash', () => {
    expect(chapterPath(chapter)).toBe('/hoofdstuk-1/');
    expect(sectionPath(chapter, section)).toBe('/hoofdstuk-1/een-willekeurige-werkweek/');
    expect(exercisePath('hunter-of-farmer')).toBe('/oefenen/hunter-of-farmer/');
  });

  it('gives every section a dotted and a hyphenated short link, and a chapter an h-link', () => {
    expect(sectionShortLinks(section)).toEqual(['1.10', '1-10']);
    expect(chapterShortLink(chapter)).toBe('h1');
  });

  it('prefixes the base path once, with or without its trailing slash', () => {
    expect(withBase('/1.9/', '/')).toBe('/1.9/');
    expect(withBase('/1.9/', '/am/')).toBe('/am/1.9/');
    expect(withBase('/1.9/', '/am')).toBe('/am/1.9/');
  });
});
