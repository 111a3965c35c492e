// Every URL of the site is made here, from the slugs in content/chapters. Teachers put these
// URLs in their LMS, so they must never change: tests/unit/urls.test.ts pins them.

export interface ChapterRef {
  number: number;
  slug: string;
}
export interface SectionRef {
  number: string;
  slug: string;
}

export const homePath = () => '/';
export const chapterPath = (chapter: ChapterRef) => `/${chapter.slug}/`;
export const sectionPath = (chapter: ChapterRef, section: SectionRef) => `/${chapter.slug}/${section.slug}/`;
export const glossaryIndexPath = () => '/begrippen/';
export const exercisePath = (id: string) => `/oefenen/${id}/`;

/** The anchor of a term on its chapter's begrippen page. */
export const termAnchor = (termId: string) => termId;

/** The short links of a section: "1.9" and "1-9" (a dot in a URL is easy to say, a hyphen safer to type). */
export const sectionShortLinks = (section: SectionRef) => [section.number, section.number.replace('.', '-')];

/** The short link of a chapter: "h1". */
export const chapterShortLink = (chapter: ChapterRef) => `h${chapter.number}`;

/** Prefixes a root-relative path with the base path the site is published under. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL ?? '/'): string {
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmed}${path}`;
}
