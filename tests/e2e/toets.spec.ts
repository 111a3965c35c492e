// Self-tests under exam conditions: a chapter test taken to the end (with a reload in the
// middle), handed in, graded and reviewed; a teacher's link that gives everyone the same test;
// keyboard only; the timer; axe before and after handing in; a 360px phone.
import { test, expect, type Page, type Locator } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { loadContent } from '../helpers/load-content';
import type { Question } from '../../src/schemas';

const bank = loadContent().input.questions.flatMap((f) => f.data.questions);
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const questionArea = (page: Page) => page.locator('.exam-question');

/** The bank question on screen, found by its prompt. */
async function currentQuestion(page: Page): Promise<Question> {
  const prompt = (await questionArea(page).locator('.prompt').first().textContent())!.trim();
  const question = bank.find((q) => q.prompt.trim() === prompt);
  expect(question, `question with prompt "${prompt}"`).toBeTruthy();
  return question!;
}

/** Answers the question on screen correctly, through its controls. */
async function answerRight(page: Page, question: Question) {
  const area = questionArea(page);
  switch (question.type) {
    case 'single':
      await area.getByRole('radio', { name: question.options.find((o) => o.correct)!.text, exact: true }).check();
      break;
    case 'multiple':
      for (const option of question.options.filter((o) => o.correct)) await area.getByRole('checkbox', { name: option.text, exact: true }).check();
      break;
    case 'truefalse':
      await area.getByRole('radio', { name: question.answer ? 'Juist' : 'Onjuist', exact: true }).check();
      break;
    case 'match':
      for (const pair of question.pairs) await area.getByRole('combobox', { name: `Wat hoort bij: ${pair.left}`, exact: true }).selectOption({ label: pair.right });
      break;
    case 'number':
      await area.getByRole('textbox').fill(String(question.answer).replace('.', ','));
      break;
    case 'order':
      for (let target = 0; target < question.items.length; target++) {
        const texts = await area.locator('.order-item .text').allTextContents();
        for (let from = texts.indexOf(question.items[target]!); from > target; from--) {
          await area.getByRole('button', { name: `Omhoog: ${question.items[target]}`, exact: true }).click();
        }
      }
      await expect(area.locator('.order-item .text')).toHaveText(question.items);
      break;
  }
}

async function startTest(page: Page, path: string, options: { timer?: boolean } = {}) {
  await page.goto(path);
  const start = page.getByRole('button', { name: 'Begin de toets' });
  await expect(start).toBeEnabled();
  if (options.timer) await page.getByRole('checkbox', { name: /Met tijd/ }).check();
  await start.click();
  await expect(page.getByRole('heading', { name: /^Vraag 1 van \d+$/ })).toBeFocused();
}

const overviewButton = (page: Page, n: number): Locator =>
  page.getByRole('navigation', { name: 'Overzicht van de vragen' }).getByRole('button', { name: new RegExp(`^Vraag ${n},`) });

