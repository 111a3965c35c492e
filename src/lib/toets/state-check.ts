// The question engine's answer states, checked by hand, for the Check jezelf quizzes and the
// self-tests. The zod schema (questionStateSchema) specifies the same, but importing zod/mini
// costs a page about 7 KB of gzip JavaScript; tests/unit/toets-session.test.ts keeps the two in
// agreement.
import type { QuestionState } from '../scoring/questions';

type Obj = Record<string, unknown>;
const isIndex = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;
const isIndices = (x: unknown): x is number[] => Array.isArray(x) && x.every(isIndex);
const isIndexOrNull = (x: unknown) => x === null || isIndex(x);

const CHECKS: Record<QuestionState['type'], (s: Obj) => boolean> = {
  single: (s) => isIndices(s.order) && isIndexOrNull(s.selected),
  multiple: (s) => isIndices(s.order) && isIndices(s.selected),
  truefalse: (s) => s.selected === null || typeof s.selected === 'boolean',
  order: (s) => isIndices(s.order) && typeof s.touched === 'boolean',
  match: (s) =>
    isIndices(s.right) &&
    typeof s.chosen === 'object' && s.chosen !== null && !Array.isArray(s.chosen) &&
    Object.values(s.chosen).every(isIndex),
  number: (s) => typeof s.value === 'string',
};

/** The state, keeping only the fields of its type (as the schema does), or null when it is not valid. */
export function readQuestionState(x: unknown): QuestionState | null {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return null;
  const s = x as Obj;
  const type = s.type as QuestionState['type'];
  if (typeof s.seed !== 'string' || typeof s.checked !== 'boolean' || !Object.prototype.hasOwnProperty.call(CHECKS, type) || !CHECKS[type](s)) return null;
  const keep: Record<QuestionState['type'], string[]> = {
    single: ['order', 'selected'], multiple: ['order', 'selected'], truefalse: ['selected'],
    order: ['order', 'touched'], match: ['right', 'chosen'], number: ['value'],
  };
  return Object.fromEntries(['type', 'seed', ...keep[type], 'checked'].map((k) => [k, s[k]])) as QuestionState;
}
