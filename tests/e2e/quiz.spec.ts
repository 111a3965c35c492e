// The interactive "Check jezelf" quiz: every question type, by keyboard, touch and mouse;
// feedback that explains; answers that survive a reload; storage that fails.
import { test, expect, type Page, type Locator } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { loadContent } from '../helpers/load-content';
import type { Question } from '../../src/schemas';

const questions = loadContent().input.questions.flatMap((f) => f.data.questions);
const q = <T extends Question['type']>(id: string) => questions.find((x) => x.id === id) as Extract<Question, { type: T }>;
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function quizCard(page: Page, prompt: string): Promise<Locator> {
  const card = page.locator('.question').filter({ hasText: prompt });
  await card.scrollIntoViewIfNeeded();
  // client:visible: wait until the island has hydrated.
  await expect(page.locator('astro-island:not([ssr])').first()).toBeAttached();
  return card;
}

test('a single-choice question by keyboard only: wrong first, with explained feedback, then right', async ({ page }) => {
  const question = q<'single'>('h1-2-wat-is-accountmanagement');
  await page.goto('/hoofdstuk-1/wat-is-accountmanagement/');
  const card = await quizCard(page, question.prompt);
  const wrong = question.options.find((o) => !o.correct && o.feedback)!;
  const right = question.options.find((o) => o.correct)!;
  await card.getByRole('radio', { name: wrong.text }).focus();
  await page.keyboard.press('Space');
  await expect(card.getByRole('radio', { name: wrong.text })).toBeChecked();
  await card.getByRole('button', { name: 'Controleer' }).focus();
  await page.keyboard.press('Enter');
  await expect(card.getByText('Helaas, dat is niet goed.')).toBeVisible();
  await expect(card.getByText(wrong.feedback!)).toBeVisible();
  await expect(card.getByText(question.explanation)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Helaas' })).toBeAttached();
  await card.getByRole('button', { name: 'Opnieuw' }).focus();
  await page.keyboard.press('Enter');
  await card.getByRole('radio', { name: right.text }).check();
  await card.getByRole('button', { name: 'Controleer' }).press('Enter');
  await expect(card.getByText('Goed!')).toBeVisible();
});

test('a multiple-response question gives partial credit and marks missed options', async ({ page }) => {
  const question = q<'multiple'>('h1-2-drie-strategieen');
  await page.goto('/hoofdstuk-1/wat-is-accountmanagement/');
  const card = await quizCard(page, question.prompt);
  const rights = question.options.filter((o) => o.correct);
  await card.getByRole('checkbox', { name: rights[0]!.text }).check();
  await card.getByRole('button', { name: 'Controleer' }).click();
  await expect(card.getByText('Voor een deel goed.')).toBeVisible();
  await expect(card.getByText('dit had je ook moeten kiezen').first()).toBeVisible();
});

test('Controleer without an answer asks for one, and nothing is scored', async ({ page }) => {
  const question = q<'truefalse'>('h1-2-win-win-stelling');
  await page.goto('/hoofdstuk-1/wat-is-accountmanagement/');
  const card = await quizCard(page, question.prompt);
  await card.getByRole('button', { name: 'Controleer' }).click();
  await expect(card.getByText('Kies eerst een antwoord.')).toBeVisible();
  await expect(card.getByRole('button', { name: 'Opnieuw' })).toHaveCount(0);
  await card.getByRole('radio', { name: question.answer ? 'Juist' : 'Onjuist' }).check();
  await card.getByRole('button', { name: 'Controleer' }).click();
  await expect(card.getByText('Goed!')).toBeVisible();
});

test('an ordering question by keyboard, announced, and kept after a reload', async ({ page }) => {
  const question = q<'order'>('h1-9-volgorde-treden');
  await page.goto('/hoofdstuk-1/ladder-van-vertrouwen/');
  let card = await quizCard(page, question.prompt);
  // Put the items in the right order with the move buttons, as a keyboard user would.
  for (let target = 0; target < question.items.length; target++) {
    const texts = await card.locator('.order-item .text').allTextContents();
    let from = texts.indexOf(question.items[target]!);
    while (from > target) {
      await card.getByRole('button', { name: `Omhoog: ${question.items[target]}` }).focus();
      await page.keyboard.press('Enter');
      from--;
      await expect(page.getByRole('status').filter({ hasText: `${question.items[target]} staat nu op plek ${from + 1}` })).toBeAttached();
    }
  }
  await expect(card.locator('.order-item .text')).toHaveText(question.items);
  await card.getByRole('button', { name: 'Controleer' }).press('Enter');
  await expect(card.getByText('Goed!')).toBeVisible();
  await page.reload();
  card = await quizCard(page, question.prompt);
  await expect(card.getByText('Goed!')).toBeVisible();
  await expect(card.locator('.order-item .text')).toHaveText(question.items);
});

test('a matching question with selects; a wrong pair shows the right pairs', async ({ page }) => {
  const question = q<'match'>('h1-4-begrippen-koppelen');
  await page.goto('/hoofdstuk-1/productmanagement/');
  const card = await quizCard(page, question.prompt);
  const selects = card.getByRole('combobox');
  await expect(selects).toHaveCount(question.pairs.length);
  for (let i = 0; i < question.pairs.length; i++) {
    // The first pair gets a wrong answer on purpose.
    const answer = i === 0 ? question.pairs[1]!.right : question.pairs[i]!.right;
    await selects.nth(i).selectOption({ label: answer });
  }
  await card.getByRole('button', { name: 'Controleer' }).click();
  await expect(card.getByText('Voor een deel goed.')).toBeVisible();
  await expect(card.getByText('De goede paren zijn:')).toBeVisible();
  await card.getByRole('button', { name: 'Toon antwoord' }).click();
  await expect(card.getByText('Goed!')).toBeVisible();
});

test('on a phone with touch: tap an answer and check it, without horizontal scroll', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const question = q<'single'>('h1-3-glansrijk-geen-account');
  await page.goto('/hoofdstuk-1/welke-klant-is-een-account/');
  const card = await quizCard(page, question.prompt);
  await card.locator('label').filter({ hasText: question.options.find((o) => o.correct)!.text }).tap();
  await card.getByRole('button', { name: 'Controleer' }).tap();
  await expect(card.getByText('Goed!')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await context.close();
});

test('the quiz has no axe violations before and after Controleer', async ({ page }) => {
  const question = q<'order'>('h1-4-stappen-nieuwe-jas');
  await page.goto('/hoofdstuk-1/productmanagement/');
  const card = await quizCard(page, question.prompt);
  const before = await new AxeBuilder({ page }).include('#check-jezelf').withTags(WCAG).analyze();
  expect(before.violations.map((v) => v.id)).toEqual([]);
  await card.getByRole('button', { name: /Omlaag/ }).first().click();
  await card.getByRole('button', { name: 'Controleer' }).click();
  await expect(card.locator('.feedback')).toBeVisible();
  const after = await new AxeBuilder({ page }).include('#check-jezelf').withTags(WCAG).analyze();
  expect(after.violations.map((v) => v.id)).toEqual([]);
});

test('with storage switched off (private mode) the quiz works and says progress is not kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
  });
  const question = q<'truefalse'>('h1-2-win-win-stelling');
  await page.goto('/hoofdstuk-1/wat-is-accountmanagement/');
  const card = await quizCard(page, question.prompt);
  await card.getByRole('radio', { name: question.answer ? 'Juist' : 'Onjuist' }).check();
  await card.getByRole('button', { name: 'Controleer' }).click();
  await expect(card.getByText('Goed!')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /Je browser bewaart nu niets/ })).toBeVisible();
});

test('broken saved data for one question resets only that question, with a notice', async ({ page }) => {
  const broken = q<'truefalse'>('h1-2-win-win-stelling');
  const kept = q<'single'>('h1-2-wat-is-accountmanagement');
  await page.goto('/hoofdstuk-1/wat-is-accountmanagement/');
  let card = await quizCard(page, kept.prompt);
  await card.getByRole('radio', { name: kept.options.find((o) => o.correct)!.text }).check();
  await card.getByRole('button', { name: 'Controleer' }).click();
  await expect(card.getByText('Goed!')).toBeVisible();
  await page.evaluate((id) => localStorage.setItem(`am:vraag:${id}`, '{"v":1,"state":'), broken.id);
  await page.reload();
  card = await quizCard(page, kept.prompt);
  await expect(card.getByText('Goed!')).toBeVisible();
  await expect(page.getByText(/Een deel van je opgeslagen werk was beschadigd/)).toBeVisible();
  const brokenCard = await quizCard(page, broken.prompt);
  await expect(brokenCard.getByRole('button', { name: 'Controleer' })).toBeVisible();
});
