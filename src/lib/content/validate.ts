// Cross-reference checks over all content. Schemas check one file at a time; these checks look
// across files: a lesson names terms that exist, a question tests a section that exists, ids are
// unique. Each problem names the file and field and says how to fix it. The build stops on any
// problem (src/data/course.ts) and the unit tests feed these checks bad data.
import type { Chapter, Exercise, Lesson, Question } from '../../schemas';
import type { z } from 'astro/zod';
import type { termSchema } from '../../schemas/glossary';

export interface Problem {
  file: string;
  field: string;
  message: string;
}

export interface Sourced<T> {
  /** Path of the file, relative to the project root, for messages. */
  file: string;
  data: T;
}

export interface CourseInput {
  chapters: Sourced<Chapter>[];
  lessons: (Sourced<Lesson> & { body: string })[];
  glossary: Sourced<{ chapter: number; terms: z.output<typeof termSchema>[] }>[];
  questions: Sourced<{ chapter: number; questions: Question[] }>[];
  exercises: (Sourced<Exercise> & { id: string })[];
}

export const formatProblem = (p: Problem) => `${p.file} › ${p.field}: ${p.message}`;

/** `<Begrip id="…">` and `<Oefening id="…">` in lesson bodies. */
const BEGRIP_RE = /<Begrip\s+id=["']([^"']+)["']/g;
const OEFENING_RE = /<Oefening\s+id=["']([^"']+)["']/g;

const chapterOf = (section: string) => Number(section.split('.')[0]);

