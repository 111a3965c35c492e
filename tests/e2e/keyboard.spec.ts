// With the keyboard alone: skip link, visible focus, term definitions on focus, the phone menu.
import { test, expect } from '@playwright/test';

test('the first Tab shows the skip link, which moves focus to the content', async ({ page }) => {
  await page.goto('/hoofdstuk-1/accountplanning/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Naar de inhoud' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#inhoud$/);
  await page.keyboard.press('Tab');
  const focusedInMain = await page.evaluate(() => !!document.activeElement?.closest('main'));
  expect(focusedInMain).toBe(true);
});

test('every link shows a visible focus ring', async ({ page }) => {
  await page.goto('/hoofdstuk-1/welke-klant-is-een-account/');
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { tag: el.tagName, width: parseFloat(style.outlineWidth), style: style.outlineStyle };
    });
    expect(outline.style, `focus on ${outline.tag}`).not.toBe('none');
    expect(outline.width, `focus on ${outline.tag}`).toBeGreaterThanOrEqual(2);
  }
});

test('a term shows its definition on keyboard focus and on hover, and links to the glossary', async ({ page }) => {
  await page.goto('/hoofdstuk-1/ladder-van-vertrouwen/');
  const term = page.locator('main .begrip a').first();
  const tip = page.locator('main .begrip [role="tooltip"]').first();
  await expect(tip).toBeHidden();
  await term.focus();
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('Ladder van vertrouwen');
  await expect(term).toHaveAccessibleDescription(/vijf treden/);
  await term.blur();
  await expect(tip).toBeHidden();
  await term.hover();
  await expect(tip).toBeVisible();
  await term.press('Enter');
  await expect(page).toHaveURL(/\/hoofdstuk-1\/begrippen\/#ladder-van-vertrouwen$/);
  await expect(page.locator('#ladder-van-vertrouwen')).toBeInViewport();
});

test('on a phone the course menu opens and closes with the keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/hoofdstuk-1/inleiding/');
  const menu = page.locator('details.sidebar > summary');
  const link = page.getByRole('navigation', { name: 'Inhoud van de module' }).getByRole('link', { name: /1\.2 Wat is accountmanagement/ });
  await expect(link).toBeHidden();
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(link).toBeVisible();
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/wat-is-accountmanagement\/$/);
});

test('on a wide screen the course menu is always open', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/hoofdstuk-1/inleiding/');
  await expect(page.locator('details.sidebar > summary')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Inhoud van de module' }).getByRole('link', { name: /1\.2 Wat is accountmanagement/ })).toBeVisible();
});

test('without JavaScript, Check jezelf shows the questions with answers that open by keyboard', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/hoofdstuk-1/hunter-of-farmer/');
  const section = page.getByRole('region', { name: 'Check jezelf' });
  await expect(section.locator('.quiz-island')).toBeHidden();
  const first = section.locator('details').first();
  await first.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(first).toHaveAttribute('open', '');
  await expect(first.locator('.answer')).toBeVisible();
  await context.close();
});
