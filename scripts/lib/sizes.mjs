// What one page of the built site costs to download, in gzip bytes: its HTML, its CSS, the
// JavaScript that runs at load, the JavaScript it loads later on its own (dynamic imports of the
// load scripts, such as the service worker script when the page is idle) and the JavaScript of
// its islands (loaded when a widget scrolls into view). Sizes, not timings.
// Shared by scripts/audit.mjs and scripts/budget.mjs.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @param {Buffer | string} data */
export const gz = (data) => gzipSync(typeof data === 'string' ? Buffer.from(data) : data, { level: 9 }).length;

/** Relative module specifiers in quotes or template quotes (Vite 8 writes `import(\`./x.js\`)`). */
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[^'"`()]*?\bfrom\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g;

/**
 * A JavaScript file and what it imports: `load` follows static imports only; `later` collects
 * the files only reached through a dynamic import (with their own imports).
 * @param {string} file
 */
export function jsGraph(file) {
  /** @type {Set<string>} */
  const load = new Set();
  /** @type {Set<string>} */
  const later = new Set();
  /** @param {string} f @param {Set<string>} into @param {string[]} dynamicOut */
  const walk = (f, into, dynamicOut) => {
    if (into.has(f) || !existsSync(f)) return;
    into.add(f);
    const code = readFileSync(f, 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) walk(resolve(dirname(f), m[1] ?? ''), into, dynamicOut);
    for (const m of code.matchAll(DYNAMIC_IMPORT)) dynamicOut.push(resolve(dirname(f), m[1] ?? ''));
  };
  /** @type {string[]} */
  let pending = [];
  walk(file, load, pending);
  while (pending.length) {
    const next = /** @type {string[]} */ ([]);
    for (const f of pending) if (!load.has(f)) walk(f, later, next);
    pending = next;
  }
  for (const f of load) later.delete(f);
  return { load, later };
}

/** @param {Iterable<string>} files */
const sumGz = (files) => [...files].reduce((sum, f) => sum + gz(readFileSync(f)), 0);

/**
 * Sizes of one page, or undefined when the page is not in the build. Each byte is counted once:
 * `html` is the document as sent, with its inline <style> and <script> (also given on their own as
 * `inlineCss` and `inlineJs`, for reading, not for adding up); `css` and `load` are the stylesheet
 * and script files the page asks for; `total` = html + css + load, what the page costs before any
 * widget or later script.
 * @param {string} dist the build folder
 * @param {string} path a page path such as /hoofdstuk-1/ (a query string is ignored)
 * @returns {{ html: number, css: number, load: number, later: number, islands: number, total: number, inlineCss: number, inlineJs: number } | undefined}
 */
export function pageSizes(dist, path) {
  const clean = path.split(/[?#]/)[0] ?? '/';
  const htmlFile = clean.endsWith('.html') ? join(dist, clean) : join(dist, clean, 'index.html');
  if (!existsSync(htmlFile)) return undefined;
  const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
  /** @param {string} url */
  const fileOf = (url) => join(dist, (url.split(/[?#]/)[0] ?? '').replace(base, '/').replace(/^\//, ''));
  const html = readFileSync(htmlFile, 'utf8');

  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => fileOf(m[1] ?? ''));
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');

  const loadFiles = new Set();
  const laterFiles = new Set();
  for (const m of html.matchAll(/<script[^>]+src="([^"]+)"/g)) {
    const { load, later } = jsGraph(fileOf(m[1] ?? ''));
    for (const f of load) loadFiles.add(f);
    for (const f of later) laterFiles.add(f);
  }
  for (const f of loadFiles) laterFiles.delete(f);
  const inlineJs = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .join('\n');

  const islandFiles = new Set();
  for (const m of html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)) {
    const { load, later } = jsGraph(fileOf(m[1] ?? ''));
    for (const f of [...load, ...later]) if (!loadFiles.has(f)) islandFiles.add(f);
  }
  for (const f of islandFiles) laterFiles.delete(f);

  const sizes = { html: gz(html), css: sumGz(css), load: sumGz(loadFiles), later: sumGz(laterFiles), islands: sumGz(islandFiles) };
  return {
    ...sizes,
    total: sizes.html + sizes.css + sizes.load,
    inlineCss: inlineCss ? gz(inlineCss) : 0,
    inlineJs: inlineJs.trim() ? gz(inlineJs) : 0,
  };
}

/** @param {number} n bytes */
export const kb = (n) => (n === 0 ? '0' : `${(n / 1024).toFixed(1)} KB`);
