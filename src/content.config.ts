import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { caseSchema, chapterSchema, exerciseSchema, glossaryFileSchema, lessonSchema, questionFileSchema, werkboekStepsSchema } from './schemas';
import { z } from 'astro/zod';

// Files and folders whose name starts with "_" are drafts and are not published.
const published = (pattern: string) => [pattern, '!**/_*', '!**/_*/**'];

export const collections = {
  chapters: defineCollection({ loader: glob({ pattern: published('*.yaml'), base: './content/chapters' }), schema: chapterSchema }),
  lessons: defineCollection({ loader: glob({ pattern: published('**/*.mdx'), base: './content/lessons' }), schema: lessonSchema }),
  glossary: defineCollection({ loader: glob({ pattern: published('*.yaml'), base: './content/glossary' }), schema: glossaryFileSchema }),
  questions: defineCollection({ loader: glob({ pattern: published('*.yaml'), base: './content/questions' }), schema: questionFileSchema }),
  exercises: defineCollection({ loader: glob({ pattern: published('*.yaml'), base: './content/exercises' }), schema: exerciseSchema }),
  case: defineCollection({ loader: glob({ pattern: published('*.yaml'), base: './content/case' }), schema: caseSchema }),
  /** The six werkboek steps: instructions per part. */
  werkboekSteps: defineCollection({ loader: glob({ pattern: published('stappen.yaml'), base: './content/werkboek' }), schema: werkboekStepsSchema }),
  /** Example workbooks (the case company); checked against the workbook model in src/data/werkboek.ts. */
  werkboekExamples: defineCollection({
    loader: glob({ pattern: published('voorbeeld*.yaml'), base: './content/werkboek' }),
    schema: z.record(z.string(), z.unknown()),
  }),
};
