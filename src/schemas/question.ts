import { z } from 'astro/zod';
import { chapterNumber, kebabId, sectionNumber, text } from './common';

const base = {
  /** Unique over all chapters, kebab-case, e.g. "h1-9-volgorde-treden". Progress is stored by it: never change it once published. */
  id: kebabId,
  /** The section the question tests, quoted: '1.9'. */
  section: sectionNumber,
  /** 1 basis, 2 gemiddeld, 3 pittig. */
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  /** The question or statement, in B1 Dutch. */
  prompt: text,
  /** Why the right answer is right: shown after answering, whatever the answer was. */
  explanation: text,
};

/** An answer option of a choice question. */
export const optionSchema = z.strictObject({
  /** The option text. */
  text,
  /** True for a right option; leave it out for a wrong one. */
  correct: z.boolean().default(false),
  /** Optional: why this option is (not) right, naming the misconception. */
  feedback: text.optional(),
});

const choiceOptions = z.array(optionSchema).min(2, 'a choice question needs at least 2 options').max(6);

export const singleQuestionSchema = z.strictObject({
  ...base,
  /** One correct option. */
  type: z.literal('single'),
  options: choiceOptions.refine((options) => options.filter((o) => o.correct).length === 1, {
    message: 'a single-choice question needs exactly one option with `correct: true`',
  }),
});

export const multipleQuestionSchema = z.strictObject({
  ...base,
  /** One or more correct options; the student ticks all that apply. */
  type: z.literal('multiple'),
  options: choiceOptions.refine((options) => options.some((o) => o.correct), {
    message: 'a multiple-response question needs at least one option with `correct: true`',
  }),
});

export const trueFalseQuestionSchema = z.strictObject({
  ...base,
  /** A statement that is true or false. */
  type: z.literal('truefalse'),
  /** Whether the statement in `prompt` is true. */
  answer: z.boolean({ error: 'a true/false question needs `answer: true` or `answer: false`' }),
});

export const orderQuestionSchema = z.strictObject({
  ...base,
  /** Put items in order. */
  type: z.literal('order'),
  /** The items in the CORRECT order; the quiz shuffles them. */
  items: z.array(text).min(3, 'an ordering question needs at least 3 items').max(8),
});

export const matchQuestionSchema = z.strictObject({
  ...base,
  /** Match each left text to a right text. */
  type: z.literal('match'),
  /** The correct pairs; the quiz shuffles the right-hand side. */
  pairs: z.array(z.strictObject({ left: text, right: text })).min(2, 'a matching question needs at least 2 pairs').max(8),
});

export const numberQuestionSchema = z.strictObject({
  ...base,
  /** A calculation: the student types a number. */
  type: z.literal('number'),
  /** The right answer. */
  answer: z.number(),
  /** How far an answer may be off and still count, e.g. 0.1 for rounding to one decimal. */
  tolerance: z.number().nonnegative().default(0),
  /** Optional unit shown after the input, e.g. "%" or "euro". */
  unit: text.optional(),
});

export const questionSchema = z.discriminatedUnion('type', [
  singleQuestionSchema,
  multipleQuestionSchema,
  trueFalseQuestionSchema,
  orderQuestionSchema,
  matchQuestionSchema,
  numberQuestionSchema,
]);

/** content/questions/hN.yaml: the question bank of one chapter. */
export const questionFileSchema = z.strictObject({
  /** The chapter these questions belong to. */
  chapter: chapterNumber,
  /** The questions. */
  questions: z.array(questionSchema).min(1),
});

export type Question = z.output<typeof questionSchema>;
export type QuestionType = Question['type'];
