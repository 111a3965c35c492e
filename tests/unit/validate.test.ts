// The cross-reference checks: fed a small valid course, then one mistake at a time.
import { describe, expect, it } from 'vitest';
import { validateCourse, formatProblem, type CourseInput } from '../../src/lib/content/validate';
import { chapterSchema, lessonSchema, glossaryFileSchema, questionFileSchema, exerciseSchema } from '../../src/schemas';

function course(): CourseInput {
  return {
    chapters: [
      {
        file: 'content/chapters/h1.yaml',
        data: chapterSchema.parse({
          number: 1,
          title: 'Accountmanagement',
          slug: 'hoofdstuk-1',
          intro: 'Intro.',
          leerdoelen: ['Je kunt a.', 'Je kunt b.'],
          sections: [
            { number: '1.1', title: 'Inleiding', slug: 'inleiding' },
            { number: '1.2', title: 'Wat is een account?', slug: 'account' },
            { number: '1.3', title: 'Begrippenlijst', slug: 'begrippen', kind: 'begrippen' },
          ],
        }),
      },
    ],
    lessons: [
      {
        file: 'content/lessons/h1/02-account.mdx',
        body: 'Een <Begrip id="account">account</Begrip> is een klant.\n\n<Oefening id="sorteer" />',
        data: lessonSchema.parse({
          chapter: 1,
          section: '1.2',
          title: 'Wat is een account?',
          summary: 'Over accounts.',
          leerdoelen: ['Je kunt a.', 'Je kunt b.'],
          begrippen: ['account'],
          samenvatting: ['a', 'b', 'c'],
        }),
      },
    ],
    glossary: [
      {
        file: 'content/glossary/h1.yaml',
        data: glossaryFileSchema.parse({
          chapter: 1,
          terms: [
            { id: 'account', term: 'Account', definition: 'Een klant.', example: 'Hendriks.', section: '1.2', related: ['klant'] },
            { id: 'klant', term: 'Klant', definition: 'Iemand die koopt.', example: 'Glansrijk.', section: '1.1' },
          ],
        }),
      },
    ],
    questions: [
      {
        file: 'content/questions/h1.yaml',
        data: questionFileSchema.parse({
          chapter: 1,
          questions: [
            { id: 'q-account', section: '1.2', type: 'truefalse', difficulty: 1, prompt: 'Een account is een klant.', answer: true, explanation: 'Ja.' },
            { id: 'q-volgorde', section: '1.2', type: 'order', difficulty: 2, prompt: 'Zet op volgorde.', items: ['a', 'b', 'c'], explanation: 'Zo.' },
          ],
        }),
      },
    ],
    exercises: [
      {
        file: 'content/exercises/sorteer.yaml',
        id: 'sorteer',
        data: exerciseSchema.parse({
          title: 'Sorteer',
          short: '1.2a',
          section: '1.2',
          type: 'categorise',
          instructions: 'Sorteer.',
          categories: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }],
          items: ['w', 'x', 'y', 'z'].map((id) => ({ id, text: id, category: 'a', explanation: 'Omdat.' })),
        }),
      },
    ],
  };
}

const check = (input: CourseInput) => validateCourse(input).map(formatProblem);

