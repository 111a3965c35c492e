import { z } from 'astro/zod';
import { chapterNumber, kebabId, sectionNumber, text } from './common';

/** One numbered section of the table of contents. */
export const tocSectionSchema = z.strictObject({
  /** The section number, quoted: '1.9'. */
  number: sectionNumber,
  /** The title exactly as in the table of contents of the course. */
  title: text,
  /** The URL slug. Teachers link to it: never change it once published. */
  slug: kebabId,
  /** `lesson` (default): an MDX lesson in content/lessons; `begrippen`: the chapter's glossary page, built from content/glossary. */
  kind: z.enum(['lesson', 'begrippen']).default('lesson'),
});

/** A chapter: content/chapters/hN.yaml. The table of contents of the chapter is the only place where URL slugs are set. */
export const chapterSchema = z.strictObject({
  /** The chapter number. */
  number: chapterNumber,
  /** The chapter title as in the table of contents. */
  title: text,
  /** The URL slug of the chapter page, `hoofdstuk-N`. Never change it once published. */
  slug: kebabId,
  /** Two to four B1 sentences that say what the chapter is about. */
  intro: text,
  /** What the student can do after the chapter: 2 to 5 items, each starting with "Je kunt". */
  leerdoelen: z.array(text).min(2).max(5),
  /** Every numbered section, in order. */
  sections: z.array(tocSectionSchema).min(1),
});

export type Chapter = z.output<typeof chapterSchema>;
export type TocSection = z.output<typeof tocSectionSchema>;
