// Offline and installable: after one visit the whole module works without a connection, an
// unknown page offline gets the 404 page, and a new version is offered without losing progress.
// These tests serve the build themselves (scripts/lib/static-server.mjs) so that they can switch
// "the internet" off for real: the server stops, and the browser context goes offline as well.
import { test, expect, type BrowserContext, type Page, type Locator } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startStaticServer } from '../../scripts/lib/static-server.mjs';
import { loadContent } from '../helpers/load-content';
import type { Question } from '../../src/schemas';

const root = join(import.meta.dirname, '..', '..');
const dist = resolve(root, process.env.DIST_DIR ?? 'dist');
const strings = (area: string): Record<string, string> => JSON.parse(readFileSync(join(root, 'src', 'i18n', 'nl', `${area}.json`), 'utf8'));
const offline = strings('offline');
const site = strings('site');

const questions = loadContent().input.questions.flatMap((f) => f.data.questions);
type TrueFalse = Extract<Question, { type: 'truefalse' }>;
const trueFalse = (chapter: string) => questions.find((q): q is TrueFalse => q.type === 'truefalse' && q.section.startsWith(`${chapter}.`))!;

test.use({ serviceWorkers: 'allow' });
test.setTimeout(90_000);

/** Waits until the service worker has installed everything and controls the page. */
async function waitForServiceWorker(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 60_000 });
}

async function quizCard(page: Page, prompt: string): Promise<Locator> {
  const card = page.locator('.question').filter({ hasText: prompt });
  await card.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island:not([ssr])').first()).toBeAttached();
  return card;
}

async function answerRight(page: Page, question: TrueFalse) {
  const card = await quizCard(page, question.prompt);
  await card.getByRole('radio', { name: question.answer ? 'Juist' : 'Onjuist' }).check();
  await card.getByRole('button', { name: 'Controleer' }).click();
  await expect(card.getByText('Goed!')).toBeVisible();
}

const progressIn = (page: Page): Promise<Record<string, string | null>> =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith('am:')).map((k) => [k, localStorage.getItem(k)])));

let context: BrowserContext | undefined;
test.afterEach(async () => {
  await context?.close();
  context = undefined;
});

test('after one visit, an unvisited lesson opens and its exercise works without a connection', async ({ browser }) => {
  const server = await startStaticServer({ root: dist, base: process.env.BASE_PATH ?? '/' });
  context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(server.url);
    await waitForServiceWorker(page);
  } finally {
    await server.close();
  }
  await context.setOffline(true);

  // A lesson of chapter 2, reached through its short link (a forwarding page): neither was visited.
  const question = trueFalse('2');
  await page.goto(`${server.url}${question.section}/`);
  await page.waitForURL(/\/hoofdstuk-2\/[^/]+\/$/);
  await expect(page.locator('h1')).toHaveCount(1);
  await answerRight(page, question);
  expect(Object.keys(await progressIn(page)).length).toBeGreaterThan(0);

  // The search page (when the site has one) with a query in its URL, and its index.
  if (existsSync(join(dist, 'zoeken', 'index.html'))) {
    await page.goto(`${server.url}zoeken/?q=destep`);
    await expect(page.locator('h1')).toHaveCount(1);
    if (existsSync(join(dist, 'zoekindex.json'))) {
      expect(await page.evaluate(async (url) => (await fetch(url)).ok, `${server.url}zoekindex.json`)).toBe(true);
    }
  }

  // An unknown page offline gets the site's own 404 page from the cache.
  await page.goto(`${server.url}bestaat-niet/`);
  await expect(page.locator('h1')).toHaveText(site['notFound.title']!);
});

test('a new version is offered in a polite banner, and loading it keeps all progress', async ({ browser }) => {
  const server = await startStaticServer({ root: dist, base: process.env.BASE_PATH ?? '/' });
  context = await browser.newContext();
  const page = await context.newPage();
  try {
    const question = trueFalse('1');
    await page.goto(`${server.url}${question.section}/`);
    await page.waitForURL(/\/hoofdstuk-1\/[^/]+\/$/);
    await waitForServiceWorker(page);
    const visited = await progressIn(page);
    await answerRight(page, question);
    const before = await progressIn(page);
    // What answering stored: entries that are new or changed.
    const answerKeys = Object.keys(before).filter((k) => before[k] !== visited[k]);
    expect(answerKeys.length).toBeGreaterThan(0);
    const banner = page.getByText(offline['offline.update.text']!);
    await expect(banner).toBeHidden();

    // Publish "a new version": sw.js changes by one byte, and the browser checks for it.
    server.overrides.set('/sw.js', `${readFileSync(join(dist, 'sw.js'), 'utf8')}\n// next version\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

    await expect(banner).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('status').filter({ hasText: offline['offline.update.announce']! })).toBeAttached();
    const reload = page.getByRole('button', { name: offline['offline.update.reload']! });
    await expect(page.getByRole('button', { name: offline['offline.update.later']! })).toBeVisible();
    const box = await reload.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);

    await Promise.all([page.waitForEvent('load'), reload.click()]);
    await expect(banner).toBeHidden();
    // Every stored entry is still there, and the answers are exactly as they were (an entry such
    // as "last visited" may renew itself on the reload).
    const after = await progressIn(page);
    expect(Object.keys(after)).toEqual(expect.arrayContaining(Object.keys(before)));
    for (const key of answerKeys) expect(after[key], key).toBe(before[key]);
    const card = await quizCard(page, question.prompt);
    await expect(card.getByText('Goed!')).toBeVisible();
  } finally {
    await server.close();
  }
});

test('the site is installable: manifest with Dutch name, base-relative scope and icons, linked in the page head once loaded', async ({ browser }) => {
  const server = await startStaticServer({ root: dist, base: process.env.BASE_PATH ?? '/' });
  context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(server.url);
    // Not in the HTML (a linked manifest is fetched at once): the page script links it after load.
    expect(await (await page.request.get(server.url)).text()).not.toContain('rel="manifest"');
    await expect(page.locator('head link[rel="manifest"]'), 'start-sw.ts: <link rel="manifest">').toHaveCount(1);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBeTruthy();
    await expect(page.locator('meta[name="theme-color"]').first()).toHaveAttribute('content', '#0a6b5e');
    const manifestUrl = new URL(href!, page.url()).href;
    const manifest = await (await page.request.get(manifestUrl)).json();
    expect(manifest).toMatchObject({ lang: 'nl', display: 'standalone', theme_color: '#0a6b5e', start_url: './', scope: './' });
    for (const icon of manifest.icons as { src: string; type: string }[]) {
      const response = await page.request.get(new URL(icon.src, manifestUrl).href);
      expect(response.headers()['content-type'], icon.src).toBe('image/png');
    }
    expect(manifest.icons.some((i: { purpose: string }) => i.purpose === 'maskable')).toBe(true);
  } finally {
    await server.close();
  }
});

test('"Later" closes the banner; the page keeps working', async ({ browser }) => {
  const server = await startStaticServer({ root: dist, base: process.env.BASE_PATH ?? '/' });
  context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(server.url);
    await waitForServiceWorker(page);
    server.overrides.set('/sw.js', `${readFileSync(join(dist, 'sw.js'), 'utf8')}\n// next version\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const banner = page.getByText(offline['offline.update.text']!);
    await expect(banner).toBeVisible({ timeout: 30_000 });
    await page.getByRole('button', { name: offline['offline.update.later']! }).focus();
    await page.keyboard.press('Enter');
    await expect(banner).toBeHidden();
  } finally {
    await server.close();
  }
});
