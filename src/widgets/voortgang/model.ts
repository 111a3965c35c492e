// The dashboard's view of the course (passed in by the page) and of the student's progress per
// chapter, assembled from the stores with the pure functions of src/lib/progress/readiness.ts.
import type { ExerciseEntry, QuestionEntry } from '../../lib/progress/entries';
import type { ReadEntry } from '../../lib/progress/reading';
import type { CardEntry } from '../../lib/scheduling/entry';
import type { AttemptEntry } from '../../lib/toets/attempt';
import {
  chapterReadiness, latestChapterTest, sectionsToReread, summariseCards, summariseChecks,
  type CardSummary, type ChapterStatus, type ChapterTest, type CheckSummary, type Readiness,
} from '../../lib/progress/readiness';

export interface CourseLesson {
  number: string;
  title: string;
  /** With the base path. */
  href: string;
}
export interface CourseExercise {
  id: string;
  title: string;
  href: string;
  section: string;
}
export interface CourseChapter {
  number: number;
  title: string;
  href: string;
  /** The written lessons, in reading order. */
  lessons: CourseLesson[];
  exercises: CourseExercise[];
  /** The questions a student can answer outside a self-test: Check jezelf and quiz exercises. */
  questionIds: string[];
  termIds: string[];
  /** The flashcards of this chapter. */
  cardsHref: string;
}
export interface CourseSummary {
  chapters: CourseChapter[];
  /** Every bank question's section, to turn missed questions into sections to read again. */
  questionSection: Record<string, string>;
}

export interface Progress {
  read: Record<string, ReadEntry | undefined>;
  exercises: Record<string, ExerciseEntry | undefined>;
  questions: Record<string, QuestionEntry | undefined>;
  cards: Record<string, CardEntry | undefined>;
  attempts: AttemptEntry[];
}

export interface ChapterView {
  chapter: CourseChapter;
  lessonsRead: { lesson: CourseLesson; readAt: string | null }[];
  readCount: number;
  exercises: { exercise: CourseExercise; entry: ExerciseEntry | undefined }[];
  exercisesDone: number;
  cards: CardSummary;
  checks: CheckSummary;
  test: ChapterTest | null;
  readiness: Readiness;
  status: ChapterStatus;
}

export function viewChapters(course: CourseSummary, progress: Progress, now: Date): ChapterView[] {
  const order = course.chapters.flatMap((c) => c.lessons.map((l) => l.number));
  const reread = sectionsToReread(progress.questions, progress.attempts, course.questionSection, order);
  return course.chapters.map((chapter) => {
    const sections = chapter.lessons.map((l) => l.number);
    const lessonsRead = chapter.lessons.map((lesson) => ({ lesson, readAt: progress.read[lesson.number]?.readAt ?? null }));
    const exercises = chapter.exercises.map((exercise) => ({ exercise, entry: progress.exercises[exercise.id] }));
    const cards = summariseCards(chapter.termIds, progress.cards, now);
    const checks = summariseChecks(chapter.questionIds, progress.questions);
    const test = latestChapterTest(progress.attempts, sections);
    const exercisesDone = exercises.filter((e) => (e.entry?.checks ?? 0) > 0).length;
    const readCount = lessonsRead.filter((l) => l.readAt).length;
    const anything = readCount > 0 || exercisesDone > 0 || checks.answered > 0 || cards.studied > 0;
    const readiness = chapterReadiness({ test: test?.share ?? null, check: checks.score, cards: cards.recall, anything });
    const inChapter = new Set(sections);
    const status: ChapterStatus = {
      chapter: chapter.number,
      readiness,
      unread: lessonsRead.filter((l) => !l.readAt).map((l) => l.lesson.number),
      hasTest: test !== null,
      reread: reread.filter((r) => inChapter.has(r.section)).map((r) => r.section),
      dueCards: cards.due,
      newCards: cards.total - cards.studied,
    };
    return { chapter, lessonsRead, readCount, exercises, exercisesDone, cards, checks, test, readiness, status };
  });
}

/** Section number → lesson, for links in advice. */
export const lessonIndex = (course: CourseSummary) => new Map(course.chapters.flatMap((c) => c.lessons.map((l) => [l.number, l] as const)));
