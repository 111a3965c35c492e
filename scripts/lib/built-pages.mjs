// The built pages, for the steps that rewrite them after `astro build` (astro:build:done hooks in
// scripts/lib/csp.mjs and scripts/lib/late-script.mjs).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** @param {string} dir @returns {string[]} every .html file below dir */
export function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

/**
 * Runs `rewrite` over every built page and writes back the pages it changed.
 * @param {URL} dir the build folder, as astro:build:done gives it
 * @param {(html: string, name: string) => string} rewrite gets a page and its path in the build
 * @returns {number} how many pages changed
 */
export function rewritePages(dir, rewrite) {
  const root = fileURLToPath(dir);
  let changed = 0;
  for (const file of htmlFiles(root)) {
    const html = readFileSync(file, 'utf8');
    const next = rewrite(html, file.slice(root.length));
    if (next === html) continue;
    writeFileSync(file, next);
    changed++;
  }
  return changed;
}