export function validateCourse(input: CourseInput): Problem[] {
  const problems: Problem[] = [];
  const add = (file: string, field: string, message: string) => problems.push({ file, field, message });

  // Table of contents
  const sections = new Map<string, { chapter: Chapter; title: string; kind: string; file: string }>();
  const chapterNumbers = new Map<number, string>();
  for (const { file, data: chapter } of input.chapters) {
    const seen = chapterNumbers.get(chapter.number);
    if (seen) add(file, 'number', `chapter ${chapter.number} is also defined in ${seen}`);
    chapterNumbers.set(chapter.number, file);
    if (chapter.slug !== `hoofdstuk-${chapter.number}`) {
      add(file, 'slug', `the slug of chapter ${chapter.number} must be "hoofdstuk-${chapter.number}"`);
    }
    const slugs = new Set<string>();
    chapter.sections.forEach((section, i) => {
      const field = `sections[${i}]`;
      if (chapterOf(section.number) !== chapter.number) {
        add(file, `${field}.number`, `section ${section.number} does not belong to chapter ${chapter.number}`);
      }
      const expected = `${chapter.number}.${i + 1}`;
      if (section.number !== expected) add(file, `${field}.number`, `expected section ${expected} here, found ${section.number}`);
      if (slugs.has(section.slug)) add(file, `${field}.slug`, `the slug "${section.slug}" is used twice in this chapter`);
      slugs.add(section.slug);
      sections.set(section.number, { chapter, title: section.title, kind: section.kind, file });
    });
    const glossaryPages = chapter.sections.filter((s) => s.kind === 'begrippen').length;
    if (glossaryPages !== 1) add(file, 'sections', `a chapter has exactly one section with kind: begrippen, found ${glossaryPages}`);
  }
  const sectionProblem = (section: string) =>
    sections.has(section) ? undefined : `section ${section} does not exist in content/chapters (known: ${[...sections.keys()].join(', ')})`;

  // Glossary
  const terms = new Map<string, { section: string; file: string }>();
  for (const { file, data } of input.glossary) {
    data.terms.forEach((term, i) => {
      const field = `terms[${i}] (${term.id})`;
      const seen = terms.get(term.id);
      if (seen) add(file, `${field}.id`, `the term id "${term.id}" is also used in ${seen.file}`);
      else terms.set(term.id, { section: term.section, file });
      const missing = sectionProblem(term.section);
      if (missing) add(file, `${field}.section`, missing);
      else if (chapterOf(term.section) !== data.chapter) {
        add(file, `${field}.section`, `section ${term.section} is not in chapter ${data.chapter}: move the term to glossary/h${chapterOf(term.section)}.yaml`);
      }
    });
  }
  for (const { file, data } of input.glossary) {
    data.terms.forEach((term, i) => {
      term.related.forEach((id, j) => {
        const field = `terms[${i}] (${term.id}).related[${j}]`;
        if (id === term.id) add(file, field, 'a term cannot be related to itself');
        else if (!terms.has(id)) add(file, field, `unknown term id "${id}"`);
      });
    });
  }

  // Lessons
  const lessonBySection = new Map<string, string>();
  for (const { file, data: lesson, body } of input.lessons) {
    const toc = sections.get(lesson.section);
    if (!toc) {
      add(file, 'section', sectionProblem(lesson.section)!);
      continue;
    }
    const seen = lessonBySection.get(lesson.section);
    if (seen) add(file, 'section', `section ${lesson.section} already has a lesson: ${seen}`);
    lessonBySection.set(lesson.section, file);
    if (chapterOf(lesson.section) !== lesson.chapter) add(file, 'chapter', `section ${lesson.section} is in chapter ${chapterOf(lesson.section)}, not ${lesson.chapter}`);
    if (toc.kind !== 'lesson') add(file, 'section', `section ${lesson.section} is the begrippenlijst, which is built from content/glossary: remove this lesson`);
    if (toc.title !== lesson.title) add(file, 'title', `the title must be "${toc.title}" as in ${toc.file}`);
    lesson.begrippen.forEach((id, i) => {
      const term = terms.get(id);
      if (!term) add(file, `begrippen[${i}]`, `unknown term id "${id}": add it to content/glossary or fix the spelling`);
      else if (term.section !== lesson.section) add(file, `begrippen[${i}]`, `the term "${id}" is introduced in section ${term.section} (${term.file}), not ${lesson.section}`);
    });
    for (const match of body.matchAll(BEGRIP_RE)) {
      if (!terms.has(match[1]!)) add(file, `body <Begrip id="${match[1]}">`, `unknown term id "${match[1]}": add it to content/glossary or fix the spelling`);
    }
  }
  // Every term is listed by the lesson of the section that introduces it.
  for (const { file, data } of input.glossary) {
    data.terms.forEach((term, i) => {
      const lessonFile = lessonBySection.get(term.section);
      const lesson = input.lessons.find((l) => l.file === lessonFile);
      if (lesson && !lesson.data.begrippen.includes(term.id)) {
        add(file, `terms[${i}] (${term.id}).section`, `the lesson of section ${term.section} (${lesson.file}) does not list "${term.id}" in begrippen`);
      }
    });
  }

  // Questions
  const questionIds = new Map<string, string>();
  for (const { file, data } of input.questions) {
    data.questions.forEach((q, i) => {
      const field = `questions[${i}] (${q.id})`;
      const seen = questionIds.get(q.id);
      if (seen) add(file, `${field}.id`, `the question id "${q.id}" is also used in ${seen}`);
      questionIds.set(q.id, file);
      const missing = sectionProblem(q.section);
      if (missing) add(file, `${field}.section`, missing);
      else if (chapterOf(q.section) !== data.chapter) add(file, `${field}.section`, `section ${q.section} is not in chapter ${data.chapter}`);
      else if (sections.get(q.section)!.kind !== 'lesson') add(file, `${field}.section`, `section ${q.section} is the begrippenlijst; link the question to the lesson that teaches it`);
      if ((q.type === 'single' || q.type === 'multiple') && !q.options.some((o) => o.correct)) {
        add(file, `${field}.options`, 'no option has `correct: true`');
      }
      if (q.type === 'order' && new Set(q.items).size !== q.items.length) add(file, `${field}.items`, 'two items are the same, so the order is ambiguous');
      if (q.type === 'match') {
        if (new Set(q.pairs.map((p) => p.left)).size !== q.pairs.length) add(file, `${field}.pairs`, 'two pairs have the same left text');
        if (new Set(q.pairs.map((p) => p.right)).size !== q.pairs.length) add(file, `${field}.pairs`, 'two pairs have the same right text');
      }
    });
  }

  // Exercises
  const shortLinks = new Map<string, string>();
  for (const { file, data, id } of input.exercises) {
    const missing = sectionProblem(data.section);
    if (missing) add(file, 'section', missing);
    if (!data.short.startsWith(data.section) || !/^[a-z]$/.test(data.short.slice(data.section.length))) {
      add(file, 'short', `the short link must be the section number plus one letter, such as "${data.section}a"`);
    }
    const seenShort = shortLinks.get(data.short);
    if (seenShort) add(file, 'short', `the short link "${data.short}" is also used by ${seenShort}`);
    shortLinks.set(data.short, file);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) add(file, '(file name)', 'the file name is the exercise id: use kebab-case');
    const lesson = input.lessons.find((l) => l.data.section === data.section);
    if (lesson && ![...lesson.body.matchAll(OEFENING_RE)].some((m) => m[1] === id)) {
      add(file, 'section', `the lesson of section ${data.section} (${lesson.file}) does not embed this exercise: add <Oefening id="${id}" /> where it fits`);
    }
    if (data.type === 'categorise') {
      const itemIds = new Set<string>();
      data.items.forEach((item, i) => {
        if (itemIds.has(item.id)) add(file, `items[${i}].id`, `the item id "${item.id}" is used twice`);
        itemIds.add(item.id);
      });
      if (new Set(data.categories.map((c) => c.id)).size !== data.categories.length) add(file, 'categories', 'two categories have the same id');
    } else {
      data.questions.forEach((qid, i) => {
        if (!questionIds.has(qid)) add(file, `questions[${i}]`, `unknown question id "${qid}": it must exist in content/questions`);
      });
      if (new Set(data.questions).size !== data.questions.length) add(file, 'questions', 'a question is listed twice');
    }
  }

  const exerciseIds = new Set(input.exercises.map((e) => e.id));
  for (const { file, body } of input.lessons) {
    for (const match of body.matchAll(OEFENING_RE)) {
      if (!exerciseIds.has(match[1]!)) add(file, `body <Oefening id="${match[1]}">`, `unknown exercise id "${match[1]}": it must be a file in content/exercises`);
    }
  }

  return problems;
}
