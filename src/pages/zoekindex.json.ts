// /zoekindex.json: the search index, written once at build time. The browser fetches it only when
// a student starts to search (src/widgets/search/load.ts). Its shape: src/lib/search/build.ts.
import type { APIRoute } from 'astro';
import { render } from 'astro:content';
import { getCourse } from '../data/course';
import { buildSearchIndex } from '../lib/search/build';
import { exercisePath } from '../lib/urls';
import { t } from '../i18n';

export const prerender = true;

export const GET: APIRoute = async () => {
  const course = await getCourse();
  const lessons = await Promise.all(
    course.pages
      .filter((page) => page.lesson)
      .map(async (page) => {
        const lesson = page.lesson!;
        // The slugs the page really gives its headings, so a result lands on the right anchor.
        const { headings } = await render(lesson);
        return {
          number: page.number,
          title: page.title,
          path: page.path,
          summary: lesson.data.summary,
          body: lesson.body ?? '',
          samenvatting: lesson.data.samenvatting,
          headings,
        };
      }),
  );
  const index = buildSearchIndex({
    lessons,
    terms: course.terms.map((term) => ({ ...term, path: course.termPath(term.id) })),
    exercises: course.exercises.map((e) => ({ ...e, path: exercisePath(e.id) })),
    labels: { samenvatting: t('lesson.samenvatting') },
  });
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
