import { describe, expect, it } from 'vitest';
import { questionSchema, type Question } from '../../src/schemas';
import { questionStateSchema } from '../../src/lib/scoring/question-state';
import {
  checkQuestion, choosePair, chooseTrueFalse, formatDutchNumber, markChecked, moveItem, parseDutchNumber, selectOption,
  solveQuestion, startQuestion, stateFits, toggleOption, typeNumber, type QuestionState,
} from '../../src/lib/scoring/questions';

const base = { section: '1.9', difficulty: 1, prompt: 'Vraag?', explanation: 'Omdat.' } as const;
const single = questionSchema.parse({ ...base, id: 's', type: 'single', options: [{ text: 'A' }, { text: 'B', correct: true }, { text: 'C' }] });
const multiple = questionSchema.parse({ ...base, id: 'm', type: 'multiple', options: [{ text: 'A', correct: true }, { text: 'B', correct: true }, { text: 'C' }, { text: 'D' }] });
const tf = questionSchema.parse({ ...base, id: 't', type: 'truefalse', answer: false });
const order = questionSchema.parse({ ...base, id: 'o', type: 'order', items: ['een', 'twee', 'drie', 'vier', 'vijf'] });
const match = questionSchema.parse({ ...base, id: 'x', type: 'match', pairs: [{ left: 'a', right: '1' }, { left: 'b', right: '2' }, { left: 'c', right: '3' }] });
type S<T extends QuestionState['type']> = Extract<QuestionState, { type: T }>;
const start = <T extends QuestionState['type']>(q: Question, seed = 'x') => startQuestion(q, seed) as S<T>;

describe('shuffling keeps the answers attached', () => {
  it('shows every option once, in a seeded order, and scores by option, not position', () => {
    const a = start<'single'>(single, 'seed-1');
    expect([...a.order].sort()).toEqual([0, 1, 2]);
    expect(start<'single'>(single, 'seed-1').order).toEqual(a.order);
    const correct = checkQuestion(single, selectOption(a, 1));
    expect(correct.score).toBe(1);
    expect(checkQuestion(single, selectOption(a, a.order[0] === 1 ? a.order[1]! : a.order[0]!)).score).toBe(0);
  });

  it('never starts an ordering question in the solved order', () => {
    for (let i = 0; i < 50; i++) expect(start<'order'>(order, `s${i}`).order).not.toEqual([0, 1, 2, 3, 4]);
  });
});

describe('checkQuestion', () => {
  it('single: open until chosen, then 1 or 0', () => {
    const s = start<'single'>(single);
    expect(checkQuestion(single, s)).toMatchObject({ complete: false, score: 0, max: 1 });
    expect(checkQuestion(single, selectOption(s, 0))).toMatchObject({ complete: true, score: 0 });
    expect(checkQuestion(single, selectOption(s, 1)).parts[1]).toMatchObject({ status: 'correct', selected: true });
  });

  it('multiple: partial credit, and a wrong tick cancels a right one, so ticking all pays nothing', () => {
    let s = start<'multiple'>(multiple);
    s = toggleOption(s, 0);
    expect(checkQuestion(multiple, s).score).toBe(0.5);
    expect(checkQuestion(multiple, toggleOption(s, 1)).score).toBe(1);
    const all = [0, 1, 2, 3].reduce((acc, i) => toggleOption(acc, i), start<'multiple'>(multiple));
    expect(checkQuestion(multiple, all).score).toBe(0);
    expect(checkQuestion(multiple, toggleOption(toggleOption(s, 0), 0)).parts.map((p) => p.selected)).toEqual([true, false, false, false]);
  });

  it('true/false', () => {
    const s = start<'truefalse'>(tf);
    expect(checkQuestion(tf, chooseTrueFalse(s, false)).score).toBe(1);
    expect(checkQuestion(tf, chooseTrueFalse(s, true)).score).toBe(0);
  });

  it('order: partial credit per item in its right place; complete only after a move', () => {
    const s = { ...start<'order'>(order), order: [1, 0, 2, 3, 4] };
    expect(checkQuestion(order, s).complete).toBe(false);
    const moved = moveItem(s, 1, 0);
    expect(moved.order).toEqual([0, 1, 2, 3, 4]);
    expect(checkQuestion(order, moved)).toMatchObject({ complete: true, score: 1 });
    expect(checkQuestion(order, moveItem(moved, 4, 3)).score).toBeCloseTo(3 / 5);
    expect(moveItem(moved, 0, -1)).toBe(moved);
  });

  it('match: partial credit per pair; open pairs make it incomplete', () => {
    let s = start<'match'>(match);
    s = choosePair(s, 0, 0);
    s = choosePair(s, 1, 2);
    expect(checkQuestion(match, s)).toMatchObject({ complete: false });
    s = choosePair(s, 2, 1);
    expect(checkQuestion(match, s).score).toBeCloseTo(1 / 3);
    expect(checkQuestion(match, choosePair(s, 2, null)).parts[2]!.status).toBe('open');
  });

  it('an answer change clears the check; solve shows full marks', () => {
    for (const q of [single, multiple, tf, order, match]) {
      const solved = solveQuestion(q, markChecked(startQuestion(q, 'z')));
      expect(checkQuestion(q, solved).score).toBe(1);
      expect(solved.checked).toBe(true);
    }
    expect(selectOption(markChecked(start<'single'>(single)), 0).checked).toBe(false);
  });
});

