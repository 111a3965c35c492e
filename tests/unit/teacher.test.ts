// The teacher tools: the test link (compose and read back), the share links with view modes, and
// the teacher notes (schema messages, and the real notes in content/teacher checked against the course).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  chooseScope,
  effectiveCount,
  makeSeed,
  MAX_QUESTION_COUNT,
  questionsInScope,
  SEED_PATTERN,
  testLinkPath,
  testLinkQuery,
  type ComposerChapter,
} from '../../src/lib/teacher/test-link';
import { absoluteUrl, iframeCode, runtimeOrigin, sharePath, viewModeFrom, withViewMode } from '../../src/lib/teacher/links';
import { checkTeacherNotes, parseTeacherNotes, stepTimes } from '../../src/lib/teacher/notes';
import { teacherNotesSchema } from '../../src/schemas/teacher';
import { parseFile } from '../../src/lib/content/parse';
import { formatProblem } from '../../src/lib/content/validate';
import { seededRandom } from '../../src/lib/scoring/random';
import { parseTestParams } from '../../src/lib/toets/params';
import { loadContent, root } from '../helpers/load-content';

describe('test link', () => {
  it('writes sections with plain commas, in course order, without doubles', () => {
    expect(testLinkQuery({ scope: { sections: ['2.11', '2.4', '2.5', '2.4'] }, n: 10, seed: 'k7x2' })).toBe('?secties=2.4,2.5,2.11&n=10&seed=k7x2');
  });

  it('writes whole chapters as hoofdstukken', () => {
    expect(testLinkPath({ scope: { chapters: [3, 1] }, n: 20, seed: 'ab12' })).toBe('/toets/?hoofdstukken=1,3&n=20&seed=ab12');
  });

  it('is read back by /toets/ as the same test, with every n the composer can make', () => {
    const { input } = loadContent();
    const sections = [...new Set(input.questions.flatMap((f) => f.data.questions.map((q) => q.section)))].map((number) => ({ number, chapter: Number(number.split('.')[0]) }));
    const read = (query: string) => parseTestParams(query, { sections });
    const bySection = read(testLinkQuery({ scope: { sections: ['2.11', '2.4', '2.5'] }, n: 10, seed: 'k7x2' }));
    expect(bySection).toMatchObject({ kind: 'test', warnings: [], test: { sections: ['2.4', '2.5', '2.11'], n: 10, seed: 'k7x2' } });
    const byChapter = read(testLinkQuery({ scope: { chapters: [1, 3] }, n: MAX_QUESTION_COUNT, seed: makeSeed(Math.random, 6) }));
    expect(byChapter).toMatchObject({ kind: 'test', warnings: [], test: { chapters: [1, 3], n: MAX_QUESTION_COUNT } });
    expect(byChapter.kind === 'test' && byChapter.test.sections.every((s) => s.startsWith('1.') || s.startsWith('3.'))).toBe(true);
    expect(read(testLinkQuery({ scope: { sections: ['1.9'] }, n: 1, seed: 'abcd' })).kind).toBe('test');
  });

  it('makes seeds of 4 to 6 lower-case letters and digits, the same for the same random source', () => {
    for (const length of [4, 5, 6]) expect(makeSeed(Math.random, length)).toMatch(new RegExp(`^[a-z0-9]{${length}}$`));
    expect(makeSeed(Math.random, 2)).toMatch(SEED_PATTERN);
    expect(makeSeed(Math.random, 9)).toMatch(SEED_PATTERN);
    expect(makeSeed(seededRandom('x'))).toBe(makeSeed(seededRandom('x')));
    expect(makeSeed(() => 0.999999)).toBe('9999');
    expect(makeSeed(() => 0)).toBe('aaaa');
  });
});