test('a chapter test to the end: answers survive a reload, then grade, breakdown and review', async ({ page }) => {
  await startTest(page, '/toets/hoofdstuk-1/');
  const asked: Question[] = [];
  // Answer the first six (leaving question 2 open), then reload.
  for (let i = 1; i <= 6; i++) {
    await expect(page.getByRole('heading', { name: `Vraag ${i} van 15` })).toBeVisible();
    const question = await currentQuestion(page);
    asked.push(question);
    if (i !== 2) await answerRight(page, question);
    await page.getByRole('button', { name: /Volgende/ }).click();
  }
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Vraag 7 van 15' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Je gaat verder waar je was.' })).toBeAttached();
  await expect(overviewButton(page, 1)).toHaveAccessibleName('Vraag 1, beantwoord');
  await expect(overviewButton(page, 2)).toHaveAccessibleName('Vraag 2, nog open');
  await expect(overviewButton(page, 6)).toHaveAccessibleName('Vraag 6, beantwoord');
  // Back to question 1 through the overview: its answer is still there and may be changed.
  await overviewButton(page, 1).click();
  await expect(page.getByRole('heading', { name: 'Vraag 1 van 15' })).toBeFocused();
  expect((await currentQuestion(page)).id).toBe(asked[0]!.id);
  if (asked[0]!.type === 'single' || asked[0]!.type === 'truefalse') await expect(questionArea(page).getByRole('radio', { checked: true })).toHaveCount(1);
  await overviewButton(page, 7).click();
  for (let i = 7; i <= 15; i++) {
    const question = await currentQuestion(page);
    asked.push(question);
    await answerRight(page, question);
    if (i < 15) await page.getByRole('button', { name: /Volgende/ }).click();
  }
  await expect(page.getByRole('button', { name: /Volgende/ })).toBeDisabled();
  expect(new Set(asked.map((q) => q.id)).size).toBe(15);
  expect(asked.every((q) => q.section.startsWith('1.'))).toBe(true);

  // One question open: handing in asks first.
  await page.getByRole('button', { name: 'Inleveren' }).click();
  await expect(page.getByText('Je hebt 1 vraag nog niet (helemaal) beantwoord.')).toBeFocused();
  await page.getByRole('button', { name: 'Nee, verder werken' }).click();
  await expect(page.getByRole('button', { name: 'Inleveren' })).toBeFocused();
  await page.getByRole('button', { name: 'Inleveren' }).click();
  await page.getByRole('button', { name: 'Ja, inleveren' }).click();

  // 14 of 15: 1 + 9 × 14/15 = 9,4.
  await expect(page.getByRole('heading', { name: 'Je resultaat' })).toBeFocused();
  await expect(page.getByText('Je hebt 14 van de 15 punten.')).toBeVisible();
  await expect(page.locator('.grade strong')).toHaveText('9,4');
  await expect(page.getByText('Zo rekenen we je cijfer uit')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Je cijfer is een 9,4.' })).toBeAttached();
  // Per section, with links to the lessons; the section of the open question is marked.
  const sections = page.locator('.sections li');
  await expect(sections.first().getByRole('link')).toHaveAttribute('href', /^\/hoofdstuk-1\/[a-z-]+\/$/);
  await expect(sections.filter({ hasText: asked[1]!.section + ' ' }).first()).toContainText('Lees nog eens');
  // The review: every question, with the right answer for the open one and the explanations.
  const items = page.locator('.review > li');
  await expect(items).toHaveCount(15);
  await expect(items.nth(1)).toContainText('Niet beantwoord');
  await expect(items.nth(1)).toContainText('Het goede antwoord:');
  await expect(items.nth(1)).toContainText(asked[1]!.explanation);
  await expect(items.nth(0)).toContainText('Goed');

  // The attempt is stored in the shared format, and the result stays after a reload.
  const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('am:poging:')).map((k) => JSON.parse(localStorage.getItem(k)!)));
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ v: 1, testId: 'hoofdstuk-1', title: 'Oefentoets hoofdstuk 1', score: 14, max: 15, grade: 9.4, wrong: [asked[1]!.id] });
  await page.reload();
  await expect(page.locator('.grade strong')).toHaveText('9,4');
  // A new attempt starts over, and the intro shows the earlier grade.
  await page.getByRole('button', { name: 'Maak een nieuwe toets' }).first().click();
  await expect(page.getByRole('button', { name: 'Begin de toets' })).toBeFocused();
  await expect(page.getByText('Je vorige cijfers voor deze toets: 9,4.')).toBeVisible();
});