describe('saved state', () => {
  it('round-trips through JSON and the schema', () => {
    const s = choosePair(start<'match'>(match), 1, 2);
    const parsed = questionStateSchema.safeParse(JSON.parse(JSON.stringify(s)));
    expect(parsed.success && parsed.data).toEqual(s);
  });

  it('rejects state that is not of a known shape', () => {
    expect(questionStateSchema.safeParse({ type: 'single', seed: 'x', order: [0, 1], selected: 'B', checked: false }).success).toBe(false);
    expect(questionStateSchema.safeParse({ type: 'essay' }).success).toBe(false);
    expect(questionStateSchema.safeParse(null).success).toBe(false);
  });

  it('no longer fits after the content gained an option or changed type', () => {
    const s = start<'single'>(single);
    expect(stateFits(single, s)).toBe(true);
    const grown = questionSchema.parse({ ...single, options: [...(single.type === 'single' ? single.options : []), { text: 'D' }] });
    expect(stateFits(grown, s)).toBe(false);
    expect(stateFits(tf, s)).toBe(false);
  });
});

describe('number questions', () => {
  const num = questionSchema.parse({ ...base, id: 'n', type: 'number', answer: 10.7, tolerance: 0.1, unit: '%' });
  const typed = (value: string) => checkQuestion(num, typeNumber(start<'number'>(num), value));

  it('reads numbers the way Dutch students type them', () => {
    expect(parseDutchNumber('10,7')).toBe(10.7);
    expect(parseDutchNumber(' 10.7 % ')).toBe(10.7);
    expect(parseDutchNumber('€ 18.000')).toBe(18000);
    expect(parseDutchNumber('18.000,50')).toBe(18000.5);
    expect(parseDutchNumber('1.234.567')).toBe(1234567);
    expect(parseDutchNumber('−3,5')).toBe(-3.5);
    expect(parseDutchNumber('tien')).toBeUndefined();
    expect(parseDutchNumber('')).toBeUndefined();
    expect(parseDutchNumber('1,2,3')).toBeUndefined();
  });

  it('accepts answers within the tolerance only, and is open until a number is typed', () => {
    expect(typed('10,7').score).toBe(1);
    expect(typed('10,6').score).toBe(1);
    expect(typed('10,8').score).toBe(1);
    expect(typed('10,9').score).toBe(0);
    expect(typed('abc')).toMatchObject({ complete: false, score: 0 });
    expect(checkQuestion(num, solveQuestion(num, start<'number'>(num))).score).toBe(1);
    expect(formatDutchNumber(186000)).toBe('186.000');
  });
});
