// Page sizes for the audit (scripts/lib/sizes.mjs): what loads with the page, what a script loads
// later by itself (dynamic import), and what only widgets load.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gz, jsGraph, pageSizes } from '../../scripts/lib/sizes.mjs';

const dist = mkdtempSync(join(tmpdir(), 'sizes-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));
const write = (name: string, text: string) => {
  mkdirSync(join(dist, name, '..'), { recursive: true });
  writeFileSync(join(dist, name), text);
  return join(dist, name);
};

const loader = write('_astro/loader.js', 'import{a}from"./shared.js";requestIdleCallback(()=>import(`./lazy.js`).then(m=>m.go(a)));');
write('_astro/shared.js', 'export const a=1;');
write('_astro/lazy.js', "import{b}from'./lazy-dep.js';export function go(){return b}");
write('_astro/lazy-dep.js', 'export const b=2;');
write('_astro/island.js', 'import{a}from"./shared.js";import"./island-dep.js";export default a;');
write('_astro/island-dep.js', 'export const c=3;');
write('_astro/site.css', 'body{margin:0}');
const html = `<!doctype html><html><head><link rel="stylesheet" href="/_astro/site.css"><style>.x{}</style>
<script type="module" src="/_astro/loader.js"></script></head><body>
<astro-island component-url="/_astro/island.js"></astro-island><script>console.log(1)</script>
<script type="application/ld+json">{"a":1}</script></body></html>`;
write('les/index.html', html);

describe('jsGraph', () => {
  it('follows static imports for load, and dynamic ones (template quotes too) for later', () => {
    const { load, later } = jsGraph(loader);
    expect([...load].map((f) => f.slice(dist.length))).toEqual(['/_astro/loader.js', '/_astro/shared.js']);
    expect([...later].map((f) => f.slice(dist.length)).sort()).toEqual(['/_astro/lazy-dep.js', '/_astro/lazy.js']);
  });
});

describe('pageSizes', () => {
  it('splits a page into HTML, CSS, JS at load, JS later and widget JS, in gzip bytes, each byte once', () => {
    const sizes = pageSizes(dist, '/les/?q=ignored')!;
    expect(sizes.html).toBe(gz(html));
    // Inline styles and scripts are part of the HTML; counted once, in the HTML.
    expect(sizes.css).toBe(gz('body{margin:0}'));
    expect(sizes.load).toBe(gz('import{a}from"./shared.js";requestIdleCallback(()=>import(`./lazy.js`).then(m=>m.go(a)));') + gz('export const a=1;'));
    expect(sizes.total).toBe(sizes.html + sizes.css + sizes.load);
    expect(sizes.inlineCss).toBe(gz('.x{}'));
    expect(sizes.inlineJs).toBe(gz('console.log(1)'));
    expect(sizes.later).toBe(gz("import{b}from'./lazy-dep.js';export function go(){return b}") + gz('export const b=2;'));
    // shared.js already came with the page: only the island's own files count.
    expect(sizes.islands).toBe(gz('import{a}from"./shared.js";import"./island-dep.js";export default a;') + gz('export const c=3;'));
  });

  it('returns undefined for a page that is not in the build', () => {
    expect(pageSizes(dist, '/zoeken/')).toBeUndefined();
  });
});
