// The five question types of the bank, each as pure functions: start (with a seeded shuffle that
// keeps answers attached), answer, check. Every question is worth 1 point; partial credit where
// a question has parts (multiple response, ordering, matching).
import type { Question } from '../../schemas';
import type { CheckResult, PartResult } from './types';
import { seededRandom, shuffle, shuffleAway } from './random';
import type { QuestionState } from './question-state';

export type { QuestionState };
type StateOf<T extends Question['type']> = Extract<QuestionState, { type: T }>;

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

export function startQuestion(question: Question, seed: string): QuestionState {
  const random = seededRandom(`${seed}:${question.id}`);
  switch (question.type) {
    case 'single':
      return { type: 'single', seed, order: shuffle(range(question.options.length), random), selected: null, checked: false };
    case 'multiple':
      return { type: 'multiple', seed, order: shuffle(range(question.options.length), random), selected: [], checked: false };
    case 'truefalse':
      return { type: 'truefalse', seed, selected: null, checked: false };
    case 'order':
      return { type: 'order', seed, order: shuffleAway(range(question.items.length), random), touched: false, checked: false };
    case 'match':
      return { type: 'match', seed, right: shuffle(range(question.pairs.length), random), chosen: {}, checked: false };
    case 'number':
      return { type: 'number', seed, value: '', checked: false };
  }
}

/**
 * Reads a number the way Dutch students type it: "10,7", "10.7", "€ 18.000", "18.000,50", "-3".
 * A dot followed by groups of three digits is a thousands separator. Returns undefined when it is no number.
 */
export function parseDutchNumber(input: string): number | undefined {
  let s = input.replace(/[\s€%]/g, '').replace(/^euro|euro$/i, '').replace(/[−–]/g, '-');
  if (s === '') return undefined;
  if (s.includes(',') && s.includes('.')) s = s.replace(/\./g, '').replace(',', '.');
  else if (s.includes(',')) s = s.replace(',', '.');
  else if (/^-?\d{1,3}(\.\d{3})+$/.test(s)) s = s.replace(/\./g, '');
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

/** A number written the Dutch way: 10,7 and 18.000. */
export const formatDutchNumber = (n: number) => new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 4 }).format(n);

/** Whether saved state still fits the question (same type and number of options/items/pairs). */
export function stateFits(question: Question, state: QuestionState): boolean {
  if (state.type !== question.type) return false;
  const n =
    question.type === 'single' || question.type === 'multiple' ? question.options.length
    : question.type === 'order' ? question.items.length
    : question.type === 'match' ? question.pairs.length
    : 0;
  if (question.type === 'number') return true;
  const sameSet = (xs: number[]) => xs.length === n && range(n).every((i) => xs.includes(i));
  if (state.type === 'single' || state.type === 'multiple' || state.type === 'order') return sameSet(state.order);
  if (state.type === 'match') return sameSet(state.right);
  return true;
}

// Answering: small pure updates that also clear a previous check.
export const selectOption = (s: StateOf<'single'>, option: number): StateOf<'single'> => ({ ...s, selected: option, checked: false });
export const toggleOption = (s: StateOf<'multiple'>, option: number): StateOf<'multiple'> => ({
  ...s,
  selected: s.selected.includes(option) ? s.selected.filter((o) => o !== option) : [...s.selected, option].sort((a, b) => a - b),
  checked: false,
});
export const chooseTrueFalse = (s: StateOf<'truefalse'>, value: boolean): StateOf<'truefalse'> => ({ ...s, selected: value, checked: false });
/** Moves the item at position `from` to position `to`. */
export function moveItem(s: StateOf<'order'>, from: number, to: number): StateOf<'order'> {
  if (to < 0 || to >= s.order.length || from === to) return s;
  const order = [...s.order];
  const [item] = order.splice(from, 1);
  order.splice(to, 0, item!);
  return { ...s, order, touched: true, checked: false };
}
export const choosePair = (s: StateOf<'match'>, left: number, right: number | null): StateOf<'match'> => {
  const chosen = { ...s.chosen };
  if (right === null) delete chosen[left];
  else chosen[left] = right;
  return { ...s, chosen, checked: false };
};
export const typeNumber = (s: StateOf<'number'>, value: string): StateOf<'number'> => ({ ...s, value, checked: false });
export const markChecked = <S extends QuestionState>(s: S): S => ({ ...s, checked: true });

