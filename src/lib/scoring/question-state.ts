// The saved answer of a question, as stored in the browser: its type and the schema that
// specifies it. The browser decodes with the hand-written src/lib/toets/state-check.ts (no
// zod/mini on lesson and test pages); tests/unit/toets-session.test.ts keeps the two in agreement.
// zod/mini: these schemas run in the browser, where full zod would cost ~20 KB gzip.
import * as z from 'zod/mini';

const index = z.int().check(z.nonnegative());
const indices = z.array(index);

export const questionStateSchema = z.discriminatedUnion('type', [
  /** `order`: option indices in display order; `selected`: the chosen option index. */
  z.object({ type: z.literal('single'), seed: z.string(), order: indices, selected: z.nullable(index), checked: z.boolean() }),
  z.object({ type: z.literal('multiple'), seed: z.string(), order: indices, selected: indices, checked: z.boolean() }),
  z.object({ type: z.literal('truefalse'), seed: z.string(), selected: z.nullable(z.boolean()), checked: z.boolean() }),
  /** `order`: item indices as the student has arranged them. `touched`: whether the student moved anything. */
  z.object({ type: z.literal('order'), seed: z.string(), order: indices, touched: z.boolean(), checked: z.boolean() }),
  /** `right`: display order of the right-hand texts; `chosen[left]`: the right index chosen for that left index. */
  z.object({ type: z.literal('match'), seed: z.string(), right: indices, chosen: z.record(z.string(), index), checked: z.boolean() }),
  /** `value`: what the student typed, as typed ("10,7"). */
  z.object({ type: z.literal('number'), seed: z.string(), value: z.string(), checked: z.boolean() }),
]);
export type QuestionState = z.output<typeof questionStateSchema>;