describe('composing a test', () => {
  const chapters: ComposerChapter[] = [
    { number: 1, sections: [{ number: '1.2', count: 3 }, { number: '1.9', count: 11 }] },
    { number: 2, sections: [{ number: '2.4', count: 5 }, { number: '2.5', count: 4 }, { number: '2.11', count: 12 }] },
  ];

  it('uses hoofdstukken when every ticked chapter is ticked completely', () => {
    expect(chooseScope(['1.2', '1.9'], chapters)).toEqual({ chapters: [1] });
    expect(chooseScope(['2.11', '1.2', '2.4', '1.9', '2.5'], chapters)).toEqual({ chapters: [1, 2] });
  });

  it('uses secties as soon as one chapter is ticked in part', () => {
    expect(chooseScope(['1.2', '1.9', '2.11'], chapters)).toEqual({ sections: ['1.2', '1.9', '2.11'] });
    expect(chooseScope(['2.11', '2.4'], chapters)).toEqual({ sections: ['2.4', '2.11'] });
  });

  it('ignores sections it does not offer, and gives null for nothing', () => {
    expect(chooseScope(['3.1'], chapters)).toBeNull();
    expect(chooseScope([], chapters)).toBeNull();
  });

  it('counts the questions of the bank for a scope', () => {
    expect(questionsInScope({ chapters: [2] }, chapters)).toBe(21);
    expect(questionsInScope({ sections: ['1.9', '2.4'] }, chapters)).toBe(16);
    expect(questionsInScope(null, chapters)).toBe(0);
  });

  it('keeps the number of questions within the bank', () => {
    expect(effectiveCount(10, 34)).toBe(10);
    expect(effectiveCount(40, 14)).toBe(14);
    expect(effectiveCount(0, 14)).toBe(1);
    expect(effectiveCount(80, 200)).toBe(MAX_QUESTION_COUNT);
    expect(effectiveCount(Number.NaN, 30)).toBe(10);
    expect(effectiveCount(5, 0)).toBe(0);
  });
});

describe('share links', () => {
  const link = { short: '/1.9a/', full: '/oefenen/ladder-van-vertrouwen/' };

  it('copies the short link, or the full path in a view mode (short links drop the query)', () => {
    expect(sharePath(link, 'kort')).toBe('/1.9a/');
    expect(sharePath(link, 'presentatie')).toBe('/oefenen/ladder-van-vertrouwen/?weergave=presentatie');
    expect(sharePath(link, 'embed')).toBe('/oefenen/ladder-van-vertrouwen/?weergave=embed');
  });

  it('adds a view mode to a path with a query or a hash', () => {
    expect(withViewMode('/toets/?secties=1.2&n=5', 'embed')).toBe('/toets/?secties=1.2&n=5&weergave=embed');
    expect(withViewMode('/hoofdstuk-1/x/#leerdoelen', 'presentatie')).toBe('/hoofdstuk-1/x/?weergave=presentatie#leerdoelen');
  });

  it('reads the view mode the way the inline script does', () => {
    expect(viewModeFrom('?weergave=presentatie')).toBe('presentatie');
    expect(viewModeFrom('?a=1&weergave=embed')).toBe('embed');
    expect(viewModeFrom('?weergave=groot')).toBeNull();
    expect(viewModeFrom('')).toBeNull();
  });

  it('builds absolute URLs from the page origin, or the build-time site on file://', () => {
    expect(absoluteUrl('https://school.nl/', '/am/1.9/')).toBe('https://school.nl/am/1.9/');
    expect(runtimeOrigin({ protocol: 'https:', origin: 'https://school.nl' }, 'https://x.example')).toBe('https://school.nl');
    expect(runtimeOrigin({ protocol: 'file:', origin: 'null' }, 'https://x.example')).toBe('https://x.example');
  });

  it('escapes the iframe code', () => {
    expect(iframeCode('https://s.nl/a/?weergave=embed&x=1', 'Les "1"')).toBe(
      '<iframe src="https://s.nl/a/?weergave=embed&amp;x=1" title="Les &quot;1&quot;" width="100%" height="720" style="border:0" loading="lazy"></iframe>',
    );
  });
});

const goodNotes = {
  chapter: 1,
  intro: 'Over het hoofdstuk.',
  leerdoelen: [
    { goal: 'De student legt uit wat een account is.', sections: ['1.3'] },
    { goal: 'De student noemt de treden.', sections: ['1.9'] },
  ],
  lessons: [
    {
      title: 'Les',
      sections: ['1.3'],
      steps: [
        { minutes: 20, activity: 'Uitleg.', section: '1.3' },
        { minutes: 30, activity: 'Oefening.', exercise: '1.9a' },
      ],
    },
  ],
  whiteboard: [{ exercise: '1.9a', tip: 'Samen.' }],
  homework: [{ test: 'hoofdstuk', tip: 'Thuis.' }],
  misconceptions: [1, 2, 3].map((i) => ({ belief: `Fout ${i}.`, correction: 'Zo zit het.', approach: 'Zo help je.', sections: ['1.3'] })),
};

const messages = (data: unknown) => {
  const r = parseFile(teacherNotesSchema, data, 'content/teacher/h1.yaml');
  return r.ok ? [] : r.problems.map(formatProblem);
};

