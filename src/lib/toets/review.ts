// What the review after handing in shows per question: the student's answer and the right
// answer, as plain data (texts in the order the student saw or should give them). The widget
// renders them; the Dutch words around them come from the strings file.
import type { Question } from '../../schemas';
import { formatDutchNumber, type QuestionState } from '../scoring/questions';

export type AnswerView =
  /** Chosen options (single, multiple), or the right ones. */
  | { kind: 'options'; texts: string[] }
  | { kind: 'truefalse'; value: boolean }
  | { kind: 'order'; items: string[] }
  /** `right` is null for a pair left open. */
  | { kind: 'pairs'; pairs: { left: string; right: string | null }[] }
  | { kind: 'number'; value: string; unit?: string };

/** The student's answer, or null when they gave none. */
export function givenAnswer(question: Question, state: QuestionState | undefined): AnswerView | null {
  if (!state || state.type !== question.type) return null;
  switch (question.type) {
    case 'single':
    case 'multiple': {
      if (state.type !== 'single' && state.type !== 'multiple') return null;
      const chosen = state.type === 'single' ? (state.selected === null ? [] : [state.selected]) : state.selected;
      // In the order the student saw the options.
      const texts = state.order.filter((i) => chosen.includes(i)).map((i) => question.options[i]!.text);
      return texts.length ? { kind: 'options', texts } : null;
    }
    case 'truefalse':
      return state.type === 'truefalse' && state.selected !== null ? { kind: 'truefalse', value: state.selected } : null;
    case 'order':
      return state.type === 'order' && state.touched ? { kind: 'order', items: state.order.map((i) => question.items[i]!) } : null;
    case 'match': {
      if (state.type !== 'match' || Object.keys(state.chosen).length === 0) return null;
      return { kind: 'pairs', pairs: question.pairs.map((pair, left) => ({ left: pair.left, right: question.pairs[state.chosen[left] ?? -1]?.right ?? null })) };
    }
    case 'number':
      return state.type === 'number' && state.value.trim() ? { kind: 'number', value: state.value.trim(), unit: question.unit } : null;
  }
}

export function rightAnswer(question: Question): AnswerView {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return { kind: 'options', texts: question.options.filter((o) => o.correct).map((o) => o.text) };
    case 'truefalse':
      return { kind: 'truefalse', value: question.answer };
    case 'order':
      return { kind: 'order', items: [...question.items] };
    case 'match':
      return { kind: 'pairs', pairs: question.pairs.map((p) => ({ left: p.left, right: p.right })) };
    case 'number':
      return { kind: 'number', value: formatDutchNumber(question.answer), unit: question.unit };
  }
}

/** The feedback written for wrong options the student chose (it names the misconception). */
export function chosenFeedback(question: Question, state: QuestionState | undefined): string[] {
  if (!state || (question.type !== 'single' && question.type !== 'multiple')) return [];
  if (state.type !== 'single' && state.type !== 'multiple') return [];
  const chosen = state.type === 'single' ? (state.selected === null ? [] : [state.selected]) : state.selected;
  return state.order.filter((i) => chosen.includes(i) && !question.options[i]!.correct && question.options[i]!.feedback).map((i) => question.options[i]!.feedback!);
}
