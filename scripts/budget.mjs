#!/usr/bin/env node
// Prints what each kind of page costs a student on a cheap phone, in gzip bytes: HTML, CSS,
// JavaScript that runs at load (inline scripts and <script src>), and JavaScript of the islands
// (loaded when a widget scrolls into view). Fails when a page type goes over its budget.
// Sizes, not timings. Usage: node scripts/budget.mjs [dist]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = resolve(process.argv[2] ?? 'dist');
const KB = 1024;
const LOAD = 8 * KB;

/** One example page per page type, with budgets in gzip bytes. `optional` pages are skipped when absent. */
const PAGES = [
  // Every page carries a few small scripts of its own (search shortcut, reading settings, read
  // marks, view mode, service worker registration): LOAD is their budget together.
  { type: 'home', path: '/', html: 20 * KB, css: 12 * KB, load: LOAD, islands: 0 },
  { type: 'chapter', path: '/hoofdstuk-1/', html: 20 * KB, css: 12 * KB, load: LOAD, islands: 0 },
  { type: 'begrippenlijst', path: '/hoofdstuk-1/begrippen/', html: 30 * KB, css: 12 * KB, load: LOAD, islands: 0 },
  { type: 'begrippenindex', path: '/begrippen/', html: 40 * KB, css: 12 * KB, load: LOAD, islands: 0 },
  // Three islands (Check jezelf quiz, "Oefen dit begrip", "Gelezen").
  { type: 'lesson + quiz', path: '/hoofdstuk-1/ladder-van-vertrouwen/', html: 25 * KB, css: 12 * KB, load: LOAD, islands: 40 * KB },
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

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const fileOf = (url) => join(dist, url.replace(/^\//, '').split(/[?#]/)[0]);

/** A JavaScript file and everything it imports (static and dynamic), as a set of files. */
function jsGraph(file, seen = new Set()) {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:import|export)\s*(?:[^'"()]*?from\s*)?\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) jsGraph(resolve(dirname(file), m[1]), seen);
  return seen;
}
const sumGz = (files) => [...files].reduce((sum, f) => sum + gz(readFileSync(f)), 0);

let failed = false;
const rows = [];
for (const page of PAGES) {
  const htmlFile = join(dist, page.path, 'index.html');
  if (!existsSync(htmlFile)) {
    if (!page.optional) {
      console.error(`budget: ${page.path} is missing from ${dist}`);
      failed = true;
    }
    continue;
  }
  const html = readFileSync(htmlFile, 'utf8');
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => fileOf(m[1]));
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  const loadFiles = new Set();
  for (const m of html.matchAll(/<script[^>]+src="([^"]+)"/g)) for (const f of jsGraph(fileOf(m[1]))) loadFiles.add(f);
  const inlineJs = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
  const islandFiles = new Set();
  for (const m of html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)) for (const f of jsGraph(fileOf(m[1]))) if (!loadFiles.has(f)) islandFiles.add(f);
  const sizes = {
    html: gz(Buffer.from(html)),
    css: sumGz(css) + (inlineCss ? gz(Buffer.from(inlineCss)) : 0),
    load: sumGz(loadFiles) + (inlineJs.trim() ? gz(Buffer.from(inlineJs)) : 0),
    islands: sumGz(islandFiles),
  };
  const over = Object.keys(sizes).filter((k) => sizes[k] > page[k]);
  if (over.length) failed = true;
  rows.push({ page, sizes, over });
}

const fmt = (n) => (n === 0 ? '0' : `${(n / KB).toFixed(1)} KB`);
const cols = ['html', 'css', 'load', 'islands'];
console.log('gzip size per page type: measured (budget)');
console.log(['page type'.padEnd(18), 'HTML'.padEnd(19), 'CSS'.padEnd(19), 'JS at load'.padEnd(19), 'JS of widgets'.padEnd(19), 'example'].join(' '));
for (const { page, sizes, over } of rows) {
  const cell = (k) => `${fmt(sizes[k])} (${fmt(page[k])})${over.includes(k) ? ' OVER' : ''}`.padEnd(19);
  console.log([page.type.padEnd(18), ...cols.map(cell), page.path].join(' '));
}
// Astro's fonts API writes the reading font (two Latin weights) to _astro/fonts/.
const fontDir = join(dist, '_astro', 'fonts');
const fontFiles = existsSync(fontDir) ? readdirSync(fontDir).filter((f) => f.endsWith('.woff2')) : [];
const fontBytes = fontFiles.reduce((sum, f) => sum + statSync(join(fontDir, f)).size, 0);
console.log(`fonts: ${fontFiles.length} woff2 files, ${fmt(fontBytes)} in all (already compressed), not preloaded: text shows at once in a metric-matched fallback; cached after the first page`);
if (failed) {
  console.error('budget: a page type is over its budget (see OVER above)');
  process.exit(1);
}
