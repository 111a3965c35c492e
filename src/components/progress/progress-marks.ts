// The read marks of ProgressMarks.astro. Runs once per page, from the page script
// (src/components/layout/PageScript.astro), which runs once the page has loaded: the marks are
// small and take no room, so drawing them a moment later moves nothing.
import { decodeReadEntry, encodeLastVisit, isSectionNumber, parseLastVisit, READ_EVENT, READING_KEYS } from '../../lib/progress/reading';

// The course navigation and the section list of a chapter page. A link names its section in
// data-section, or in the .num of the link or of its list item.
const LINKS = '.sidebar nav a, main ol.sections > li a';

let storage: Storage | undefined;
try {
  storage = localStorage;
} catch {
  // storage is off: only marks made on this page are shown
}
/** Marks made on this page, also when storage could not keep them. */
const changed = new Map<string, boolean>();

const isRead = (section: string) => {
  if (changed.has(section)) return changed.get(section);
  try {
    return decodeReadEntry(storage?.getItem(READING_KEYS.read + section))?.ok === true;
  } catch {
    return false;
  }
};

function sectionOf(link: HTMLElement) {
  const num = link.querySelector('.num') ?? link.closest('li')?.querySelector('.num');
  const section = link.dataset.section ?? num?.textContent?.trim();
  return isSectionNumber(section) ? section : undefined;
}

function mark() {
  const template = document.getElementById('am-read-mark') as HTMLTemplateElement | null;
  if (!template) return;
  for (const link of document.querySelectorAll<HTMLElement>(LINKS)) {
    const section = sectionOf(link);
    if (!section) continue;
    const old = link.querySelector('.am-mark');
    const read = isRead(section);
    if (read && !old) link.append(template.content.cloneNode(true));
    if (!read && old) old.remove();
  }
}

function rememberVisit() {
  const lesson = document.querySelector<HTMLElement>('[data-am-lesson]');
  if (!lesson) return;
  const { path, title, section } = lesson.dataset;
  const visit = parseLastVisit({ v: 1, path, title, section, visitedAt: new Date().toISOString() });
  try {
    if (visit) storage?.setItem(READING_KEYS.last, encodeLastVisit(visit));
  } catch {
    // full or off: the home page simply shows no "Verder waar je was"
  }
}

mark();
rememberVisit();
addEventListener('storage', (event) => {
  if (!event.key || event.key.startsWith(READING_KEYS.read)) mark();
});
addEventListener('pageshow', (event) => {
  if (event.persisted) mark();
});
document.addEventListener(READ_EVENT, (event) => {
  const detail = (event as CustomEvent<{ section: string; read: boolean }>).detail;
  if (detail && isSectionNumber(detail.section)) changed.set(detail.section, detail.read);
  mark();
});
