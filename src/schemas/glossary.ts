import { z } from 'astro/zod';
import { chapterNumber, kebabId, sectionNumber, text } from './common';

/** One term of the begrippenlijst. */
export const termSchema = z.strictObject({
  /** Unique over all chapters, kebab-case; the anchor on the glossary page (#id). Never change it once published. */
  id: kebabId,
  /** The term as shown, e.g. "Account" or "DMU". */
  term: text,
  /** One or two B1 sentences in our own words. */
  definition: text,
  /** One sentence with a concrete example, preferably from the case company. */
  example: text,
  /** The section that introduces the term, quoted: '1.3'. Its lesson lists the id in `begrippen`. */
  section: sectionNumber,
  /** Ids of related terms. */
  related: z.array(kebabId).default([]),
  /** Other spellings or forms, for search. */
  aliases: z.array(text).default([]),
});

/** content/glossary/hN.yaml: the terms of one chapter. */
export const glossaryFileSchema = z.strictObject({
  /** The chapter these terms belong to. */
  chapter: chapterNumber,
  /** The terms, in any order: pages sort them. */
  terms: z.array(termSchema).min(1),
});

export type Term = z.output<typeof termSchema> & { chapter: number };