describe('teacher notes schema', () => {
  it('accepts good notes and fills the lesson length', () => {
    const r = parseFile(teacherNotesSchema, goodNotes, 'h1.yaml');
    expect(r.ok && r.data.lessonMinutes).toBe(50);
  });

  it('says when the steps of a lesson do not fill the lesson', () => {
    const lessons = [{ ...goodNotes.lessons[0]!, steps: [{ minutes: 20, activity: 'A.' }, { minutes: 20, activity: 'B.' }] }];
    expect(messages({ ...goodNotes, lessons })).toEqual([
      'content/teacher/h1.yaml › lessons[0].steps: the steps take 40 minutes; make them add up to lessonMinutes (50)',
    ]);
  });

  it('asks for exactly one of exercise, section or test', () => {
    expect(messages({ ...goodNotes, whiteboard: [{ exercise: '1.9a', section: '1.9', tip: 'X.' }] })).toEqual([
      'content/teacher/h1.yaml › whiteboard[0]: name exactly one of `exercise`, `section` or `test`',
    ]);
  });

  it('explains how to name an exercise', () => {
    expect(messages({ ...goodNotes, whiteboard: [{ exercise: 'ladder', tip: 'X.' }] })).toEqual([
      'content/teacher/h1.yaml › whiteboard[0].exercise: name an exercise by its short link, such as "1.9a" (see `short` in content/exercises)',
    ]);
  });

  it('asks for at least 3 misconceptions and rejects unknown fields', () => {
    expect(messages({ ...goodNotes, misconceptions: goodNotes.misconceptions.slice(0, 1) })).toEqual([
      'content/teacher/h1.yaml › misconceptions: describe at least 3 misconceptions',
    ]);
    expect(messages({ ...goodNotes, leerdoel: [] })[0]).toMatch(/leerdoel/);
  });

  it('gives every step its start and end minute', () => {
    expect(stepTimes([{ minutes: 5 }, { minutes: 10 }, { minutes: 35 }])).toEqual([[0, 5], [5, 15], [15, 50]]);
  });

  it('checks references against the course and names the field', () => {
    const { notes } = parseTeacherNotes([
      { file: 'a.yaml', data: goodNotes },
      { file: 'b.yaml', data: { ...goodNotes, whiteboard: [{ exercise: '1.9b', tip: 'X.' }], misconceptions: [...goodNotes.misconceptions.slice(1), { ...goodNotes.misconceptions[0]!, sections: ['1.99'] }] } },
    ]);
    const problems = checkTeacherNotes(notes, { chapters: new Set([1]), sections: new Set(['1.3', '1.9']), exercises: new Set(['1.9a']) }).map(formatProblem);
    expect(problems).toEqual([
      'b.yaml › chapter: chapter 1 already has notes in a.yaml',
      'b.yaml › whiteboard[0].exercise: no exercise has the short link "1.9b"; use one of: 1.9a',
      'b.yaml › misconceptions[2].sections[0]: section 1.99 does not exist',
    ]);
  });
});

describe('the teacher notes in content/teacher', () => {
  const dir = join(root, 'content', 'teacher');
  const raw = readdirSync(dir)
    .filter((name) => name.endsWith('.yaml') && !name.startsWith('_'))
    .map((name) => ({ file: `content/teacher/${name}`, data: yaml.load(readFileSync(join(dir, name), 'utf8')) }));
  const { input } = loadContent();

  it('parse, and refer only to chapters, sections and exercises that exist', () => {
    const { notes, problems } = parseTeacherNotes(raw);
    problems.push(
      ...checkTeacherNotes(notes, {
        chapters: new Set(input.chapters.map((c) => c.data.number)),
        sections: new Set(input.chapters.flatMap((c) => c.data.sections.map((s) => s.number))),
        exercises: new Set(input.exercises.map((e) => e.data.short)),
      }),
    );
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('cover every chapter, and every exercise of a chapter appears in its notes', () => {
    const { notes } = parseTeacherNotes(raw);
    expect(notes.map((n) => n.data.chapter).sort()).toEqual(input.chapters.map((c) => c.data.number).sort());
    for (const { data } of notes) {
      const used = new Set([...data.lessons.flatMap((l) => l.steps.map((s) => s.exercise)), ...data.whiteboard.map((u) => u.exercise), ...data.homework.map((u) => u.exercise)]);
      const own = input.exercises.filter((e) => e.data.section.startsWith(`${data.chapter}.`)).map((e) => e.data.short);
      expect(own.filter((short) => !used.has(short)), `exercises of chapter ${data.chapter} not in its notes`).toEqual([]);
    }
  });
});
