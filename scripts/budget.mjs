#!/usr/bin/env node
// Prints what each kind of page costs a student on a cheap phone, in gzip bytes: the HTML (with its
// inline styles and scripts), the stylesheets, the script files that run at load, the page in all
// (those three: what it costs before any widget), and the JavaScript of the islands (loaded when a
// widget scrolls into view). Fails when a page type goes over its budget. Sizes, not timings; the
// counting is scripts/lib/sizes.mjs, shared with the audit. Usage: node scripts/budget.mjs [dist]
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pageSizes } from './lib/sizes.mjs';

const dist = resolve(process.argv[2] ?? 'dist');
const KB = 1024;
const LOAD = 8 * KB;
/** The page in all (HTML + CSS + JS at load) unless a page type says otherwise. */
const TOTAL = 40 * KB;
const COLUMNS = /** @type {const} */ (['html', 'css', 'load', 'total', 'islands']);

/** One example page per page type, with budgets in gzip bytes. `optional` pages are skipped when absent. */
const PAGES = [
  // Every page carries one small script file for its chrome (search box, reading settings, read
  // marks, service worker registration): LOAD is the budget of the script files at load.
  { type: 'home', path: '/', html: 20 * KB, css: 12 * KB, load: LOAD, islands: 0 },
  { type: 'chapter', path: '/hoofdstuk-1/', html: 20 * KB, css: 12 * KB, load: LOAD, islands: 0 },
  { type: 'begrippenlijst', path: '/hoofdstuk-1/begrippen/', html: 30 * KB, css: 12 * KB, load: LOAD, islands: 0 },
  { type: 'begrippenindex', path: '/begrippen/', html: 40 * KB, css: 12 * KB, load: LOAD, islands: 0 },
  // Lessons: 30 KB in all (issue 9). Each ends in Check jezelf, so each has islands (the quiz,
  // "Oefen dit begrip", "Gelezen"); some have an exercise too.
  { type: 'lesson', path: '/hoofdstuk-1/wat-is-accountmanagement/', html: 25 * KB, css: 12 * KB, load: LOAD, total: 30 * KB, islands: 40 * KB },
  { type: 'lesson + exercise', path: '/hoofdstuk-1/ladder-van-vertrouwen/', html: 30 * KB, css: 12 * KB, load: LOAD, islands: 40 * KB },
  { type: 'sorting exercise', path: '/oefenen/hunter-of-farmer/', html: 20 * KB, css: 12 * KB, load: LOAD, islands: 40 * KB },
  { type: 'SWOT board', path: '/oefenen/swot-veldkamp/', html: 20 * KB, css: 12 * KB, load: LOAD, islands: 40 * KB, optional: true },
  { type: 'quiz exercise', path: '/oefenen/ladder-van-vertrouwen/', html: 20 * KB, css: 12 * KB, load: LOAD, islands: 40 * KB, optional: true },
  { type: 'flashcards', path: '/begrippen/trainen/', html: 30 * KB, css: 12 * KB, load: LOAD, islands: 40 * KB, optional: true },
  { type: 'self-test', path: '/toets/hoofdstuk-1/', html: 40 * KB, css: 12 * KB, load: LOAD, islands: 40 * KB, optional: true },
  { type: 'search results', path: '/zoeken/', html: 20 * KB, css: 12 * KB, load: LOAD, islands: 40 * KB, optional: true },
  // The dashboard reads every kind of progress (scheduler included): a heavier page, visited now and then.
  { type: 'voortgang', path: '/voortgang/', html: 30 * KB, css: 12 * KB, load: LOAD, islands: 60 * KB, optional: true },
  // The werkboek: the start page with its manager, the largest step (account plan) and the document.
  { type: 'werkboek', path: '/werkboek/', html: 25 * KB, css: 12 * KB, load: LOAD, islands: 60 * KB, optional: true },
  { type: 'werkboek step 6', path: '/werkboek/accountplan/', html: 40 * KB, css: 12 * KB, load: LOAD, islands: 60 * KB, optional: true },
  { type: 'werkboek document', path: '/werkboek/document/', html: 25 * KB, css: 12 * KB, load: LOAD, islands: 60 * KB, optional: true },
];

let failed = false;
const rows = [];
for (const page of PAGES) {
  const sizes = pageSizes(dist, page.path);
  if (!sizes) {
    if (!page.optional) {
      console.error(`budget: ${page.path} is missing from ${dist}`);
      failed = true;
    }
    continue;
  }
  const over = COLUMNS.filter((k) => sizes[k] > (page[k] ?? TOTAL));
  if (over.length) failed = true;
  rows.push({ page, sizes, over });
}

/** @param {number} n */
const fmt = (n) => (n === 0 ? '0' : `${(n / KB).toFixed(1)} KB`);
console.log('gzip size per page type: measured (budget)');
console.log(['page type'.padEnd(18), ...['HTML', 'CSS', 'JS at load', 'in all', 'JS of widgets'].map((h) => h.padEnd(19)), 'example'].join(' '));
for (const { page, sizes, over } of rows) {
  const cell = (k) => `${fmt(sizes[k])} (${fmt(page[k] ?? TOTAL)})${over.includes(k) ? ' OVER' : ''}`.padEnd(19);
  console.log([page.type.padEnd(18), ...COLUMNS.map(cell), page.path].join(' '));
}
// Astro's fonts API writes the reading font (two Latin weights) to _astro/fonts/.
const fontDir = join(dist, '_astro', 'fonts');
const fontFiles = existsSync(fontDir) ? readdirSync(fontDir).filter((f) => f.endsWith('.woff2')) : [];
const fontBytes = fontFiles.reduce((sum, f) => sum + statSync(join(fontDir, f)).size, 0);
console.log(`fonts: ${fontFiles.length} woff2 files, ${fmt(fontBytes)} in all (already compressed), asked for once the page has loaded on a first visit (text shows at once in a metric-matched fallback), from the start once cached`);
if (failed) {
  console.error('budget: a page type is over its budget (see OVER above)');
  process.exit(1);
}
