// URLs of the teacher pages. Like every URL of the site they never change once published.
import type { ChapterRef } from '../../lib/urls';

export const teacherIndexPath = () => '/docenten/';
/** /docenten/hoofdstuk-1/: the teacher notes of a chapter (same slug as the chapter page). */
export const teacherChapterPath = (chapter: ChapterRef) => `/docenten/${chapter.slug}/`;
