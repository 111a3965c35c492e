import { z } from 'astro/zod';
import { chapterNumber, sectionNumber, text } from './common';

// Teacher notes: content/teacher/hN.yaml, one file per chapter, shown on /docenten/hoofdstuk-N/.
// Teachers read these, students never see them in their navigation. Dutch, clear, our own words,
// consistent with the lessons in content/lessons.

/** An exercise's short link as in content/exercises: section number plus a letter, '1.9a'. */
const exerciseShort = z.string().regex(/^[1-9]\d?\.[1-9]\d?[a-z]$/, 'name an exercise by its short link, such as "1.9a" (see `short` in content/exercises)');

/** Section numbers, quoted: ['1.2', '1.3']. */
const sections = z.array(sectionNumber).min(1, 'name at least one section, such as [\'1.3\']');

/** One learning goal for the teacher, with the sections that teach it. */
export const teacherGoalSchema = z.strictObject({
  /** What the student can do, from the teacher's side: "De student legt uit …". */
  goal: text,
  /** The sections that teach it. */
  sections,
});

/** One part of a lesson in the lesson plan. */
export const lessonStepSchema = z.strictObject({
  /** How long it takes, in minutes. */
  minutes: z.number().int().min(1).max(120),
  /** What the teacher and the students do, in one to three sentences. */
  activity: text,
  /** Optional: the exercise used, by its short link ('1.8a'). It is shown with a presentation link. */
  exercise: exerciseShort.optional(),
  /** Optional: the lesson shown or read, by section number. */
  section: sectionNumber.optional(),
});

/** One lesson of the lesson plan. */
export const teacherLessonSchema = z.strictObject({
  /** A short title for the lesson: "Van klant naar account". */
  title: text,
  /** The sections the lesson covers. */
  sections,
  /** The parts of the lesson, in order. Their minutes add up to `lessonMinutes`. */
  steps: z.array(lessonStepSchema).min(2, 'a lesson has at least 2 steps'),
  /** Optional: homework after this lesson. */
  homework: text.optional(),
});

/** Something to use in class or at home: an exercise, a lesson's Check jezelf, or a self-test. */
export const teacherUseSchema = z
  .strictObject({
    /** An exercise, by its short link ('2.4a'). */
    exercise: exerciseShort.optional(),
    /** The Check jezelf questions of a lesson, by section number. */
    section: sectionNumber.optional(),
    /** The chapter's self-test (`hoofdstuk`) or the final practice test over all chapters (`proeftoets`). */
    test: z.enum(['hoofdstuk', 'proeftoets']).optional(),
    /** How to use it, and why it works there. */
    tip: text,
  })
  .refine((use) => [use.exercise, use.section, use.test].filter((x) => x !== undefined).length === 1, {
    message: 'name exactly one of `exercise`, `section` or `test`',
  });

/** A mistake students often make. */
export const misconceptionSchema = z.strictObject({
  /** What students think, in their words: "Een klant die veel koopt, is vanzelf een account." */
  belief: text,
  /** How it really is, as the lessons teach it. */
  correction: text,
  /** What helps in class: a question, a contrast, an exercise. */
  approach: text,
  /** The sections where it comes up. */
  sections,
});

/** content/teacher/hN.yaml: the teacher notes of one chapter. */
export const teacherNotesSchema = z
  .strictObject({
    /** The chapter these notes belong to. */
    chapter: chapterNumber,
    /** Two to four sentences for the teacher: what the chapter does and what to watch. */
    intro: text,
    /** The learning goals of the chapter, each with the sections that teach it (2 to 8). */
    leerdoelen: z.array(teacherGoalSchema).min(2).max(8),
    /** The length of one lesson in the plan, in minutes. */
    lessonMinutes: z.number().int().min(20).max(120).default(50),
    /** A suggested lesson plan: 1 to 4 lessons. */
    lessons: z.array(teacherLessonSchema).min(1).max(4),
    /** Exercises and questions that work well on the digital whiteboard, with the whole class. */
    whiteboard: z.array(teacherUseSchema).min(1),
    /** Exercises and questions that suit homework. */
    homework: z.array(teacherUseSchema).min(1),
    /** Where students usually go wrong: at least 3 concrete misconceptions. */
    misconceptions: z.array(misconceptionSchema).min(3, 'describe at least 3 misconceptions'),
  })
  .superRefine((notes, ctx) => {
    notes.lessons.forEach((lesson, i) => {
      const total = lesson.steps.reduce((sum, step) => sum + step.minutes, 0);
      if (total !== notes.lessonMinutes) {
        ctx.addIssue({
          code: 'custom',
          path: ['lessons', i, 'steps'],
          message: `the steps take ${total} minutes; make them add up to lessonMinutes (${notes.lessonMinutes})`,
        });
      }
    });
  });

export type TeacherNotes = z.output<typeof teacherNotesSchema>;
export type TeacherUse = z.output<typeof teacherUseSchema>;
