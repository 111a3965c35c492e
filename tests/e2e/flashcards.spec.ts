// Begrippen trainen: a whole session by keyboard and by touch, the schedule kept over a reload,
// the direction switch, the empty state, broken and missing storage, axe and a 360px phone.
import { test, expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const CHAPTER = '/begrippen/trainen/hoofdstuk-1/';
const ALL = '/begrippen/trainen/';

/** Opens a trainer page and waits until the widget has hydrated and read the saved state. */
async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('astro-island[component-url*="Flashcards"]')).not.toHaveAttribute('ssr', /.*/);
  const trainer = page.getByRole('region', { name: 'Kaarten oefenen' });
  return {
    trainer,
    card: trainer.getByRole('button', { name: /^(Begrip|Betekenis) ?:/ }),
    counts: trainer.getByRole('list', { name: 'Deze ronde' }),
    live: trainer.locator('[aria-live="polite"]'),
    grade: (name: 'Opnieuw' | 'Moeilijk' | 'Goed' | 'Makkelijk') => trainer.getByRole('button', { name: new RegExp(`^${name}\\b`) }),
  };
}

const count = (counts: Locator, label: string) => counts.getByRole('listitem').filter({ hasText: label });

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

const horizontalOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The term ids of chapter 1, from its begrippenlijst. */
async function chapterTermIds(page: Page) {
  await page.goto('/hoofdstuk-1/begrippen/');
  return page.locator('main article.term').evaluateAll((articles) => articles.map((a) => a.id));
}

test('a whole session with the keyboard only: Space flips, 1–4 grade, until the summary', async ({ page }) => {
  const { trainer, card, counts, live } = await open(page, CHAPTER);
  await expect(count(counts, 'Nieuw')).toContainText('10');
  // Reach the card with Tab, as a keyboard user does.
  for (let i = 0; i < 40 && !(await card.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(card).toBeFocused();

  const first = await card.textContent();
  await page.keyboard.press('4'); // grading before flipping does nothing
  await expect(card).toHaveText(first!);
  await expect(count(counts, 'Klaar')).toContainText('0');

  let answers = 0;
  const summary = trainer.getByRole('heading', { name: 'Klaar met deze ronde' });
  while (!(await summary.isVisible())) {
    expect(answers, 'answers before the summary').toBeLessThan(15);
    await expect(card).toBeFocused();
    await expect(card).toHaveAttribute('aria-pressed', 'false');
    await page.keyboard.press('Space');
    await expect(card).toHaveAttribute('aria-pressed', 'true');
    await expect(card).toHaveAccessibleName(/^Betekenis ?:/);
    await expect(live).toHaveText(/^Achterkant: /);
    await expect(trainer.getByRole('group', { name: /Hoe goed wist je het/ })).toBeVisible();
    // The first card: "Opnieuw" (it comes back after a few cards); every other answer: "Makkelijk".
    await page.keyboard.press(answers === 0 ? '1' : '4');
    answers++;
    if (answers === 1) {
      await expect(live).toHaveText(/^Opnieuw\. Deze kaart komt over 1 min\. terug\.$/);
      await expect(count(counts, 'Klaar')).toContainText('0');
    }
    if (answers === 2) await expect(count(counts, 'Klaar')).toContainText('1');
  }
  expect(answers).toBe(11);
  await expect(summary).toBeFocused();
  await expect(trainer).toContainText('Je hebt 10 kaarten geoefend.');
  const tally = trainer.getByRole('listitem');
  await expect(tally.filter({ hasText: 'Opnieuw' })).toContainText('1');
  await expect(tally.filter({ hasText: 'Makkelijk' })).toContainText('10');
  await expect(tally.filter({ hasText: 'Goed' })).toContainText('0');
  await expect(trainer).toContainText(/De volgende kaart komt over \d+ dag(en)? terug\./);
  await expect(trainer.getByRole('link', { name: 'Naar de begrippenlijst' })).toHaveAttribute('href', '/hoofdstuk-1/begrippen/');

  // "Oefen verder" starts the next new cards, and focus goes to the new card.
  await page.keyboard.press('Tab');
  await expect(trainer.getByRole('button', { name: 'Oefen verder' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(card).toBeFocused();
  await expect(card).not.toHaveText(first!);
  await expect(count(counts, 'Nieuw')).toContainText('10');
});

test.describe('on a 360px touch phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('tap flips the card and tap grades; big buttons and no horizontal scroll', async ({ page }) => {
    const { trainer, card, grade, counts } = await open(page, CHAPTER);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    const front = await card.textContent();
    await card.tap();
    await expect(card).toHaveAttribute('aria-pressed', 'true');
    for (const name of ['Opnieuw', 'Moeilijk', 'Goed', 'Makkelijk'] as const) {
      const box = (await grade(name).boundingBox())!;
      expect(box.height, `${name} height`).toBeGreaterThanOrEqual(44);
      expect(box.width, `${name} width`).toBeGreaterThanOrEqual(44);
      await expect(grade(name)).toContainText(/over \d+ (min\.|uur|dag(en)?)/);
    }
    const cardBox = (await card.boundingBox())!;
    expect(cardBox.width).toBeGreaterThan(280);
    expect(cardBox.height).toBeGreaterThan(200);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await grade('Goed').tap();
    await expect(card).toHaveAttribute('aria-pressed', 'false');
    await expect(card).not.toHaveText(front!);
    await expect(trainer.getByRole('group', { name: /Hoe goed wist je het/ })).toBeHidden();
    await expect(count(counts, 'Nieuw')).toContainText('9');
    // A second tap on a flipped card turns it back.
    await card.tap();
    await card.tap();
    await expect(card).toHaveAttribute('aria-pressed', 'false');
  });

  for (const path of [CHAPTER, ALL]) {
    test(`${path} fits the phone before and after flipping, in light and dark`, async ({ page }) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const { card } = await open(page, path);
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        await card.tap();
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      }
    });
  }
});

