import { test, expect } from '@playwright/test';

test('the begrippenindex lists all terms A–Z with working jump letters', async ({ page }) => {
  await page.goto('/begrippen/');
  const letters = page.getByRole('navigation', { name: 'Spring naar letter' }).getByRole('link');
  expect(await letters.count()).toBeGreaterThan(8);
  const names = await page.locator('article.term h3').allTextContents();
  expect(names.length).toBeGreaterThanOrEqual(20);
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nl', { sensitivity: 'base' })));
  await page.getByRole('navigation', { name: 'Spring naar letter' }).getByRole('link', { name: 'K', exact: true }).click();
  await expect(page).toHaveURL(/#letter-k$/);
  await expect(page.getByRole('heading', { name: 'K', exact: true })).toBeInViewport();
});

test('a chapter glossary links each term to the lesson that introduces it', async ({ page }) => {
  await page.goto('/hoofdstuk-1/begrippen/#dmu');
  const term = page.locator('#dmu');
  await expect(term).toBeInViewport();
  await term.getByRole('link', { name: /Uitgelegd in 1\.6/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('De functie van (junior) accountmanager');
});
