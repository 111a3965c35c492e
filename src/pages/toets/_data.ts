// What the test pages take from the course: the fixed tests, the sections that have questions,
// and where each chapter's question bank is fetched from. The widget gets only this.
import type { Course } from '../../data/course';
import type { Question } from '../../schemas';
import { chapterTestId, CHAPTER_TEST_SIZE, PROEFTOETS_ID, PROEFTOETS_SIZE } from '../../lib/toets/session';
import { withBase } from '../../lib/urls';
import { t } from '../../i18n';
import type { BankLink, FixedTest, SectionInfo, TestLink } from '../../widgets/toets/types';

export const testsPath = () => '/toets/';
export const testPath = (id: string) => `/toets/${id}/`;
/** The bank of a chapter, written by ./vragen/[chapter].json.ts. */
export const bankPath = (chapter: { slug: string }) => `/toets/vragen/${chapter.slug}.json`;

export const chapterQuestions = (course: Course, chapter: number): Question[] =>
  course.questions.filter((q) => course.sectionByNumber.get(q.section)?.chapter.number === chapter);

export interface TestPage extends FixedTest {
  /** The chapter of a chapter test. */
  chapter?: Course['chapters'][number];
  questions: Question[];
  description: string;
}

/** Every fixed test: one per chapter that has questions, then the proeftoets. */
export function fixedTests(course: Course): TestPage[] {
  const chapterTests = course.chapters.flatMap((chapter) => {
    const questions = chapterQuestions(course, chapter.number);
    if (!questions.length) return [];
    return [{
      id: chapterTestId(chapter.number),
      title: t('toets.chapterTitle', { number: chapter.number }),
      size: CHAPTER_TEST_SIZE,
      chapter,
      questions,
      description: t('toets.chapterDescription', { count: Math.min(CHAPTER_TEST_SIZE, questions.length), number: chapter.number, title: chapter.title }),
    }];
  });
  return [
    ...chapterTests,
    {
      id: PROEFTOETS_ID,
      title: t('toets.proefTitle'),
      size: PROEFTOETS_SIZE,
      questions: course.questions,
      description: t('toets.proefDescription', { count: Math.min(PROEFTOETS_SIZE, course.questions.length) }),
    },
  ];
}

/** The sections of these questions, in reading order, with links (base path included) to their lessons. */
export function sectionsOf(course: Course, questions: readonly Question[]): SectionInfo[] {
  const counts = new Map<string, number>();
  for (const q of questions) counts.set(q.section, (counts.get(q.section) ?? 0) + 1);
  return course.chapters.flatMap((chapter) =>
    chapter.sections
      .filter((s) => counts.has(s.number))
      .map((s) => ({ number: s.number, title: s.title, chapter: chapter.number, href: withBase(s.path), count: counts.get(s.number)! })),
  );
}

/** Where the banks of the chapters of these questions are fetched from. */
export function banksOf(course: Course, questions: readonly Question[]): BankLink[] {
  const chapters = new Set(questions.map((q) => course.sectionByNumber.get(q.section)?.chapter.number));
  return course.chapters.filter((c) => chapters.has(c.number)).map((c) => ({ chapter: c.number, href: withBase(bankPath(c)) }));
}

export const testLinks = (course: Course): TestLink[] => fixedTests(course).map((test) => ({ title: test.title, href: withBase(testPath(test.id)) }));
