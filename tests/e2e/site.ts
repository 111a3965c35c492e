// The pages of the built site, read from dist/ so the tests cover every page that exists.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, type Page } from '@playwright/test';

const dist = process.env.DIST_DIR ? join(import.meta.dirname, '..', '..', process.env.DIST_DIR) : join(import.meta.dirname, '..', '..', 'dist');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name === 'index.html' ? [path] : [];
  });
}

const all = htmlFiles(dist).map((file) => ({
  path: '/' + relative(dist, file).replace(/index\.html$/, ''),
  html: readFileSync(file, 'utf8'),
}));

const isShortLink = (html: string) => /http-equiv="refresh"/.test(html);

/** Every real page (short-link forwarding pages left out), sorted. */
export const pagePaths = [...all.filter((p) => !isShortLink(p.html)).map((p) => p.path), '/404.html'].sort();
/** Every short link with its target. */
export const shortLinks = all
  .filter((p) => isShortLink(p.html))
  .map((p) => ({ path: p.path, target: /url=([^"]+)"/.exec(p.html)![1]! }))
  .sort((a, b) => a.path.localeCompare(b.path));
/** Pages of lessons (not chapter, glossary or other pages). */
export const lessonPaths = pagePaths.filter((p) => /^\/hoofdstuk-\d\/(?!begrippen\/)[^/]+\/$/.test(p));

/**
 * Opens a page and waits for its page script (src/components/layout/PageScript.astro), which runs
 * once the page has loaded and gives the search box, the reading settings button and read-aloud
 * their behaviour. The search box marks it with data-ready.
 */
export async function gotoReady(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('[data-search][data-ready]')).toBeAttached();
}
