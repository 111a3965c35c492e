import { z } from 'astro/zod';
import { kebabId, sectionNumber, text } from './common';

/** A zone an item can be placed in. */
export const categorySchema = z.strictObject({
  /** Kebab-case id, unique within the exercise. */
  id: kebabId,
  /** Short label shown on the zone. */
  label: text,
  /** Optional: one B1 sentence that explains the zone. */
  description: text.optional(),
  /** Optional: two or three words that set the zone apart, used in feedback: "intern, positief". */
  hint: text.optional(),
});

/** A card the student places in a category. */
export const categoriseItemSchema = z.strictObject({
  /** Kebab-case id, unique within the exercise; saved progress is keyed by it. */
  id: kebabId,
  /** The statement on the card. */
  text,
  /** Id of the right category. */
  category: kebabId,
  /** Why it belongs there, naming the misconception a wrong choice shows. */
  explanation: text,
});

const base = {
  /** Title shown above the exercise. */
  title: text,
  /** The section the exercise belongs to, quoted: '2.4'. Its lesson embeds the exercise. */
  section: sectionNumber,
  /** One or two B1 sentences that say what to do. */
  instructions: text,
  /** The short link: the section number plus a letter, '1.9a' gives /1.9a/ and /1-9a/. Never change it once published. */
  short: z.string().regex(/^[1-9]\d?\.[1-9]\d?[a-z]$/, 'a short link is the section number plus a letter, such as "1.9a"'),
};

/** Cards sorted into zones: columns (DESTEP, ABCD, hunter/farmer) or a 2×2 SWOT board. */
export const categoriseExerciseSchema = z
  .strictObject({
    ...base,
    type: z.literal('categorise'),
    /** `columns` shows one column per category; `swot` a 2×2 board (exactly 4 categories: S, W, O, T in that order). */
    layout: z.enum(['columns', 'swot']).default('columns'),
    /** The zones. */
    categories: z.array(categorySchema).min(2).max(8),
    /** The cards. */
    items: z.array(categoriseItemSchema).min(4),
  })
  .superRefine((exercise, ctx) => {
    const categoryIds = new Set(exercise.categories.map((c) => c.id));
    exercise.items.forEach((item, i) => {
      if (!categoryIds.has(item.category)) {
        ctx.addIssue({
          code: 'custom',
          path: ['items', i, 'category'],
          message: `unknown category "${item.category}"; use one of: ${[...categoryIds].join(', ')}`,
        });
      }
    });
    if (exercise.layout === 'swot' && exercise.categories.length !== 4) {
      ctx.addIssue({ code: 'custom', path: ['categories'], message: 'a swot board needs exactly 4 categories' });
    }
  });

/** A quiz made of questions from the bank (content/questions), in this order. */
export const quizExerciseSchema = z.strictObject({
  ...base,
  type: z.literal('quiz'),
  /** Ids of questions in content/questions. */
  questions: z.array(kebabId).min(1),
});

/** content/exercises/<id>.yaml: an exercise with its own page. The file name is its id and URL. */
export const exerciseSchema = z.discriminatedUnion('type', [categoriseExerciseSchema, quizExerciseSchema]);

export type Exercise = z.output<typeof exerciseSchema>;
export type CategoriseExercise = z.output<typeof categoriseExerciseSchema>;
export type QuizExercise = z.output<typeof quizExerciseSchema>;
