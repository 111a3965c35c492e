#!/usr/bin/env node
// How big the search index is and how fast a search runs over the full index, with the same code
// the browser runs (src/lib/search/engine.ts) on the built index (<dist>/zoekindex.json).
// Prints raw and gzip size, the time to prepare the index, and per query the time of a first
// search (nothing cached: what a student typing a new word gets) and of a repeated one, as median
// and max over many runs. Fails when a query's median goes over the target.
// Usage: node scripts/bench-search.mjs [dist]   (default: $DIST_DIR or dist; run the build first)
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runnerImport } from 'vite';

const dist = resolve(process.argv[2] ?? process.env.DIST_DIR ?? 'dist');
const file = join(dist, 'zoekindex.json');
if (!existsSync(file)) {
  console.error(`bench-search: ${file} does not exist; run the build first`);
  process.exit(2);
}

/** A student's queries: titles, terms, typos, no accents, several words, a section number. */
const QUERIES = [
  'destep', 'destpe', 'swot', 'swto', 'dmu', 'klant', 'analyse', 'accountplan', 'orientatie', 'geintegreerd',
  'concurentie', 'ladder van vertrouwen', 'wat is een trend', 'swot veldkamp', 'hunter of farmer',
  '5 krachten', 'beinvloedbare factoren', 'key account', 'sanne hendriks', '2.4', 'a', 'xyzzyq',
];
const COLD_RUNS = 15;
const WARM_RUNS = 200;
/** Per query, on a phone several times slower than this machine: keep the median well under it. */
const TARGET_MS = 50;

const { module: engine } = await runnerImport(resolve('src/lib/search/engine.ts'), { logLevel: 'silent', configFile: false });
const raw = readFileSync(file);
const index = JSON.parse(raw.toString('utf8'));

const time = (fn) => {
  const start = performance.now();
  fn();
  return performance.now() - start;
};
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => `${x.toFixed(2)} ms`.padStart(10);

console.log(`search index ${file}`);
console.log(`  size: ${(raw.length / 1024).toFixed(1)} KB raw, ${(gzipSync(raw, { level: 9 }).length / 1024).toFixed(1)} KB gzip`);
console.log(`  ${index.lessons.length} lessons (${index.lessons.reduce((n, l) => n + l.b.length, 0)} parts), ${index.terms.length} terms, ${index.exercises.length} exercises`);

// Fresh engines: every search on them is a first search (no cached word matches).
const engines = [];
const prepare = [];
for (let i = 0; i < COLD_RUNS; i++) prepare.push(time(() => engines.push(engine.createSearch(index))));
console.log(`  prepare (once per page, when the index arrives): median ${ms(median(prepare)).trim()}, max ${ms(Math.max(...prepare)).trim()}\n`);

console.log(`${'query'.padEnd(24)} ${'hits'.padStart(4)}  ${'first: median'.padStart(13)} ${'max'.padStart(10)}  ${'again: median'.padStart(13)} ${'max'.padStart(10)}`);
let worst = 0;
const allCold = [];
const allWarm = [];
for (const query of QUERIES) {
  const cold = engines.map((e) => time(() => e.search(query)));
  const warm = [];
  for (let i = 0; i < WARM_RUNS; i++) warm.push(time(() => engines[0].search(query)));
  const results = engines[0].search(query);
  const hits = results.lessons.length + results.terms.length + results.exercises.length;
  allCold.push(...cold);
  allWarm.push(...warm);
  worst = Math.max(worst, median(cold), median(warm));
  console.log(`${query.padEnd(24)} ${String(hits).padStart(4)}  ${ms(median(cold)).padStart(13)} ${ms(Math.max(...cold))}  ${ms(median(warm)).padStart(13)} ${ms(Math.max(...warm))}`);
}
console.log(`${'all queries'.padEnd(24)} ${''.padStart(4)}  ${ms(median(allCold)).padStart(13)} ${ms(Math.max(...allCold))}  ${ms(median(allWarm)).padStart(13)} ${ms(Math.max(...allWarm))}`);

// Typing letter by letter: each keystroke is a new search with new words.
const typing = engine.createSearch(index);
const phrase = 'ladder van vertrouwen';
const perKey = [...phrase].map((_, i) => time(() => typing.search(phrase.slice(0, i + 1))));
console.log(`\ntyping "${phrase}" letter by letter: median ${ms(median(perKey)).trim()}, max ${ms(Math.max(...perKey)).trim()} per keystroke`);

if (worst > TARGET_MS) {
  console.error(`bench-search: a query takes ${worst.toFixed(1)} ms (median), over the ${TARGET_MS} ms target`);
  process.exit(1);
}
console.log(`target: median under ${TARGET_MS} ms per query: ok`);
