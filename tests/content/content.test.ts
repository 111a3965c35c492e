// Every content file parsed with its schema and checked across files, plus the bar the course
// sets for its lessons (length, leerdoelen, B1 sentence length, question coverage).
import { describe, expect, it } from 'vitest';
import { loadContent } from '../helpers/load-content';
import { validateCourse, formatProblem } from '../../src/lib/content/validate';
import { countWords } from '../../src/lib/content/words';

const { input, problems } = loadContent();

/** Average words per sentence of a lesson body: tables, headings, components and list markers left out. */
function averageSentenceLength(body: string): number {
  const prose = body
    .split('\n')
    .filter((line) => !/^\s*(\||#|<|\{)/.test(line))
    .join(' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\*\*/g, '');
  const sentences = prose.split(/(?<=[.!?:])\s+/).map((s) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length).filter((n) => n > 0);
  return sentences.reduce((a, b) => a + b, 0) / sentences.length;
}

describe('content files', () => {
  it('all parse with their schemas', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('have no broken cross-references', () => {
    expect(validateCourse(input).map(formatProblem)).toEqual([]);
  });
});

describe('lessons', () => {
  it.each(input.lessons.map((l) => [l.file, l] as const))('%s has 350 to 900 words and short sentences', (_file, lesson) => {
    const words = countWords(lesson.body);
    expect(words, 'words in the body').toBeGreaterThanOrEqual(350);
    expect(words, 'words in the body').toBeLessThanOrEqual(900);
    expect(averageSentenceLength(lesson.body), 'average words per sentence (B1: at most 15)').toBeLessThanOrEqual(15);
  });

  it.each(input.lessons.map((l) => [l.file, l] as const))('%s has a worked example and leaves the layout parts to the layout', (_file, lesson) => {
    expect(lesson.body).toMatch(/<Voorbeeld titel="[^"]+">/);
    expect(lesson.body).not.toMatch(/^#\s/m);
    expect(lesson.body).not.toMatch(/^##\s+(Leerdoelen|Samenvatting|Check jezelf)\s*$/im);
  });
});

/** What each chapter must offer at least (from the issues): terms, questions, questions per section. */
const BAR: Record<number, { terms: number; questions: number; perSection: number }> = {
  1: { terms: 20, questions: 30, perSection: 2 },
  2: { terms: 25, questions: 40, perSection: 3 },
  3: { terms: 20, questions: 35, perSection: 3 },
  4: { terms: 20, questions: 40, perSection: 3 },
};

describe.each(Object.entries(BAR).map(([n, bar]) => [Number(n), bar] as const))('chapter %i', (number, bar) => {
  const chapter = input.chapters.find((c) => c.data.number === number)!.data;
  const lessonSections = chapter.sections.filter((s) => s.kind === 'lesson').map((s) => s.number);
  const questions = input.questions.filter((q) => q.data.chapter === number).flatMap((q) => q.data.questions);
  const terms = input.glossary.filter((g) => g.data.chapter === number).flatMap((g) => g.data.terms);

  it('has a lesson for every numbered section', () => {
    const written = input.lessons.filter((l) => l.data.chapter === number).map((l) => l.data.section);
    expect(written.sort()).toEqual([...lessonSections].sort());
  });

  it(`has at least ${bar.terms} terms and ${bar.questions} questions, of at least four types`, () => {
    expect(terms.length).toBeGreaterThanOrEqual(bar.terms);
    expect(questions.length).toBeGreaterThanOrEqual(bar.questions);
    expect(new Set(questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(4);
  });

  // The introduction (x.1) needs fewer: it mostly sets the scene.
  it.each(lessonSections)('section %s has enough questions', (section) => {
    const needed = section.endsWith('.1') ? 2 : bar.perSection;
    expect(questions.filter((q) => q.section === section).length).toBeGreaterThanOrEqual(needed);
  });
});

describe('chapter 1 theory', () => {
  const questions = input.questions.filter((q) => q.data.chapter === 1).flatMap((q) => q.data.questions);

  it('teaches one ladder of trust everywhere', () => {
    const rungs = ['Leverancier', 'Voorkeursleverancier', 'Probleemoplosser', 'Adviseur', 'Partner'];
    const ladderQuestions = questions.filter((q) => q.section === '1.9' && q.type === 'order');
    expect(ladderQuestions.length).toBeGreaterThan(0);
    for (const q of ladderQuestions) if (q.type === 'order') expect(q.items).toEqual(rungs);
    const lesson = input.lessons.find((l) => l.data.section === '1.9')!;
    const positions = rungs.map((rung, i) => lesson.body.indexOf(`| ${i + 1} ${rung} |`));
    expect(positions.every((p) => p >= 0), 'the lesson table lists the rungs as "| 1 Leverancier |" …').toBe(true);
  });
});
