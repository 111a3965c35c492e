// Authors get messages that say what is wrong and how to fix it; these tests pin them.
import { describe, expect, it } from 'vitest';
import { exerciseSchema, glossaryFileSchema, lessonSchema, questionSchema } from '../../src/schemas';
import { parseFile } from '../../src/lib/content/parse';
import { formatProblem } from '../../src/lib/content/validate';

const messages = (schema: Parameters<typeof parseFile>[0], data: unknown, file = 'content/x.yaml') => {
  const r = parseFile(schema, data, file);
  return r.ok ? [] : r.problems.map(formatProblem);
};

const lesson = {
  chapter: 1,
  section: '1.9',
  title: 'De ladder van vertrouwen',
  summary: 'Over vertrouwen.',
  leerdoelen: ['Je kunt de treden noemen.', 'Je kunt een klant plaatsen.'],
  begrippen: ['ladder-van-vertrouwen'],
  samenvatting: ['Een.', 'Twee.', 'Drie.'],
};

describe('lesson schema', () => {
  it('accepts a good lesson and fills defaults', () => {
    const r = parseFile(lessonSchema, { ...lesson, begrippen: undefined }, 'l.mdx');
    expect(r.ok && r.data.begrippen).toEqual([]);
  });

  it('explains that a section number must be quoted', () => {
    expect(messages(lessonSchema, { ...lesson, section: 1.1 }, 'content/lessons/h1/10-x.mdx')).toEqual([
      "content/lessons/h1/10-x.mdx › section: section numbers must be quoted strings: write '1.1' (unquoted, 1.10 would be read as 1.1)",
    ]);
  });

  it('names the field of a leerdoel that does not start with "Je kunt"', () => {
    expect(messages(lessonSchema, { ...lesson, leerdoelen: ['Je kunt x.', 'Weten wat y is.'] })).toEqual([
      'content/x.yaml › leerdoelen[1]: a leerdoel starts with "Je kunt …"',
    ]);
  });

  it('rejects unknown fields, so a typo does not silently drop data', () => {
    expect(messages(lessonSchema, { ...lesson, samenvating: [] })[0]).toMatch(/samenvating/);
  });

  it('asks for 3 to 6 samenvatting bullets', () => {
    expect(messages(lessonSchema, { ...lesson, samenvatting: ['Een.'] })).toEqual(['content/x.yaml › samenvatting: write at least 3 bullets']);
  });
});

describe('question schema', () => {
  const base = { id: 'q-1', section: '1.3', difficulty: 1, prompt: 'Wat is een account?', explanation: 'Omdat.' };

  it('rejects a single-choice question without a correct answer', () => {
    const q = { ...base, type: 'single', options: [{ text: 'A' }, { text: 'B' }] };
    expect(messages(questionSchema, q)).toEqual(['content/x.yaml › options: a single-choice question needs exactly one option with `correct: true`']);
  });

  it('rejects a single-choice question with two correct answers', () => {
    const q = { ...base, type: 'single', options: [{ text: 'A', correct: true }, { text: 'B', correct: true }] };
    expect(messages(questionSchema, q)[0]).toMatch(/exactly one option/);
  });

  it('rejects a multiple-response question without a correct answer', () => {
    const q = { ...base, type: 'multiple', options: [{ text: 'A' }, { text: 'B' }] };
    expect(messages(questionSchema, q)[0]).toMatch(/at least one option with `correct: true`/);
  });

  it('asks a true/false question for its answer', () => {
    expect(messages(questionSchema, { ...base, type: 'truefalse' })).toEqual([
      'content/x.yaml › answer: a true/false question needs `answer: true` or `answer: false`',
    ]);
  });

  it('rejects an unknown question type', () => {
    expect(messages(questionSchema, { ...base, type: 'essay' })[0]).toMatch(/type/);
  });

  it('rejects an id that is not kebab-case', () => {
    const q = { ...base, id: 'Vraag 1', type: 'truefalse', answer: true };
    expect(messages(questionSchema, q)[0]).toMatch(/^content\/x\.yaml › id: ids are kebab-case/);
  });

  it('needs at least 3 items to order', () => {
    expect(messages(questionSchema, { ...base, type: 'order', items: ['a', 'b'] })[0]).toMatch(/at least 3 items/);
  });
});

describe('glossary schema', () => {
  it('requires an example for every term', () => {
    const file = { chapter: 1, terms: [{ id: 'account', term: 'Account', definition: 'Een klant.', section: '1.3' }] };
    expect(messages(glossaryFileSchema, file)).toEqual([expect.stringMatching(/^content\/x\.yaml › terms\[0\]\.example: /)]);
  });
});

describe('exercise schema', () => {
  const exercise = {
    title: 'Hunter of farmer?',
    section: '1.8',
    short: '1.8a',
    type: 'categorise',
    instructions: 'Sorteer.',
    categories: [{ id: 'hunter', label: 'Hunter' }, { id: 'farmer', label: 'Farmer' }],
    items: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: id, category: 'hunter', explanation: 'Omdat.' })),
  };

  it('accepts a good exercise with the columns layout by default', () => {
    const r = parseFile(exerciseSchema, exercise, 'e.yaml');
    expect(r.ok && r.data.type === 'categorise' && r.data.layout).toBe('columns');
  });

  it('names an item whose category does not exist', () => {
    const bad = { ...exercise, items: [...exercise.items.slice(1), { id: 'e', text: 'e', category: 'hunterr', explanation: 'x' }] };
    expect(messages(exerciseSchema, bad)).toEqual(['content/x.yaml › items[3].category: unknown category "hunterr"; use one of: hunter, farmer']);
  });

  it('needs four categories for a SWOT board', () => {
    expect(messages(exerciseSchema, { ...exercise, layout: 'swot' })).toEqual(['content/x.yaml › categories: a swot board needs exactly 4 categories']);
  });
});
