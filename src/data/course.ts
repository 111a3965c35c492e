// The whole course as one object, loaded once per build from the content collections and
// checked across files (src/lib/content/validate.ts). Pages ask this module, not the
// collections, so that URLs, order and cross-references are decided in one place.
import { getCollection, type CollectionEntry } from 'astro:content';
import { formatProblem, validateCourse } from '../lib/content/validate';
import { chapterPath, glossaryIndexPath, sectionPath, termAnchor } from '../lib/urls';
import { readingMinutes, countWords } from '../lib/content/words';
import type { Chapter, Exercise, Question, Term, TocSection, CaseCompany } from '../schemas';

export interface SectionPage extends TocSection {
  chapter: ChapterPage;
  /** Root-relative URL, without the base path. */
  path: string;
  /** The lesson, for a section of kind `lesson` that has been written. */
  lesson?: CollectionEntry<'lessons'>;
  readingMinutes?: number;
}

export interface ChapterPage extends Omit<Chapter, 'sections'> {
  path: string;
  sections: SectionPage[];
  /** The begrippenlijst section of this chapter. */
  glossarySection: SectionPage;
  terms: Term[];
}

export interface Course {
  chapters: ChapterPage[];
  /** Every section that has a page, in reading order (lessons and begrippen pages). */
  pages: SectionPage[];
  terms: Term[];
  termById: Map<string, Term>;
  questions: Question[];
  exercises: (Exercise & { id: string })[];
  caseCompany: CaseCompany;
  sectionByNumber: Map<string, SectionPage>;
  termPath(termId: string): string;
}

const file = (entry: { filePath?: string; id: string }, folder: string) => entry.filePath ?? `content/${folder}/${entry.id}`;

async function load(): Promise<Course> {
  const [chapters, lessons, glossary, questionFiles, exercises, cases] = await Promise.all([
    getCollection('chapters'),
    getCollection('lessons'),
    getCollection('glossary'),
    getCollection('questions'),
    getCollection('exercises'),
    getCollection('case'),
  ]);

  const problems = validateCourse({
    chapters: chapters.map((e) => ({ file: file(e, 'chapters'), data: e.data })),
    lessons: lessons.map((e) => ({ file: file(e, 'lessons'), data: e.data, body: e.body ?? '' })),
    glossary: glossary.map((e) => ({ file: file(e, 'glossary'), data: e.data })),
    questions: questionFiles.map((e) => ({ file: file(e, 'questions'), data: e.data })),
    exercises: exercises.map((e) => ({ file: file(e, 'exercises'), data: e.data, id: e.id })),
  });
  if (problems.length) {
    throw new Error(`The content has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
  }
  if (cases.length !== 1) throw new Error(`content/case must hold exactly one case company, found ${cases.length}`);

  const terms: Term[] = glossary
    .flatMap((e) => e.data.terms.map((t) => ({ ...t, chapter: e.data.chapter })))
    .sort((a, b) => a.term.localeCompare(b.term, 'nl', { sensitivity: 'base' }));
  const lessonBySection = new Map(lessons.map((l) => [l.data.section, l]));

  const chapterPages: ChapterPage[] = chapters
    .map((e) => e.data)
    .sort((a, b) => a.number - b.number)
    .map((chapter) => {
      const page = { ...chapter, path: chapterPath(chapter), terms: terms.filter((t) => t.chapter === chapter.number) } as ChapterPage;
      page.sections = chapter.sections.map((section) => {
        const lesson = section.kind === 'lesson' ? lessonBySection.get(section.number) : undefined;
        return {
          ...section,
          chapter: page,
          path: sectionPath(chapter, section),
          lesson,
          readingMinutes: lesson ? readingMinutes(countWords(lesson.body ?? '')) : undefined,
        };
      });
      page.glossarySection = page.sections.find((s) => s.kind === 'begrippen')!;
      return page;
    });

  const pages = chapterPages.flatMap((c) => c.sections.filter((s) => s.lesson || (s.kind === 'begrippen' && c.terms.length > 0)));
  const sectionByNumber = new Map(chapterPages.flatMap((c) => c.sections.map((s) => [s.number, s] as const)));
  const termById = new Map(terms.map((t) => [t.id, t]));
  const chapterByNumber = new Map(chapterPages.map((c) => [c.number, c]));

  return {
    chapters: chapterPages,
    pages,
    terms,
    termById,
    questions: questionFiles.flatMap((e) => e.data.questions),
    exercises: exercises.map((e) => ({ ...e.data, id: e.id })),
    caseCompany: cases[0]!.data,
    sectionByNumber,
    termPath(termId) {
      const term = termById.get(termId);
      if (!term) throw new Error(`unknown term id "${termId}"`);
      const chapter = chapterByNumber.get(term.chapter);
      return chapter ? `${chapter.glossarySection.path}#${termAnchor(termId)}` : `${glossaryIndexPath()}#${termAnchor(termId)}`;
    },
  };
}

let course: Promise<Course> | undefined;
/** The course, loaded and checked once per build. */
export const getCourse = () => (course ??= load());
