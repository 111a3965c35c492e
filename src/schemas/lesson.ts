import { z } from 'astro/zod';
import { chapterNumber, kebabId, sectionNumber, text } from './common';

const leerdoel = text.regex(/^Je kunt /, 'a leerdoel starts with "Je kunt …"');

/** Frontmatter of a lesson: content/lessons/hN/NN-slug.mdx. */
export const lessonSchema = z.strictObject({
  /** The chapter number. */
  chapter: chapterNumber,
  /** The section this lesson teaches, quoted: '1.9'. It must exist in content/chapters/hN.yaml. */
  section: sectionNumber,
  /** The title, exactly as in the table of contents (content/chapters/hN.yaml). */
  title: text,
  /** One sentence that says what the lesson is about; shown on chapter pages and in search results. */
  summary: text,
  /** 2 to 4 learning goals, each starting with "Je kunt". */
  leerdoelen: z.array(leerdoel).min(2, 'write at least 2 leerdoelen').max(4, 'write at most 4 leerdoelen'),
  /** Ids of the glossary terms that this section introduces (their `section` is this section). */
  begrippen: z.array(kebabId).default([]),
  /** 3 to 6 short bullets, shown as the Samenvatting at the end of the lesson. */
  samenvatting: z.array(text).min(3, 'write at least 3 bullets').max(6, 'write at most 6 bullets'),
});

export type Lesson = z.output<typeof lessonSchema>;