test('a reload keeps the schedule: a graded card is not due again right away', async ({ page }) => {
  const { card, grade } = await open(page, CHAPTER);
  const graded = (await card.textContent())!;
  await card.click();
  await grade('Goed').click();
  const second = (await card.textContent())!;
  expect(second).not.toBe(graded);

  const again = await open(page, CHAPTER);
  await expect(again.card).toHaveText(second);
  await expect(count(again.counts, 'Klaar')).toContainText('0');
  const saved = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('am:kaart:')));
  expect(saved).toHaveLength(1);
  // The deck of all chapters (chapter 1 first) shares the schedule: it also starts at the second term.
  const all = await open(page, ALL);
  await expect(all.card).toHaveText(second);
});

test('a term sent with "Oefen dit begrip" comes first, and leaves the list once practised', async ({ page }) => {
  await page.goto('/hoofdstuk-1/begrippen/');
  // What AddToDeck saves (its store action is unit-tested): the term at the front of am:kaartstapel.
  await page.evaluate(() => localStorage.setItem('am:kaartstapel', JSON.stringify({ v: 1, ids: ['ladder-van-vertrouwen'] })));
  const { card, grade } = await open(page, CHAPTER);
  await expect(card).toHaveAccessibleName(/Ladder van vertrouwen/);
  await card.press('Enter');
  await grade('Goed').click();
  await expect(card).not.toHaveAccessibleName(/Ladder van vertrouwen/);
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('am:kaartstapel')!))).toEqual({ v: 1, ids: [] });
});

test('the direction switch puts the definition on the front, and is remembered', async ({ page }) => {
  const { trainer, card } = await open(page, CHAPTER);
  await expect(card).toHaveAccessibleName(/^Begrip ?:/);
  const toggle = trainer.getByRole('checkbox', { name: 'Begin met de betekenis' });
  await toggle.check();
  await expect(card).toHaveAccessibleName(/^Betekenis ?:/);
  const definition = (await card.textContent())!;
  await card.click();
  await expect(card).toHaveAccessibleName(/^Begrip ?:/);

  const again = await open(page, CHAPTER);
  await expect(again.trainer.getByRole('checkbox', { name: 'Begin met de betekenis' })).toBeChecked();
  await expect(again.card).toHaveAccessibleName(/^Betekenis ?:/);
  await expect(again.card).toHaveText(definition);
  await again.trainer.getByRole('checkbox', { name: 'Begin met de betekenis' }).uncheck();
  await expect(again.card).toHaveAccessibleName(/^Begrip ?:/);
});

