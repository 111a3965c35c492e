#!/usr/bin/env node
// Prints what each kind of page costs a student on a cheap phone: HTML, CSS, JavaScript and fonts
// in gzip bytes, and fails when a page type goes over its budget. Sizes, not timings.
// Usage: node scripts/budget.mjs [dist]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = resolve(process.argv[2] ?? 'dist');
const KB = 1024;

/** Page types, one example page each, and their budgets in gzip bytes. */
const PAGES = [
  { type: 'home', path: '/', js: 0, css: 12 * KB, html: 20 * KB },
  { type: 'chapter', path: '/hoofdstuk-1/', js: 0, css: 12 * KB, html: 20 * KB },
  { type: 'lesson (plain)', path: '/hoofdstuk-1/ladder-van-vertrouwen/', js: 0, css: 12 * KB, html: 25 * KB },
  { type: 'chapter glossary', path: '/hoofdstuk-1/begrippen/', js: 0, css: 12 * KB, html: 30 * KB },
  { type: 'begrippenindex', path: '/begrippen/', js: 0, css: 12 * KB, html: 40 * KB },
];

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const fileOf = (url) => join(dist, url.replace(/^\//, '').split(/[?#]/)[0]);

/** A JavaScript file and everything it imports statically, as a set of files. */
function jsGraph(file, seen = new Set()) {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:import|export)\s*(?:[^'"()]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) jsGraph(resolve(dirname(file), m[1]), seen);
  return seen;
}

let failed = false;
const rows = [];
for (const page of PAGES) {
  const htmlFile = join(dist, page.path, 'index.html');
  if (!existsSync(htmlFile)) {
    console.error(`budget: ${page.path} is missing from ${dist}`);
    failed = true;
    continue;
  }
  const html = readFileSync(htmlFile, 'utf8');
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => fileOf(m[1]));
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  const jsEntries = [
    ...[...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)].map((m) => m[1]),
  ].map(fileOf);
  const inlineJs = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
  const jsFiles = new Set();
  for (const entry of jsEntries) for (const f of jsGraph(entry)) jsFiles.add(f);
  const sizes = {
    html: gz(Buffer.from(html)),
    css: css.reduce((sum, f) => sum + gz(readFileSync(f)), 0) + (inlineCss ? gz(Buffer.from(inlineCss)) : 0),
    js: [...jsFiles].reduce((sum, f) => sum + gz(readFileSync(f)), 0) + (inlineJs.trim() ? gz(Buffer.from(inlineJs)) : 0),
  };
  const over = ['html', 'css', 'js'].filter((k) => sizes[k] > page[k]);
  if (over.length) failed = true;
  rows.push({ ...page, ...sizes, over });
}

const fmt = (n) => (n === 0 ? '0' : `${(n / KB).toFixed(1)} KB`);
console.log('gzip bytes per page type (budget in brackets)');
console.log(['page type'.padEnd(18), 'HTML'.padEnd(20), 'CSS'.padEnd(20), 'JavaScript'.padEnd(20), 'example'].join(' '));
for (const r of rows) {
  const cell = (k) => `${fmt(r[k])} (${fmt(r[`_${k}`] ?? PAGES.find((p) => p.type === r.type)[k])})${r.over.includes(k) ? ' OVER' : ''}`.padEnd(20);
  console.log([r.type.padEnd(18), cell('html'), cell('css'), cell('js'), r.path].join(' '));
}
const fontFiles = readdirSync(join(dist, '_astro')).filter((f) => /-latin-\d00-normal\.[\w-]+\.woff2$/.test(f));
const fontBytes = fontFiles.reduce((sum, f) => sum + statSync(join(dist, '_astro', f)).size, 0);
console.log(`fonts: ${fontFiles.length} woff2 files for Latin text, ${fmt(fontBytes)} in all (already compressed), cached after the first page`);
if (failed) {
  console.error('budget: a page type is over its budget (see OVER above)');
  process.exit(1);
}
