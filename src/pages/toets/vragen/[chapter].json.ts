// /toets/vragen/hoofdstuk-N.json: the question bank of one chapter, for the self-tests. A test
// draws its questions in the browser (new ones for every attempt, or a teacher's selection read
// from the address), so it needs the bank; fetching it per chapter keeps the test pages small,
// lets the chapter tests, the proeftoets and the teacher's links share what the browser already
// has, and the service worker keeps these files for offline use like every other file.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCourse } from '../../../data/course';
import { chapterQuestions } from '../_data';

export const prerender = true;

export const getStaticPaths = (async () => {
  const course = await getCourse();
  return course.chapters.filter((chapter) => chapterQuestions(course, chapter.number).length).map((chapter) => ({ params: { chapter: chapter.slug } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const course = await getCourse();
  const chapter = course.chapters.find((c) => c.slug === params.chapter)!;
  return new Response(JSON.stringify(chapterQuestions(course, chapter.number)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
