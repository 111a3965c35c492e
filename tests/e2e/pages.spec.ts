// Every page of the built site: loads without errors, asks nothing of other hosts, fits a phone,
// and has no WCAG 2.1 A/AA violations (axe): in light mode, and in dark mode with the text at
// 200% (WCAG 1.4.4), where it must also still fit the window without sideways scrolling.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { pagePaths } from './site';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

function watch(page: Page) {
  const problems: string[] = [];
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console: ${msg.text()}`); });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.hostname !== '127.0.0.1' && url.protocol !== 'data:') problems.push(`request to another host: ${request.url()}`);
  });
  page.on('response', (response) => { if (response.status() >= 400) problems.push(`${response.status()} for ${response.url()}`); });
  return problems;
}

test('the site has pages to test', () => {
  expect(pagePaths.length).toBeGreaterThan(20);
});

for (const path of pagePaths) {
  test.describe(path, () => {
    test('loads cleanly and fits a 360px phone', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      const problems = watch(page);
      await page.goto(path);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'horizontal scroll in px').toBeLessThanOrEqual(0);
      expect(problems).toEqual([]);
    });

    for (const [colorScheme, textSize] of [['light', 100], ['dark', 200]] as const) {
      test(`has no axe violations (${colorScheme}, text ${textSize}%)`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        // As a browser's text-size setting does: the root font size, which every rem and em follows.
        if (textSize !== 100) await page.addInitScript((size) => { document.documentElement.style.fontSize = `${size}%`; }, textSize);
        await page.goto(path);
        const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`)).toEqual([]);
        if (textSize !== 100) {
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `horizontal scroll in px at ${textSize}% text`).toBeLessThanOrEqual(0);
        }
      });
    }
  });
}
