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

/** content/exercises/<id>.yaml: a sorting or board exercise. The file name is its id and URL. */
export const exerciseSchema = z
  .strictObject({
    /** Title shown above the exercise. */
    title: text,
    /** The section the exercise belongs to, quoted: '2.4'. */
    section: sectionNumber,
    /** The kind of exercise. */
    type: z.literal('categorise'),
    /** `columns` shows one column per category; `swot` a 2×2 board (exactly 4 categories). */
    layout: z.enum(['columns', 'swot']).default('columns'),
    /** One or two B1 sentences that say what to do. */
    instructions: text,
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

export type Exercise = z.output<typeof exerciseSchema>;