test('nothing due: "klaar voor vandaag", with practice anyway', async ({ page }) => {
  const ids = await chapterTermIds(page);
  expect(ids.length).toBeGreaterThan(10);
  await page.evaluate((termIds) => {
    const now = Date.now();
    termIds.forEach((id, i) => {
      const entry = {
        v: 1, due: new Date(now + (2 + i) * 86_400_000).toISOString(), stability: 5 + i, difficulty: 5, scheduled_days: 2 + i,
        learning_steps: 0, reps: 2, lapses: 0, state: 2, last_review: new Date(now - 86_400_000).toISOString(),
      };
      localStorage.setItem(`am:kaart:${id}`, JSON.stringify(entry));
    });
  }, ids);
  const { trainer, card } = await open(page, CHAPTER);
  await expect(trainer.getByText('Je bent klaar voor vandaag. Morgen zijn er weer kaarten.')).toBeVisible();
  await expect(trainer).toContainText('De volgende kaart komt over 2 dagen terug.');
  await expect(card).toHaveCount(0);
  expect(await axe(page)).toEqual([]);
  await trainer.getByRole('button', { name: 'Toch oefenen' }).click();
  await expect(card).toBeVisible();
  await expect(trainer).toContainText('Extra oefenen');
});

test('a broken saved card resets only that card and tells the student', async ({ page }) => {
  const ids = await chapterTermIds(page);
  await page.evaluate((termIds) => {
    localStorage.setItem(`am:kaart:${termIds[0]}`, '{"v":1,"due":"kapot"');
    const good = { v: 1, due: new Date(Date.now() + 5 * 86_400_000).toISOString(), stability: 9, difficulty: 5, scheduled_days: 5, learning_steps: 0, reps: 2, lapses: 0, state: 2, last_review: new Date().toISOString() };
    localStorage.setItem(`am:kaart:${termIds[1]}`, JSON.stringify(good));
  }, ids);
  const { trainer, counts } = await open(page, CHAPTER);
  await expect(trainer.getByText(/opgeslagen werk was beschadigd/)).toBeVisible();
  // The broken card is new again; the good one keeps its schedule (not due, not new).
  await expect(count(counts, 'Nieuw')).toContainText('10');
  const stored = await page.evaluate((termIds) => [localStorage.getItem(`am:kaart:${termIds[0]}`), localStorage.getItem(`am:kaart:${termIds[1]}`)], ids);
  expect(stored[0]).toBeNull();
  expect(stored[1]).toContain('"state":2');
});

test('without storage the trainer works for the visit and says progress is not kept', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
  });
  const { trainer, card, grade, counts } = await open(page, CHAPTER);
  await expect(trainer.getByText(/Je browser bewaart nu niets/)).toBeVisible();
  await card.click();
  await grade('Makkelijk').click();
  await expect(count(counts, 'Klaar')).toContainText('1');
});

for (const path of [CHAPTER, ALL]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${path} has no axe violations before and after flipping, and at the summary (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      const { trainer, card, grade } = await open(page, path);
      expect(await axe(page)).toEqual([]);
      await card.click();
      await expect(grade('Goed')).toBeVisible();
      expect(await axe(page)).toEqual([]);
      for (let i = 0; i < 12 && (await card.count()); i++) {
        if ((await card.getAttribute('aria-pressed')) === 'false') await card.click();
        await grade('Makkelijk').click();
      }
      await expect(trainer.getByRole('heading', { name: 'Klaar met deze ronde' })).toBeVisible();
      expect(await axe(page)).toEqual([]);
    });
  }
}

test('the card flips with an animation, unless the student asks for reduced motion', async ({ page }) => {
  const duration = () => page.locator('button.card .inner').evaluate((el) => parseFloat(getComputedStyle(el).transitionDuration));
  const { card } = await open(page, CHAPTER);
  expect(await duration()).toBeGreaterThan(0);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  // "No animation" may be a near-zero duration (the reading settings set 0.01 ms for reduced motion).
  await expect.poll(duration).toBeLessThan(0.001);
  await card.click();
  // Without the 3D turn the front is simply hidden.
  await expect(card.locator('.front')).toHaveCSS('visibility', 'hidden');
  await expect(card.locator('.back')).toBeVisible();
});

test('the page reads sensibly without JavaScript: the first card and a note', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(CHAPTER);
  await expect(page.getByRole('button', { name: /^Begrip ?:/ })).toBeVisible();
  // Playwright's text queries skip <noscript>, so this one goes by its class.
  await expect(page.locator('main p.noscript')).toContainText('De kaarten werken met JavaScript.');
  await expect(page.locator('main p.noscript a')).toHaveAttribute('href', '/hoofdstuk-1/begrippen/');
  await context.close();
});