describe('validateCourse', () => {
  it('finds nothing wrong in a consistent course', () => {
    expect(check(course())).toEqual([]);
  });

  it('names an unknown term id in a lesson’s begrippen', () => {
    const c = course();
    c.lessons[0]!.data.begrippen = ['acount'];
    expect(check(c)).toContain('content/lessons/h1/02-account.mdx › begrippen[0]: unknown term id "acount": add it to content/glossary or fix the spelling');
  });

  it('names an unknown term id in a <Begrip> of the lesson body', () => {
    const c = course();
    c.lessons[0]!.body += ' <Begrip id="dmu">DMU</Begrip>';
    expect(check(c)).toEqual(['content/lessons/h1/02-account.mdx › body <Begrip id="dmu">: unknown term id "dmu": add it to content/glossary or fix the spelling']);
  });

  it('names a question for a section that does not exist', () => {
    const c = course();
    c.questions[0]!.data.questions[0]!.section = '1.7';
    expect(check(c)).toEqual(['content/questions/h1.yaml › questions[0] (q-account).section: section 1.7 does not exist in content/chapters (known: 1.1, 1.2, 1.3)']);
  });

  it('names duplicate question ids and duplicate term ids', () => {
    const c = course();
    c.questions[0]!.data.questions[1]!.id = 'q-account';
    c.glossary[0]!.data.terms[1]!.id = 'account';
    const problems = check(c);
    expect(problems).toContain('content/questions/h1.yaml › questions[1] (q-account).id: the question id "q-account" is also used in content/questions/h1.yaml');
    expect(problems).toContain('content/glossary/h1.yaml › terms[1] (account).id: the term id "account" is also used in content/glossary/h1.yaml');
  });

  it('names a choice question whose options have no correct answer (data that bypassed the schema)', () => {
    const c = course();
    c.questions[0]!.data.questions.push({
      id: 'q-keuze', section: '1.2', type: 'single', difficulty: 1, prompt: 'Welke?', explanation: 'Daarom.',
      options: [{ text: 'A', correct: false }, { text: 'B', correct: false }],
    });
    expect(check(c)).toEqual(['content/questions/h1.yaml › questions[2] (q-keuze).options: no option has `correct: true`']);
  });

  it('asks for the title of the table of contents', () => {
    const c = course();
    c.lessons[0]!.data.title = 'Wat is een account';
    expect(check(c)).toEqual(['content/lessons/h1/02-account.mdx › title: the title must be "Wat is een account?" as in content/chapters/h1.yaml']);
  });

  it('keeps a term and the lesson that introduces it in step', () => {
    const c = course();
    c.lessons[0]!.data.begrippen = [];
    expect(check(c)).toEqual([
      'content/glossary/h1.yaml › terms[0] (account).section: the lesson of section 1.2 (content/lessons/h1/02-account.mdx) does not list "account" in begrippen',
    ]);
  });

  it('names a lesson that lists a term of another section', () => {
    const c = course();
    c.lessons[0]!.data.begrippen = ['account', 'klant'];
    expect(check(c)).toEqual(['content/lessons/h1/02-account.mdx › begrippen[1]: the term "klant" is introduced in section 1.1 (content/glossary/h1.yaml), not 1.2']);
  });

  it('names an unknown related term', () => {
    const c = course();
    c.glossary[0]!.data.terms[0]!.related = ['klnt'];
    expect(check(c)).toEqual(['content/glossary/h1.yaml › terms[0] (account).related[0]: unknown term id "klnt"']);
  });

  it('refuses a lesson for the begrippenlijst section and a second lesson for one section', () => {
    const c = course();
    const copy = structuredClone(c.lessons[0]!);
    copy.file = 'content/lessons/h1/02-kopie.mdx';
    c.lessons.push(copy);
    expect(check(c)).toContain('content/lessons/h1/02-kopie.mdx › section: section 1.2 already has a lesson: content/lessons/h1/02-account.mdx');
  });

  it('checks the order of sections in the table of contents', () => {
    const c = course();
    c.chapters[0]!.data.sections[1]!.number = '1.4';
    expect(check(c)).toContain('content/chapters/h1.yaml › sections[1].number: expected section 1.2 here, found 1.4');
  });

  it('asks a lesson to embed the exercises of its section, and names unknown exercises', () => {
    const c = course();
    c.lessons[0]!.body = c.lessons[0]!.body.replace('<Oefening id="sorteer" />', '<Oefening id="sorteren" />');
    expect(check(c)).toEqual([
      'content/exercises/sorteer.yaml › section: the lesson of section 1.2 (content/lessons/h1/02-account.mdx) does not embed this exercise: add <Oefening id="sorteer" /> where it fits',
      'content/lessons/h1/02-account.mdx › body <Oefening id="sorteren">: unknown exercise id "sorteren": it must be a file in content/exercises',
    ]);
  });

  it('keeps exercise short links unique and tied to their section', () => {
    const c = course();
    c.exercises.push({ ...structuredClone(c.exercises[0]!), id: 'tweede', file: 'content/exercises/tweede.yaml' });
    c.lessons[0]!.body += '\n<Oefening id="tweede" />';
    c.exercises[0]!.data.short = '1.3a';
    expect(check(c)).toEqual(['content/exercises/sorteer.yaml › short: the short link must be the section number plus one letter, such as "1.2a"']);
  });

  it('names a quiz that lists a question that does not exist', () => {
    const c = course();
    c.exercises.push({ file: 'content/exercises/quiz.yaml', id: 'quiz', data: { title: 'Quiz', section: '1.2', short: '1.2b', instructions: 'Doe het.', type: 'quiz', questions: ['q-account', 'q-onbekend'] } });
    c.lessons[0]!.body += '\n<Oefening id="quiz" />';
    expect(check(c)).toEqual(['content/exercises/quiz.yaml › questions[1]: unknown question id "q-onbekend": it must exist in content/questions']);
  });

  it('names an ambiguous ordering question and an exercise in an unknown section', () => {
    const c = course();
    const q = c.questions[0]!.data.questions[1]!;
    if (q.type === 'order') q.items = ['a', 'a', 'c'];
    c.exercises[0]!.data.section = '1.9';
    const problems = check(c);
    expect(problems).toContain('content/questions/h1.yaml › questions[1] (q-volgorde).items: two items are the same, so the order is ambiguous');
    expect(problems).toContain('content/exercises/sorteer.yaml › section: section 1.9 does not exist in content/chapters (known: 1.1, 1.2, 1.3)');
  });
});
