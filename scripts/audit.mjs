#!/usr/bin/env node
// Proves the figures: for each page type, what it costs to download (gzip bytes of HTML, CSS and
// JavaScript) and how Lighthouse rates it on a simulated mid-range phone (performance,
// accessibility, best practices, SEO, with LCP, TBT and CLS). It prints figures; it is not a test
// and fails only when it cannot measure. Lighthouse figures vary between runs (on a busy 2-core
// machine LCP now and then jumps by one simulated round trip, 0.15 s): --runs=5 gives the median
// of each figure on its own, and the lowest and highest LCP.
//
//   npm run audit                        # uses the build in $DIST_DIR or dist/, builds if absent
//   node scripts/audit.mjs [dist] [--build] [--runs=5] [--json=audit.json]
//
// The site is served by a tiny static server on 127.0.0.1 (scripts/lib/static-server.mjs), and
// Lighthouse drives the system's Chromium (scripts/browser.mjs) through chrome-launcher, a fresh
// one for every run.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium, MISSING_BROWSER_HELP } from './browser.mjs';
import { kb, pageSizes } from './lib/sizes.mjs';
import { startStaticServer } from './lib/static-server.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
const value = (name, fallback) => flag(name)?.split('=')[1] ?? fallback;
const distArg = args.find((a) => !a.startsWith('--')) ?? process.env.DIST_DIR ?? 'dist';
const dist = resolve(distArg);
const runs = Math.max(1, Number(value('runs', '1')));

/** One page per page type; `optional` ones are left out when the build does not have them. */
const PAGES = [
  { type: 'home', path: '/' },
  { type: 'plain lesson', path: '/hoofdstuk-1/wat-is-accountmanagement/' },
  { type: 'widget lesson', path: '/hoofdstuk-1/ladder-van-vertrouwen/' },
  { type: 'flashcards', path: '/begrippen/trainen/' },
  { type: 'test', path: '/toets/hoofdstuk-1/', optional: true },
  { type: 'search results', path: '/zoeken/?q=destep', optional: true },
];

if (flag('build') || !existsSync(join(dist, 'index.html'))) {
  console.log(`audit: building into ${distArg} …`);
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, DIST_DIR: distArg } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
if (!existsSync(join(dist, 'sw.js'))) {
  const sw = spawnSync(process.execPath, ['scripts/build-sw.mjs', dist], { stdio: 'inherit' });
  if (sw.status !== 0) process.exit(sw.status ?? 1);
}

const chromePath = findChromium();
if (!chromePath) {
  console.error(MISSING_BROWSER_HELP);
  process.exit(2);
}

const pages = PAGES.filter((p) => pageSizes(dist, p.path) !== undefined || !p.optional);
const server = await startStaticServer({ root: dist, base: process.env.BASE_PATH ?? '/' });
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** A few of the elements or texts an audit complains about, to find them quickly. */
function examples(audit) {
  const items = audit?.details?.items ?? [];
  const text = items.slice(0, 3).map((i) => i.node?.snippet ?? i.text ?? i.href ?? i.url ?? '').filter(Boolean);
  return text.length ? `(${text.join(', ')}${items.length > 3 ? ', …' : ''})` : '';
}

/** @param {string} url */
async function lighthouseRun(url) {
  // A fresh browser for every run, as the Lighthouse command line does: nothing (fonts, cache,
  // storage, open connections) carries over from an earlier run.
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROMIUM_ARGS });
  let result;
  try {
    result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
  } finally {
    chrome.kill();
  }
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`audit: Lighthouse returned nothing for ${url}`);
  if (lhr.runtimeError) throw new Error(`audit: Lighthouse could not load ${url}: ${lhr.runtimeError.message}`);
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
  const failing = Object.values(lhr.categories)
    .filter((c) => c.id !== 'performance')
    .flatMap((c) => c.auditRefs.filter((r) => r.weight > 0 && (lhr.audits[r.id]?.score ?? 1) < 1).map((r) => `${c.id}: ${r.id} ${examples(lhr.audits[r.id])}`));
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    failing,
  };
}

