// Search: the box in the header (keyboard, popup, phone), the results page, and what loads when.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gotoReady } from './site';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const dist = join(import.meta.dirname, '..', '..', process.env.DIST_DIR ?? 'dist');
const isSearchAsset = (url: string) => /zoekindex\.json|\/enhance\.[\w-]+\.js/.test(url);

const box = (page: Page) => page.getByRole('search', { name: 'Zoeken in de lesstof' });
const combobox = (page: Page) => box(page).getByRole('combobox');
const listbox = (page: Page) => page.getByRole('listbox', { name: 'Zoekresultaten' });

/** Moves through the options with the arrow key until `name` is the active one, then presses Enter. */
async function choose(page: Page, group: string, name: string | RegExp) {
  const option = listbox(page).getByRole('group', { name: group }).getByRole('option', { name });
  await expect(option.first()).toBeVisible();
  const id = await option.first().getAttribute('id');
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('ArrowDown');
    if ((await combobox(page).getAttribute('aria-activedescendant')) === id) break;
  }
  await expect(combobox(page)).toHaveAttribute('aria-activedescendant', id!);
  await expect(option.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
}

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

test.describe('search box in the header', () => {
  test('loads nothing for search until the student starts to search', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('/hoofdstuk-1/');
    await page.waitForLoadState('networkidle');
    await page.mouse.wheel(0, 2000);
    await page.waitForTimeout(300);
    expect(requests.filter(isSearchAsset)).toEqual([]);

    const index = page.waitForRequest(/zoekindex\.json/);
    await combobox(page).or(box(page).getByRole('searchbox')).focus();
    await index;
    expect(requests.filter(isSearchAsset)).toHaveLength(2);
  });

  test('"/" focuses the box; a lesson title, arrow and Enter open the lesson', async ({ page }) => {
    await gotoReady(page, '/');
    await page.keyboard.press('/');
    await expect(box(page).getByRole('searchbox').or(combobox(page))).toBeFocused();
    await page.keyboard.type('kenweg en keuzeweg');
    await expect(combobox(page)).toHaveAttribute('aria-expanded', 'true');
    await choose(page, 'Lessen', /Kenweg en keuzeweg/);
    await expect(page).toHaveURL(/\/hoofdstuk-4\/kenweg-en-keuzeweg\/$/);
    await expect(page.locator('h1')).toHaveText('Kenweg en keuzeweg');
  });

  test('a term with a typo opens the term on its begrippenlijst', async ({ page }) => {
    await gotoReady(page, '/oefenen/');
    await page.keyboard.press('/');
    await page.keyboard.type('destpe');
    await choose(page, 'Begrippen', /^DESTEP-analyse/);
    await expect(page).toHaveURL(/\/hoofdstuk-2\/begrippen\/#destep-analyse$/);
    await expect(page.locator('#destep-analyse')).toBeInViewport();
  });

  test('an exercise name opens the exercise; a heading match opens the heading', async ({ page }) => {
    await gotoReady(page, '/casus/');
    await page.keyboard.press('/');
    await page.keyboard.type('swot van veldkamp');
    await choose(page, 'Oefeningen', /^SWOT van Veldkamp/);
    await expect(page).toHaveURL(/\/oefenen\/swot-veldkamp\/$/);
    // The "/" shortcut is in the page script, which runs once the page has loaded.
    await expect(page.locator('[data-search][data-ready]')).toBeAttached();

    await page.keyboard.press('/');
    await page.keyboard.type('wat is een trend');
    await choose(page, 'Lessen', /DESTEP-analyse/);
    await expect(page).toHaveURL(/\/hoofdstuk-2\/destep-analyse\/#wat-is-een-trend$/);
    await expect(page.locator('#wat-is-een-trend')).toBeInViewport();
  });

  test('Escape closes the popup and returns focus; "/" in a field types a slash', async ({ page }) => {
    await gotoReady(page, '/hoofdstuk-2/destep-analyse/');
    const skip = page.getByRole('link', { name: 'Naar de inhoud' });
    await skip.focus();
    await page.keyboard.press('/');
    await page.keyboard.type('swot');
    await expect(listbox(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(listbox(page)).toBeHidden();
    await expect(combobox(page)).toHaveAttribute('aria-expanded', 'false');
    await expect(skip).toBeFocused();
    await expect(combobox(page)).toHaveValue('swot');

    await combobox(page).focus();
    await combobox(page).fill('a/b');
    await expect(combobox(page)).toHaveValue('a/b');
  });

  test('Enter without choosing opens the results page', async ({ page }) => {
    await gotoReady(page, '/');
    await page.keyboard.press('/');
    await page.keyboard.type('klantwaarde');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/zoeken\/\?q=klantwaarde$/);
    await expect(page.getByRole('heading', { level: 2, name: /Begrippen/ })).toBeVisible();
  });

  test('a click or tap on a result opens it', async ({ page }) => {
    await page.goto('/');
    await combobox(page).or(box(page).getByRole('searchbox')).fill('kenweg');
    await listbox(page).getByRole('group', { name: 'Begrippen' }).getByRole('option', { name: /^Kenweg/ }).first().click();
    await expect(page).toHaveURL(/\/hoofdstuk-4\/begrippen\/#kenweg$/);
  });

  test('has no axe violations with the popup open (light and dark)', async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await gotoReady(page, '/hoofdstuk-1/');
      await page.keyboard.press('/');
      await page.keyboard.type('account');
      await expect(listbox(page)).toBeVisible();
      await page.keyboard.press('ArrowDown');
      expect(await axe(page)).toEqual([]);
    }
  });

  test('fits a 360px phone: a button opens the box, without horizontal scroll', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await gotoReady(page, '/hoofdstuk-3/');
    const toggle = page.getByRole('button', { name: 'Zoeken', exact: true });
    await expect(combobox(page).or(box(page).getByRole('searchbox'))).toBeHidden();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.type('geintegreerd');
    await expect(listbox(page)).toBeVisible();
    await expect(listbox(page).getByRole('option', { name: /Geïntegreerd accountmanagement/ }).first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'horizontal scroll in px').toBeLessThanOrEqual(0);
    const popup = await listbox(page).boundingBox();
    expect(popup!.x).toBeGreaterThanOrEqual(0);
    expect(popup!.x + popup!.width).toBeLessThanOrEqual(360);
    expect(await axe(page)).toEqual([]);

    await page.getByRole('button', { name: 'Zoeken sluiten' }).click();
    await expect(combobox(page)).toBeHidden();
    await expect(toggle).toBeFocused();
  });
});

