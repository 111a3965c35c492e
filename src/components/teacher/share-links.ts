// The links teachers share, grouped per chapter, built from the course at build time. Every path
// already carries the base path. `short` is what "Korte link" copies; `full` is the page itself,
// used for the view modes (a short link forwards and would drop ?weergave=…).
import { getCourse } from '../../data/course';
import { documentPath, getWerkboek, werkboekPath } from '../../data/werkboek';
import { t } from '../../i18n';
import { chapterShortLink, exercisePath, sectionShortLinks, withBase } from '../../lib/urls';

export type ShareType = 'chapter' | 'lesson' | 'begrippen' | 'exercise' | 'test' | 'werkboek';

export interface ShareLink {
  title: string;
  type: ShareType;
  short: string;
  full: string;
}

export interface ShareGroup {
  /** Anchor id of the group. */
  id: string;
  title: string;
  chapter?: number;
  links: ShareLink[];
}

/** The self-test of a chapter and the final practice test (pages of the /toets/ area). */
export const chapterTestPath = (chapter: number) => `/toets/hoofdstuk-${chapter}/`;
export const finalTestPath = () => '/toets/proeftoets/';

export async function shareGroups(): Promise<ShareGroup[]> {
  const course = await getCourse();
  const groups: ShareGroup[] = course.chapters.map((chapter) => {
    const links: ShareLink[] = [
      {
        title: t('teacher.links.chapterTitle', { number: chapter.number, title: chapter.title }),
        type: 'chapter',
        short: withBase(`/${chapterShortLink(chapter)}/`),
        full: withBase(chapter.path),
      },
    ];
    for (const section of chapter.sections.filter((s) => course.pages.includes(s))) {
      links.push({
        title: `${section.number} ${section.title}`,
        type: section.kind === 'begrippen' ? 'begrippen' : 'lesson',
        short: withBase(`/${sectionShortLinks(section)[0]}/`),
        full: withBase(section.path),
      });
      const exercises = course.exercises
        .filter((e) => e.section === section.number)
        .sort((a, b) => a.short.localeCompare(b.short, 'nl', { numeric: true }));
      for (const exercise of exercises) {
        links.push({ title: `${exercise.short} ${exercise.title}`, type: 'exercise', short: withBase(`/${exercise.short}/`), full: withBase(exercisePath(exercise.id)) });
      }
    }
    const test = withBase(chapterTestPath(chapter.number));
    links.push({ title: t('teacher.links.chapterTest', { number: chapter.number }), type: 'test', short: test, full: test });
    return { id: `links-h${chapter.number}`, title: t('teacher.links.chapterTitle', { number: chapter.number, title: chapter.title }), chapter: chapter.number, links };
  });
  const final = withBase(finalTestPath());
  groups.push({ id: 'links-toetsen', title: t('teacher.links.tests'), links: [{ title: t('teacher.links.proeftoets'), type: 'test', short: final, full: final }] });
  // The werkboek has no short links: its paths are short already.
  const werkboek = await getWerkboek();
  const page = (title: string, path: string): ShareLink => ({ title, type: 'werkboek', short: withBase(path), full: withBase(path) });
  groups.push({
    id: 'links-werkboek',
    title: t('werkboek.teacher.group'),
    links: [
      page(t('werkboek.teacher.start'), werkboekPath),
      ...werkboek.steps.map((s) => page(t('werkboek.teacher.step', { step: s.step, title: s.title }), s.path)),
      page(t('werkboek.teacher.document'), documentPath),
    ],
  });
  return groups;
}

/** The absolute URL at build time (the runtime script replaces the origin with the page's own). */
export function buildTimeUrl(site: URL | undefined, path: string): string {
  return site ? new URL(path, site).href : path;
}