/**
 * The median of each figure on its own over the runs (scores, LCP, TBT, CLS), and every audit that
 * failed in any run.
 * @param {Awaited<ReturnType<typeof lighthouseRun>>[]} results
 */
function medianOf(results) {
  /** @param {(r: (typeof results)[number]) => number} pick */
  const median = (pick) => {
    const values = results.map(pick).sort((a, b) => a - b);
    const mid = Math.floor(values.length / 2);
    return values.length % 2 ? /** @type {number} */ (values[mid]) : (/** @type {number} */ (values[mid - 1]) + /** @type {number} */ (values[mid])) / 2;
  };
  return {
    performance: median((r) => r.performance),
    accessibility: median((r) => r.accessibility),
    bestPractices: median((r) => r.bestPractices),
    seo: median((r) => r.seo),
    lcp: median((r) => r.lcp),
    tbt: median((r) => r.tbt),
    cls: median((r) => r.cls),
    failing: [...new Set(results.flatMap((r) => r.failing))],
  };
}

const rows = [];
try {
  for (const page of pages) {
    const sizes = pageSizes(dist, page.path);
    const url = server.url + page.path.replace(/^\//, '');
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await lighthouseRun(url));
    rows.push({ ...page, sizes, lighthouse: medianOf(results), lcpRange: [Math.min(...results.map((r) => r.lcp)), Math.max(...results.map((r) => r.lcp))] });
    process.stderr.write(`audit: measured ${page.path}\n`);
  }
} finally {
  await server.close();
}

const pad = (s, n) => String(s).padEnd(n);
console.log(`\nDownload per page type, gzip. HTML includes its inline CSS and scripts; "in all" = HTML + CSS files + JS files at load;`);
console.log(`JS "later" = loaded by the page script after load or on first use; widgets = when they scroll into view.`);
console.log([pad('page type', 15), pad('HTML', 9), pad('CSS', 9), pad('JS at load', 11), pad('in all', 9), pad('JS later', 9), pad('JS widgets', 11), 'page'].join(' '));
for (const r of rows) {
  const s = r.sizes ?? { html: 0, css: 0, load: 0, total: 0, later: 0, islands: 0 };
  console.log([pad(r.type, 15), pad(kb(s.html), 9), pad(kb(s.css), 9), pad(kb(s.load), 11), pad(kb(s.total), 9), pad(kb(s.later), 9), pad(kb(s.islands), 11), r.path].join(' '));
}
console.log(`\nLighthouse ${runs > 1 ? `(median of ${runs} runs, each figure on its own) ` : ''}mobile: simulated mid-range phone on a slow 4G connection`);
console.log([pad('page type', 15), pad('perf', 5), pad('a11y', 5), pad('best', 5), pad('SEO', 5), pad('LCP', 8), pad('TBT', 7), pad('CLS', 6), runs > 1 ? 'LCP lowest–highest' : ''].join(' '));
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
for (const r of rows) {
  const l = r.lighthouse;
  const range = runs > 1 ? `${seconds(r.lcpRange[0])}–${seconds(r.lcpRange[1])}` : '';
  console.log([pad(r.type, 15), pad(l.performance, 5), pad(l.accessibility, 5), pad(l.bestPractices, 5), pad(l.seo, 5), pad(seconds(l.lcp), 8), pad(`${Math.round(l.tbt)} ms`, 7), pad(l.cls.toFixed(3), 6), range].join(' '));
}
const failing = [...new Set(rows.flatMap((r) => r.lighthouse.failing.map((f) => `${r.path} ${f}`)))];
if (failing.length) {
  console.log('\nLighthouse audits that did not pass (outside performance):');
  for (const f of failing) console.log(`  ${f}`);
}
const jsonOut = value('json', undefined);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(rows, null, 2));
