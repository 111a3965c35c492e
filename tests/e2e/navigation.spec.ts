// Finding your way: sidebar, breadcrumb, previous/next, short links, the 404 page.
import { test, expect } from '@playwright/test';
import { shortLinks, lessonPaths } from './site';

test('the sidebar marks the current lesson and opens its chapter', async ({ page }) => {
  await page.goto('/hoofdstuk-1/ladder-van-vertrouwen/');
  const nav = page.getByRole('navigation', { name: 'Inhoud van de module' });
  const current = nav.locator('[aria-current="page"]');
  await expect(current).toHaveCount(1);
  await expect(current).toContainText('De ladder van vertrouwen');
  await expect(current).toBeVisible();
  await nav.getByRole('link', { name: /1\.10 Een willekeurige werkweek/ }).click();
  await expect(page).toHaveURL(/\/hoofdstuk-1\/een-willekeurige-werkweek\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Een willekeurige werkweek');
});

test('the breadcrumb leads back to the chapter and home', async ({ page }) => {
  await page.goto('/hoofdstuk-1/toegevoegde-waarde/');
  const crumbs = page.getByRole('navigation', { name: 'Kruimelpad' });
  await expect(crumbs.locator('[aria-current="page"]')).toHaveText('1.7 Toegevoegde waarde');
  await crumbs.getByRole('link', { name: /Hoofdstuk 1/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accountmanagement');
  await page.getByRole('navigation', { name: 'Kruimelpad' }).getByRole('link', { name: 'Start' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accountmanagement interactief');
});

test('previous and next walk through a chapter in order and on to the next chapter', async ({ page }) => {
  await page.goto('/hoofdstuk-1/inleiding/');
  const seen: string[] = [];
  const next = () => page.getByRole('navigation', { name: 'Vorige en volgende les' }).getByRole('link', { name: /Volgende/ });
  while (new URL(page.url()).pathname.startsWith('/hoofdstuk-1/')) {
    seen.push(new URL(page.url()).pathname);
    await next().click();
  }
  const chapter1 = lessonPaths.filter((p) => p.startsWith('/hoofdstuk-1/'));
  expect(seen).toHaveLength(chapter1.length + 1);
  expect([...seen].sort()).toEqual([...chapter1, '/hoofdstuk-1/begrippen/'].sort());
  expect(seen[0]).toBe('/hoofdstuk-1/inleiding/');
  expect(seen.at(-1)).toBe('/hoofdstuk-1/begrippen/');
  await expect(page).toHaveURL(/\/hoofdstuk-2\/inleiding\/$/);
  await page.getByRole('link', { name: /Vorige/ }).click();
  await expect(page).toHaveURL(/\/hoofdstuk-1\/begrippen\/$/);
  await page.getByRole('link', { name: /Vorige/ }).click();
  await expect(page).toHaveURL(/\/hoofdstuk-1\/accountplanning\/$/);
});

test('short links land on their section or chapter', async ({ page }) => {
  for (const [link, heading] of [['/1.9/', 'De ladder van vertrouwen'], ['/1-9/', 'De ladder van vertrouwen'], ['/1.13/', 'Accountplanning'], ['/h1/', 'Accountmanagement'], ['/1.14/', 'Begrippenlijst hoofdstuk 1']] as const) {
    await page.goto(link);
    await expect(page.getByRole('heading', { level: 1 }), link).toHaveText(heading);
  }
});

test('a short link keeps the view mode and anchor it was given', async ({ page }) => {
  await page.goto('/1.9a/?weergave=presentatie');
  await expect(page).toHaveURL(/\/oefenen\/ladder-van-vertrouwen\/\?weergave=presentatie$/);
  await expect(page.locator('html')).toHaveAttribute('data-weergave', 'presentatie');
  await page.goto('/2.4/#de-zes-factoren-van-destep');
  await expect(page).toHaveURL(/\/hoofdstuk-2\/destep-analyse\/#de-zes-factoren-van-destep$/);
});

test('every short link points to a page that exists', async ({ request }) => {
  expect(shortLinks.length).toBeGreaterThanOrEqual(2 * 14 + 4);
  for (const { path, target } of shortLinks) {
    const response = await request.get(target);
    expect(response.status(), `${path} → ${target}`).toBe(200);
  }
});

test('a mistyped URL shows a Dutch page with a way back', async ({ page }) => {
  const response = await page.goto('/hoofdstuk-1/ladder-van-vertrouwe/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet');
  await page.getByRole('link', { name: 'Naar de startpagina' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accountmanagement interactief');
});

test('a page without widgets loads no widget code and no search index', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => { if (r.resourceType() === 'script' || r.url().endsWith('.json')) scripts.push(r.url()); });
  for (const path of ['/', '/hoofdstuk-1/', '/hoofdstuk-1/begrippen/', '/begrippen/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(scripts.filter((u) => /Quiz|CategoriseBoard|Flashcards|Voortgang|Toets|zoekindex|SearchPopup/.test(u))).toEqual([]);
});

test('a lesson loads the quiz JavaScript only when the quiz scrolls into view', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/hoofdstuk-1/ladder-van-vertrouwen/');
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((u) => /Quiz/.test(u))).toEqual([]);
  await page.locator('#check-jezelf').scrollIntoViewIfNeeded();
  await expect.poll(() => scripts.filter((u) => /Quiz/.test(u)).length).toBeGreaterThan(0);
});
