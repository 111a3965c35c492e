import { z } from 'astro/zod';
import { sectionNumber, text } from './common';

/** One part of a workbook step: a heading, what to do, and the lessons it builds on. */
const partSchema = z.strictObject({
  /** The part id of src/lib/werkboek/model.ts STEPS (for example "destep"); never rename a published one. */
  id: z.string().regex(/^[a-z-]+$/, 'a part id is lower-case, such as "destep" or "account-swot"'),
  /** Heading of the part, a few words ("DESTEP: trends om het bedrijf heen"). */
  title: text,
  /** What the student does here: one or two short B1 sentences, addressed as "je". */
  instruction: text,
  /** A tip that helps with the part (optional, one or two sentences). */
  tip: text.optional(),
  /** Lessons to reread for this part, as section numbers ('2.4'). */
  lessons: z.array(sectionNumber).default([]),
  /** One sentence that points at what is good in the case example of this part (optional). */
  exampleNote: text.optional(),
});

/** content/werkboek/stappen.yaml: the six steps of the werkboek, in order. */
export const werkboekStepsSchema = z.strictObject({
  steps: z
    .array(
      z.strictObject({
        /** 1 to 6, in order. */
        step: z.number().int().min(1).max(6),
        /** Short title ("Bedrijf en account"). */
        title: text,
        /** What this step is for and what the student makes in it: one or two B1 sentences. */
        intro: text,
        parts: z.array(partSchema).min(1),
      }),
    )
    .length(6, 'the werkboek has exactly six steps'),
});
export type WerkboekSteps = z.output<typeof werkboekStepsSchema>;
export type WerkboekStepContent = WerkboekSteps['steps'][number];
export type WerkboekPartContent = WerkboekStepContent['parts'][number];
