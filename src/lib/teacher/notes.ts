// Teacher notes (content/teacher/hN.yaml): parsed with their schema and checked against the
// course, so a note never points to a section or exercise that does not exist. Problems name the
// file and the field, like every other content check (src/lib/content/validate.ts).
import { teacherNotesSchema, type TeacherNotes } from '../../schemas/teacher';
import { parseFile } from '../content/parse';
import type { Problem } from '../content/validate';

export interface TeacherNotesFile {
  file: string;
  data: TeacherNotes;
}

/** What the notes may refer to. */
export interface TeacherRefs {
  chapters: ReadonlySet<number>;
  sections: ReadonlySet<string>;
  /** Short links of the exercises ('1.9a'). */
  exercises: ReadonlySet<string>;
}

/** Parses raw (already YAML-decoded) files; returns the notes and every problem found. */
export function parseTeacherNotes(raw: { file: string; data: unknown }[]): { notes: TeacherNotesFile[]; problems: Problem[] } {
  const notes: TeacherNotesFile[] = [];
  const problems: Problem[] = [];
  for (const { file, data } of raw) {
    const result = parseFile(teacherNotesSchema, data, file);
    if (result.ok) notes.push({ file, data: result.data });
    else problems.push(...result.problems);
  }
  return { notes, problems };
}

/** Checks the notes against the course: chapters, sections and exercises exist; one file per chapter. */
export function checkTeacherNotes(notes: TeacherNotesFile[], refs: TeacherRefs): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<number, string>();
  for (const { file, data } of notes) {
    const problem = (field: string, message: string) => problems.push({ file, field, message });
    if (!refs.chapters.has(data.chapter)) problem('chapter', `chapter ${data.chapter} does not exist`);
    const earlier = seen.get(data.chapter);
    if (earlier) problem('chapter', `chapter ${data.chapter} already has notes in ${earlier}`);
    seen.set(data.chapter, file);
    const section = (field: string, number: string | undefined) => {
      if (number !== undefined && !refs.sections.has(number)) problem(field, `section ${number} does not exist`);
    };
    const exercise = (field: string, short: string | undefined) => {
      if (short !== undefined && !refs.exercises.has(short)) problem(field, `no exercise has the short link "${short}"; use one of: ${[...refs.exercises].sort().join(', ')}`);
    };
    data.leerdoelen.forEach((goal, i) => goal.sections.forEach((s, j) => section(`leerdoelen[${i}].sections[${j}]`, s)));
    data.lessons.forEach((lesson, i) => {
      lesson.sections.forEach((s, j) => section(`lessons[${i}].sections[${j}]`, s));
      lesson.steps.forEach((step, j) => {
        section(`lessons[${i}].steps[${j}].section`, step.section);
        exercise(`lessons[${i}].steps[${j}].exercise`, step.exercise);
      });
    });
    for (const list of ['whiteboard', 'homework'] as const) {
      data[list].forEach((use, i) => {
        section(`${list}[${i}].section`, use.section);
        exercise(`${list}[${i}].exercise`, use.exercise);
      });
    }
    data.misconceptions.forEach((m, i) => m.sections.forEach((s, j) => section(`misconceptions[${i}].sections[${j}]`, s)));
  }
  return problems;
}

/** Start and end minute of each step: [[0, 5], [5, 15], …]. */
export function stepTimes(steps: readonly { minutes: number }[]): [number, number][] {
  let at = 0;
  return steps.map((step) => {
    const from = at;
    at += step.minutes;
    return [from, at];
  });
}
