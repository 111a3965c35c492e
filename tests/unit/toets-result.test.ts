import { describe, expect, it } from 'vitest';
import { questionSchema, type Question } from '../../src/schemas';
import { choosePair, moveItem, selectOption, startQuestion, toggleOption, typeNumber, type QuestionState } from '../../src/lib/scoring/questions';
import { formatGrade, gradeFor, isComplete, needsStudy, scoreAnswer, scoreTest, sectionBreakdown } from '../../src/lib/toets/result';
import { chosenFeedback, givenAnswer, rightAnswer } from '../../src/lib/toets/review';

const base = { difficulty: 1, prompt: 'Vraag?', explanation: 'Omdat.' } as const;
const single = questionSchema.parse({ ...base, section: '2.4', id: 's', type: 'single', options: [{ text: 'A', feedback: 'Nee, want.' }, { text: 'B', correct: true }, { text: 'C' }] });
const multiple = questionSchema.parse({ ...base, section: '2.4', id: 'm', type: 'multiple', options: [{ text: 'A', correct: true }, { text: 'B', correct: true }, { text: 'C' }] });
const tf = questionSchema.parse({ ...base, section: '2.10', id: 't', type: 'truefalse', answer: true });
const order = questionSchema.parse({ ...base, section: '2.5', id: 'o', type: 'order', items: ['een', 'twee', 'drie'] });
const match = questionSchema.parse({ ...base, section: '2.5', id: 'x', type: 'match', pairs: [{ left: 'a', right: '1' }, { left: 'b', right: '2' }] });
const number = questionSchema.parse({ ...base, section: '2.11', id: 'n', type: 'number', answer: 18000, unit: 'euro' });
type S<T extends QuestionState['type']> = Extract<QuestionState, { type: T }>;
const start = <T extends QuestionState['type']>(q: Question) => startQuestion(q, 'seed') as S<T>;

describe('gradeFor: 1 + 9 × score ÷ max, one decimal', () => {
  it('gives 10 for all points, 1 for none, 5,5 for half', () => {
    expect(gradeFor(15, 15)).toBe(10);
    expect(gradeFor(0, 15)).toBe(1);
    expect(gradeFor(20, 40)).toBe(5.5);
  });
  it('rounds to one decimal, halves up', () => {
    expect(gradeFor(11, 15)).toBe(7.6); // 7.6
    expect(gradeFor(2, 3)).toBe(7); // 7.0
    expect(gradeFor(1, 6)).toBe(2.5); // 2.5 exactly
    expect(gradeFor(6, 11)).toBe(5.9); // 5.909…
    expect(gradeFor(12.33, 15)).toBe(8.4); // 8.398
  });
  it('is written the Dutch way, always with one decimal', () => {
    expect(formatGrade(7)).toBe('7,0');
    expect(formatGrade(5.5)).toBe('5,5');
  });
  it('stays between 1 and 10 for odd input', () => {
    expect(gradeFor(5, 0)).toBe(1);
    expect(gradeFor(-1, 10)).toBe(1);
    expect(gradeFor(11, 10)).toBe(10);
  });
});

describe('scoreAnswer', () => {
  it('scores with the question engine, partial credit included', () => {
    expect(scoreAnswer(single, selectOption(start<'single'>(single), 1))).toMatchObject({ score: 1, verdict: 'right' });
    expect(scoreAnswer(single, selectOption(start<'single'>(single), 0))).toMatchObject({ score: 0, verdict: 'wrong' });
    expect(scoreAnswer(multiple, toggleOption(start<'multiple'>(multiple), 0))).toMatchObject({ score: 0.5, verdict: 'partly' });
    expect(scoreAnswer(number, typeNumber(start<'number'>(number), '€ 18.000'))).toMatchObject({ score: 1, verdict: 'right' });
  });
  it('gives nothing for a question left open, also an ordering question nobody moved', () => {
    expect(scoreAnswer(single, start(single))).toMatchObject({ score: 0, verdict: 'open' });
    expect(scoreAnswer(order, start(order))).toMatchObject({ score: 0, verdict: 'open' });
    expect(scoreAnswer(tf, undefined)).toMatchObject({ score: 0, verdict: 'open' });
    expect(scoreAnswer(tf, start(single))).toMatchObject({ score: 0, verdict: 'open' });
  });
  it('counts the right pairs of a half-done matching question, but keeps it open in the overview', () => {
    const half = choosePair(start<'match'>(match), 0, 0);
    expect(scoreAnswer(match, half)).toMatchObject({ score: 0.5, verdict: 'partly' });
    expect(isComplete(match, half)).toBe(false);
    expect(isComplete(match, choosePair(half, 1, 1))).toBe(true);
  });
});

describe('scoreTest and sectionBreakdown', () => {
  const answers = {
    s: selectOption(start<'single'>(single), 1),
    m: toggleOption(start<'multiple'>(multiple), 0),
    t: start(tf),
    n: typeNumber(start<'number'>(number), '17000'),
  };
  const result = scoreTest([single, multiple, tf, number], answers);

  it('adds up the points, gives the grade and lists what was not fully right', () => {
    expect(result.score).toBe(1.5);
    expect(result.max).toBe(4);
    expect(result.grade).toBe(gradeFor(1.5, 4));
    expect(result.wrong).toEqual(['m', 't', 'n']);
  });
  it('gives the points per section in section order (2.10 after 2.4)', () => {
    expect(result.sections).toEqual([
      { section: '2.4', score: 1.5, max: 2 },
      { section: '2.10', score: 0, max: 1 },
      { section: '2.11', score: 0, max: 1 },
    ]);
  });
  it('rounds thirds to two decimals', () => {
    expect(sectionBreakdown([{ section: '1.1', score: 1 / 3 }, { section: '1.1', score: 1 / 3 }])).toEqual([{ section: '1.1', score: 0.67, max: 2 }]);
  });
  it('marks a section for study below 55%', () => {
    expect(needsStudy({ score: 1, max: 2 })).toBe(true);
    expect(needsStudy({ score: 2, max: 3 })).toBe(false);
  });
});

describe('review', () => {
  it('shows the given and the right answer of each type', () => {
    const s = selectOption(start<'single'>(single), 0);
    expect(givenAnswer(single, s)).toEqual({ kind: 'options', texts: ['A'] });
    expect(rightAnswer(single)).toEqual({ kind: 'options', texts: ['B'] });
    expect(chosenFeedback(single, s)).toEqual(['Nee, want.']);
    expect(givenAnswer(single, start(single))).toBeNull();
    expect(rightAnswer(multiple)).toEqual({ kind: 'options', texts: ['A', 'B'] });
    expect(rightAnswer(tf)).toEqual({ kind: 'truefalse', value: true });
    const o = moveItem(start<'order'>(order), 0, 2);
    expect(givenAnswer(order, o)).toEqual({ kind: 'order', items: o.order.map((i) => order.type === 'order' ? order.items[i] : '') });
    expect(givenAnswer(order, start(order))).toBeNull();
    expect(givenAnswer(match, choosePair(start<'match'>(match), 1, 0))).toEqual({ kind: 'pairs', pairs: [{ left: 'a', right: null }, { left: 'b', right: '1' }] });
    expect(rightAnswer(number)).toEqual({ kind: 'number', value: '18.000', unit: 'euro' });
    expect(givenAnswer(number, typeNumber(start<'number'>(number), ' 17000 '))).toEqual({ kind: 'number', value: '17000', unit: 'euro' });
  });
});