test.describe('results page /zoeken/', () => {
  test('reads q from the URL and shows grouped results with marked matches', async ({ page }) => {
    await page.goto('/zoeken/?q=destep');
    await expect(page.getByRole('searchbox', { name: 'Waar zoek je naar?' })).toHaveValue('destep');
    for (const group of ['Lessen', 'Begrippen', 'Oefeningen']) {
      await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${group}`) })).toBeVisible();
    }
    const lessons = page.getByRole('region', { name: /Lessen/ });
    await expect(lessons.getByRole('link').first()).toHaveText('DESTEP-analyse');
    await expect(lessons.locator('mark').first()).toHaveText('DESTEP');
    await lessons.getByRole('link').first().click();
    await expect(page).toHaveURL(/\/hoofdstuk-2\/destep-analyse\/$/);
  });

  test('"/" focuses the field of the results page', async ({ page }) => {
    await gotoReady(page, '/zoeken/');
    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('/');
    await expect(page.getByRole('searchbox', { name: 'Waar zoek je naar?' })).toBeFocused();
  });

  test('updates the URL while the student types, so the link can be shared', async ({ page }) => {
    await page.goto('/zoeken/');
    const field = page.getByRole('searchbox', { name: 'Waar zoek je naar?' });
    await field.fill('oriëntatie');
    await expect(page).toHaveURL(/\/zoeken\/\?q=ori%C3%ABntatie$/);
    await expect(page.getByRole('region', { name: /Lessen/ }).getByRole('link').first()).toHaveText('Oriëntatie op de strategie van het bedrijf');
    await field.fill('');
    await expect(page).toHaveURL(/\/zoeken\/$/);
    await page.goto('/zoeken/?q=xyzzyq');
    await expect(page.getByText('Geen resultaten voor ‘xyzzyq’.')).toBeVisible();
  });

  test('shows the first results of a long group and the rest on request, keeping keyboard focus in place', async ({ page }) => {
    await page.goto('/zoeken/?q=klant');
    const lessons = page.getByRole('region', { name: /Lessen/ });
    await expect(lessons.getByRole('listitem')).toHaveCount(8);
    const more = lessons.getByRole('button', { name: /^Toon alle \d+ lessen$/ });
    const total = Number(/\d+/.exec((await more.textContent()) ?? '')![0]);
    expect(total).toBeGreaterThan(10);
    await more.focus();
    await page.keyboard.press('Enter');
    await expect(lessons.getByRole('listitem')).toHaveCount(total);
    await expect(more).toBeHidden();
    await expect(lessons.getByRole('listitem').nth(8).getByRole('link')).toBeFocused();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no axe violations with results (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/zoeken/?q=klant');
      await expect(page.getByRole('heading', { level: 2, name: /^Lessen/ })).toBeVisible();
      expect(await axe(page)).toEqual([]);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the header box is a plain form that goes to the results page', async ({ page }) => {
    await page.goto('/hoofdstuk-1/');
    const field = box(page).getByRole('searchbox', { name: 'Zoek in lessen, begrippen en oefeningen' });
    await field.fill('dmu');
    await field.press('Enter');
    await expect(page).toHaveURL(/\/zoeken\/\?q=dmu$/);
    await expect(page.getByText(/Zoeken werkt alleen met JavaScript/)).toBeVisible();
  });
  test('on a phone the header has a link to the results page', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/');
    await page.getByRole('link', { name: 'Zoeken', exact: true }).click();
    await expect(page).toHaveURL(/\/zoeken\/$/);
  });
});

test('every anchor in the search index exists on its page', () => {
  const file = join(dist, 'zoekindex.json');
  expect(existsSync(file)).toBe(true);
  const index = JSON.parse(readFileSync(file, 'utf8')) as { lessons: { u: string; b: { a: string }[] }[]; terms: { u: string }[]; exercises: { u: string }[] };
  const missing: string[] = [];
  const urls = [
    ...index.lessons.flatMap((l) => [l.u, ...l.b.filter((b) => b.a).map((b) => `${l.u}#${b.a}`)]),
    ...index.terms.map((t) => t.u),
    ...index.exercises.map((e) => e.u),
  ];
  for (const url of urls) {
    const [path, anchor] = url.split('#');
    const html = join(dist, path!, 'index.html');
    if (!existsSync(html)) missing.push(url);
    else if (anchor && !readFileSync(html, 'utf8').includes(` id="${anchor}"`)) missing.push(url);
  }
  expect(missing).toEqual([]);
  expect(urls.length).toBeGreaterThan(400);
});
