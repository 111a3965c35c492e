// The built pages, for the steps that rewrite them after `astro build` (astro:build:done hooks in
// scripts/lib/csp.mjs and scripts/lib/late-script.mjs), and the file walk they share.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** @param {string} dir @param {string} ending such as '.html' @returns {string[]} every file below dir with that ending */
export function filesEnding(dir, ending) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesEnding(path, ending) : name.endsWith(ending) ? [path] : [];
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
  for (const file of filesEnding(root, '.html')) {
    const html = readFileSync(file, 'utf8');
    const next = rewrite(html, file.slice(root.length));
    if (next === html) continue;
    writeFileSync(file, next);
    changed++;
  }
  return changed;
}