export interface QuestionPart extends PartResult {
  /** For choice questions: whether this option was chosen, and whether it should have been. */
  selected?: boolean;
  shouldSelect?: boolean;
}

/** Checks an answer. Score 0–1; `complete` is false while nothing (or not everything) is answered. */
export function checkQuestion(question: Question, state: QuestionState): CheckResult<QuestionPart> {
  if (state.type !== question.type) throw new Error(`state of type ${state.type} does not fit question ${question.id} (${question.type})`);
  switch (question.type) {
    case 'single': {
      const s = state as StateOf<'single'>;
      const parts = question.options.map((o, i): QuestionPart => ({
        id: String(i),
        selected: s.selected === i,
        shouldSelect: o.correct,
        status: s.selected === i ? (o.correct ? 'correct' : 'wrong') : 'open',
      }));
      const right = s.selected !== null && question.options[s.selected]?.correct === true;
      return { parts, score: right ? 1 : 0, max: 1, complete: s.selected !== null };
    }
    case 'multiple': {
      const s = state as StateOf<'multiple'>;
      const parts = question.options.map((o, i): QuestionPart => {
        const selected = s.selected.includes(i);
        return { id: String(i), selected, shouldSelect: o.correct, status: selected === o.correct ? 'correct' : 'wrong' };
      });
      const correctCount = question.options.filter((o) => o.correct).length;
      const hits = question.options.filter((o, i) => o.correct && s.selected.includes(i)).length;
      const misses = question.options.filter((o, i) => !o.correct && s.selected.includes(i)).length;
      // Ticking everything must not pay: each wrong tick cancels a right one.
      const score = Math.max(0, (hits - misses) / correctCount);
      return { parts, score, max: 1, complete: s.selected.length > 0 };
    }
    case 'truefalse': {
      const s = state as StateOf<'truefalse'>;
      const status = s.selected === null ? 'open' : s.selected === question.answer ? 'correct' : 'wrong';
      return { parts: [{ id: 'answer', status }], score: status === 'correct' ? 1 : 0, max: 1, complete: s.selected !== null };
    }
    case 'order': {
      const s = state as StateOf<'order'>;
      const parts = s.order.map((item, position): QuestionPart => ({ id: String(position), status: item === position ? 'correct' : 'wrong' }));
      const right = parts.filter((p) => p.status === 'correct').length;
      return { parts, score: right / question.items.length, max: 1, complete: s.touched };
    }
    case 'match': {
      const s = state as StateOf<'match'>;
      const parts = question.pairs.map((_, left): QuestionPart => {
        const chosen = s.chosen[left];
        return { id: String(left), status: chosen === undefined ? 'open' : chosen === left ? 'correct' : 'wrong' };
      });
      const right = parts.filter((p) => p.status === 'correct').length;
      return { parts, score: right / question.pairs.length, max: 1, complete: parts.every((p) => p.status !== 'open') };
    }
    case 'number': {
      const s = state as StateOf<'number'>;
      const value = parseDutchNumber(s.value);
      // A small epsilon so that 10.7 within 0.1 of 10.6 counts despite floating point.
      const right = value !== undefined && Math.abs(value - question.answer) <= question.tolerance + 1e-9;
      const status = value === undefined ? 'open' : right ? 'correct' : 'wrong';
      return { parts: [{ id: 'value', status }], score: right ? 1 : 0, max: 1, complete: value !== undefined };
    }
  }
}

/** The state that shows the right answer. */
export function solveQuestion(question: Question, state: QuestionState): QuestionState {
  switch (state.type) {
    case 'single':
      return { ...state, selected: question.type === 'single' ? question.options.findIndex((o) => o.correct) : null, checked: true };
    case 'multiple':
      return { ...state, selected: question.type === 'multiple' ? question.options.flatMap((o, i) => (o.correct ? [i] : [])) : [], checked: true };
    case 'truefalse':
      return { ...state, selected: question.type === 'truefalse' ? question.answer : null, checked: true };
    case 'order':
      return { ...state, order: range(state.order.length), touched: true, checked: true };
    case 'match':
      return { ...state, chosen: Object.fromEntries(state.right.map((_, i) => [String(i), i])), checked: true };
    case 'number':
      return { ...state, value: question.type === 'number' ? formatDutchNumber(question.answer) : state.value, checked: true };
  }
}
