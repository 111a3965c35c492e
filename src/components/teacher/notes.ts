// Build-time loader of the teacher notes (content/teacher/*.yaml; a file or folder starting with
// "_" is a draft). Read with import.meta.glob, not as a content collection, so the notes need no
// change in src/content.config.ts; src/schemas/teacher.ts is ready to become a collection schema.
import yaml from 'js-yaml';
import { getCourse } from '../../data/course';
import { formatProblem } from '../../lib/content/validate';
import { checkTeacherNotes, parseTeacherNotes, type TeacherNotesFile } from '../../lib/teacher/notes';

const files = import.meta.glob<string>(['/content/teacher/*.yaml', '!/content/teacher/_*'], { query: '?raw', import: 'default', eager: true });

let loaded: Promise<TeacherNotesFile[]> | undefined;

async function load(): Promise<TeacherNotesFile[]> {
  const course = await getCourse();
  const raw = Object.entries(files).map(([path, source]) => {
    const file = path.replace(/^\//, '');
    try {
      return { file, data: yaml.load(source) };
    } catch (error) {
      throw new Error(`${file}: not valid YAML: ${(error as Error).message}`);
    }
  });
  const { notes, problems } = parseTeacherNotes(raw);
  problems.push(
    ...checkTeacherNotes(notes, {
      chapters: new Set(course.chapters.map((c) => c.number)),
      sections: new Set(course.sectionByNumber.keys()),
      exercises: new Set(course.exercises.map((e) => e.short)),
    }),
  );
  if (problems.length) throw new Error(`The teacher notes have ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
  return notes.sort((a, b) => a.data.chapter - b.data.chapter);
}

/** The teacher notes of every chapter, parsed and checked once per build. */
export const getTeacherNotes = () => (loaded ??= load());