test('a teacher’s link gives two students the same questions in the same order', async ({ browser }) => {
  const link = '/toets/?secties=2.4,2.5,2.11&n=10&seed=k7x2';
  const seen: string[][] = [];
  for (let student = 0; student < 2; student++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(link);
    await expect(page.getByRole('heading', { name: 'Toets van je docent' })).toBeVisible();
    await expect(page.getByText('10 vragen', { exact: true })).toBeVisible();
    await startTest(page, link);
    const shown: string[] = [];
    for (let i = 1; i <= 10; i++) {
      const question = await currentQuestion(page);
      expect(['2.4', '2.5', '2.11']).toContain(question.section);
      // The prompt, and the options in the order shown.
      shown.push([question.prompt, ...(await questionArea(page).locator('label, .order-item .text').allTextContents())].join(' | '));
      if (i < 10) await page.getByRole('button', { name: /Volgende/ }).click();
    }
    seen.push(shown);
    await context.close();
  }
  expect(new Set(seen[0]).size).toBe(10);
  expect(seen[1]).toEqual(seen[0]);
});

test('a broken or empty link says what is wrong and offers the chapter tests', async ({ page }) => {
  await page.goto('/toets/?secties=9.9&n=abc');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'Deze toetslink werkt niet' })).toBeVisible();
  await expect(alert).toContainText('Deze paragrafen bestaan niet of hebben geen vragen: 9.9.');
  await expect(alert).toContainText('Het aantal vragen (n=abc) moet een heel getal zijn');
  await expect(alert.getByRole('link', { name: 'Oefentoets hoofdstuk 1' })).toHaveAttribute('href', '/toets/hoofdstuk-1/');
  await page.goto('/toets/?secties=');
  await expect(page.getByRole('alert')).toContainText('In de link staat niet over welke paragrafen of hoofdstukken de toets gaat.');
  // Without a link: the list of tests, and no test.
  await page.goto('/toets/');
  await expect(page.getByRole('heading', { name: 'Kies een toets' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Proeftoets' })).toHaveAttribute('href', '/toets/proeftoets/');
  await expect(page.getByRole('button', { name: 'Begin de toets' })).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('keyboard only: start, answer, move on, jump through the overview, hand in', async ({ page }) => {
  await page.goto('/toets/hoofdstuk-3/');
  const start = page.getByRole('button', { name: 'Begin de toets' });
  await expect(start).toBeEnabled();
  await start.focus();
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { name: 'Vraag 1 van 15' });
  await expect(heading).toBeFocused();
  // Tab to the first control of the question and answer it with the keyboard.
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  const kind = await focused.evaluate((e) => `${e.tagName}:${(e as HTMLInputElement).type}`);
  if (kind === 'INPUT:radio' || kind === 'INPUT:checkbox') {
    await page.keyboard.press('Space');
    await expect(focused).toBeChecked();
  } else if (kind === 'INPUT:text') {
    await page.keyboard.type('12,5');
  } else if (kind === 'SELECT:select-one') {
    await page.keyboard.press('ArrowDown');
  } else {
    await page.keyboard.press('Enter');
  }
  // Tab on to Volgende (Vorige is disabled on the first question) and go to question 2.
  const next = page.getByRole('button', { name: /Volgende/ });
  for (let i = 0; i < 30 && !(await next.evaluate((e) => e === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(next).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Vraag 2 van 15' })).toBeFocused();
  // Jump to question 15 through the overview.
  const last = overviewButton(page, 15);
  for (let i = 0; i < 60 && !(await last.evaluate((e) => e === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(last).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Vraag 15 van 15' })).toBeFocused();
  await expect(overviewButton(page, 15)).toHaveAttribute('aria-current', 'step');
  // Hand in: open questions ask for confirmation, which the keyboard can give.
  const handIn = page.getByRole('button', { name: 'Inleveren' });
  for (let i = 0; i < 80 && !(await handIn.evaluate((e) => e === document.activeElement)); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Je hebt \d+ vragen nog niet/)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Ja, inleveren' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Je resultaat' })).toBeFocused();
});

test('the timer: off by default, warns at 5 and 1 minutes, hands in at 0', async ({ page }) => {
  await page.clock.install();
  await page.goto('/toets/hoofdstuk-2/');
  await expect(page.getByRole('checkbox', { name: 'Met tijd: 30 minuten' })).not.toBeChecked();
  await startTest(page, '/toets/hoofdstuk-2/', { timer: true });
  await expect(page.locator('.clock')).toContainText('30:00');
  await page.clock.runFor(25 * 60_000 + 2000);
  await expect(page.locator('.clock')).toContainText('4:58');
  await expect(page.getByRole('status').filter({ hasText: 'Let op: je hebt nog 5 minuten.' })).toBeAttached();
  await page.clock.runFor(4 * 60_000);
  await expect(page.getByRole('status').filter({ hasText: 'Let op: je hebt nog 1 minuut.' })).toBeAttached();
  await page.clock.runFor(60_000);
  await expect(page.getByRole('heading', { name: 'Je resultaat' })).toBeFocused();
  await expect(page.getByText('De tijd was om. Je toets is toen vanzelf ingeleverd.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'De tijd is om. Je toets is ingeleverd.' })).toBeAttached();
});

test('a timed test whose time ran out while the tab was closed is handed in when it opens', async ({ page }) => {
  await startTest(page, '/toets/hoofdstuk-3/', { timer: true });
  await expect(page.locator('.clock')).toContainText('29:');
  await page.evaluate(() => {
    const key = 'am:toets:hoofdstuk-3';
    const session = JSON.parse(localStorage.getItem(key)!);
    localStorage.setItem(key, JSON.stringify({ ...session, endsAt: new Date(Date.now() - 60_000).toISOString() }));
  });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Je resultaat' })).toBeVisible();
  await expect(page.getByText('De tijd was om. Je toets is toen vanzelf ingeleverd.')).toBeVisible();
});

test('a test without the timer shows no clock', async ({ page }) => {
  await startTest(page, '/toets/hoofdstuk-4/');
  await expect(page.locator('.clock')).toHaveCount(0);
});

test('no axe violations before and after handing in (light and dark)', async ({ page }) => {
  const check = async () => {
    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`)).toEqual([]);
  };
  await startTest(page, '/toets/hoofdstuk-2/');
  await answerRight(page, await currentQuestion(page));
  await check();
  await page.getByRole('button', { name: 'Inleveren' }).click();
  await check();
  await page.getByRole('button', { name: 'Ja, inleveren' }).click();
  await expect(page.getByRole('heading', { name: 'Je resultaat' })).toBeVisible();
  await check();
  await page.emulateMedia({ colorScheme: 'dark' });
  await check();
  await page.goto('/toets/?hoofdstukken=1&secties=2.4&n=5');
  await expect(page.getByRole('button', { name: 'Begin de toets' })).toBeEnabled();
  await check();
});

test('on a 360px phone: a test and its result without horizontal scroll', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await page.goto('/toets/proeftoets/');
  await expect(page.getByRole('button', { name: 'Begin de toets' })).toBeEnabled();
  await page.getByRole('button', { name: 'Begin de toets' }).tap();
  await expect(page.getByRole('heading', { name: 'Vraag 1 van 40' })).toBeVisible();
  // Visit every question, so each type has been on screen.
  for (let i = 1; i <= 40; i++) {
    expect(await overflow(), `question ${i}`).toBeLessThanOrEqual(0);
    if (i < 40) await page.getByRole('button', { name: /Volgende/ }).tap();
  }
  await page.getByRole('button', { name: 'Inleveren' }).tap();
  await page.getByRole('button', { name: 'Ja, inleveren' }).tap();
  await expect(page.getByRole('heading', { name: 'Je resultaat' })).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
  await context.close();
});

test('when the questions cannot be fetched, the test says so and can try again', async ({ page }) => {
  await page.route('**/toets/vragen/*.json', (route) => route.abort());
  await page.goto('/toets/hoofdstuk-1/');
  await expect(page.getByRole('alert')).toContainText('De vragen konden niet worden geladen.');
  await page.unroute('**/toets/vragen/*.json');
  await page.getByRole('button', { name: 'Probeer opnieuw' }).click();
  await expect(page.getByRole('button', { name: 'Begin de toets' })).toBeEnabled();
});
