// The reading font (FontLoading.astro): on a first visit the page is painted in the metric-matched
// fallback and the two font files are asked for only after the load event; once asked for, the
// next page uses the font from the start. Either way the text ends up in Atkinson Hyperlegible.
import { test, expect, type Page } from '@playwright/test';

test.use({ serviceWorkers: 'block' });

/** Notes whether the page ever held the font back (the override on <html> that FontLoading sets). */
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __fontHeldBack?: boolean };
    w.__fontHeldBack = false;
    // Set up before <html> exists: watch the whole document for style attributes.
    new MutationObserver(() => {
      if (document.documentElement?.style.getPropertyValue('--font-atkinson')) w.__fontHeldBack = true;
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['style'] });
  });
});
const heldBack = (page: Page) => page.evaluate(() => (window as unknown as { __fontHeldBack?: boolean }).__fontHeldBack);

/** When each font file was asked for, and when the load event started (ms since navigation). */
const timings = (page: Page) =>
  page.evaluate(() => ({
    fonts: performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.woff2')).map((e) => e.startTime),
    load: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart,
  }));

/** The font faces of the page that are Atkinson itself (not the fallback faces) and have loaded. */
const loadedAtkinson = (page: Page) =>
  page.evaluate(() => [...document.fonts].filter((f) => f.family.includes('Atkinson') && !f.family.includes('fallback') && f.status === 'loaded').length);

test('a first visit paints in the fallback and asks for the font after the load event', async ({ page }) => {
  await page.goto('/hoofdstuk-1/wat-is-accountmanagement/');
  await expect.poll(() => loadedAtkinson(page)).toBe(2);
  const { fonts, load } = await timings(page);
  expect(await heldBack(page)).toBe(true);
  expect(fonts).toHaveLength(2);
  for (const start of fonts) expect(start).toBeGreaterThan(load);
  // The font is in use: the override on <html> is gone, and body text is set in Atkinson.
  expect(await page.evaluate(() => document.documentElement.style.getPropertyValue('--font-atkinson'))).toBe('');
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^"?Atkinson Hyperlegible Next-/);
});

test('the next page uses the font from the start', async ({ page }) => {
  await page.goto('/');
  await expect.poll(() => loadedAtkinson(page)).toBe(2);
  expect(await heldBack(page)).toBe(true);
  await page.goto('/hoofdstuk-2/');
  // Never held back: the text is in Atkinson from the first paint (the font comes from the cache).
  await expect.poll(() => loadedAtkinson(page)).toBe(2);
  expect(await heldBack(page)).toBe(false);
});

test('with storage switched off the font still arrives', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('off', 'SecurityError'); } });
  });
  await page.goto('/hoofdstuk-1/');
  await expect.poll(() => loadedAtkinson(page)).toBe(2);
  expect(await heldBack(page)).toBe(true);
});

test('a link to a place in a page uses the font from the start, so that place stays in view', async ({ page }) => {
  await page.goto('/hoofdstuk-1/begrippen/#dmu');
  await expect.poll(() => loadedAtkinson(page)).toBe(2);
  expect(await heldBack(page)).toBe(false);
  await expect(page.locator('#dmu')).toBeInViewport();
});
