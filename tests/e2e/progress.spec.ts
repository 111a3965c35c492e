// Reading progress and the progress page: "Ik heb deze les gelezen" with the ✓ in the course
// navigation and on the chapter page, "Verder waar je was", the dashboard with a best score,
// moving progress to a fresh browser and refusing a wrong file, two tabs, storage that throws,
// axe and a 360px phone, and the print view.
import { test, expect, type Page, type BrowserContext, type Locator } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const INLEIDING = '/hoofdstuk-1/inleiding/';
const WAT_IS = '/hoofdstuk-1/wat-is-accountmanagement/';
const CHAPTER = '/hoofdstuk-1/';
const DASHBOARD = '/voortgang/';

/** Errors of this page; a missing service worker of a build without one is not ours to judge here. */
function watch(page: Page) {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/sw\.js|bad HTTP response code \(404\)/.test(msg.text())) problems.push(`console: ${msg.text()}`);
  });
  return problems;
}

/** The "read" checkbox at the end of a lesson, once its island has hydrated. */
async function readBox(page: Page) {
  const box = page.getByRole('checkbox', { name: 'Ik heb deze les gelezen' });
  await box.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island[component-url*="ReadMark"]')).not.toHaveAttribute('ssr', /.*/);
  return box;
}

const courseNav = (page: Page) => page.getByRole('navigation', { name: 'Inhoud van de module' });

async function openDashboard(page: Page) {
  await page.goto(DASHBOARD);
  await expect(page.locator('astro-island[component-url*="Voortgang"]')).not.toHaveAttribute('ssr', /.*/);
}

/** The dashboard's line for one exercise: "<title>: <result>". */
const exerciseLine = (region: Locator, title: string) =>
  region.getByRole('listitem').filter({ hasText: new RegExp(`^\\s*${title.replace(/[?.*+()]/g, '\\$&')}:`) });

const ownKeys = (page: Page) =>
  page.evaluate(() => Object.fromEntries(Object.entries(localStorage).filter(([key]) => key.startsWith('am:'))));

test('marking a lesson read puts a ✓ in the navigation and on the chapter page, and the home page offers to continue', async ({ page }) => {
  const problems = watch(page);
  await page.goto(INLEIDING);
  const box = await readBox(page);
  await expect(box).not.toBeChecked();
  await expect(page.getByText('Klaar met lezen? Vink het aan.')).toBeVisible();
  await box.check();
  await expect(page.locator('[aria-live="polite"]').filter({ hasText: 'Les 1.1 staat nu als gelezen' })).toBeAttached();
  // The ✓ follows at once, without a reload.
  await expect(courseNav(page).getByRole('link', { name: /1\.1\s+Inleiding \(gelezen\)/ })).toBeAttached();

  await page.reload();
  await expect(await readBox(page)).toBeChecked();
  await expect(page.getByText(/Gelezen op \d+ \w+ \d{4}\./)).toBeVisible();
  const navLink = courseNav(page).getByRole('link', { name: /1\.1\s+Inleiding/ });
  await expect(navLink).toHaveAccessibleName(/\(gelezen\)$/);
  await expect(courseNav(page).getByRole('link', { name: /1\.2\s+Wat is accountmanagement\?$/ })).toBeAttached();

  await page.goto(CHAPTER);
  const sections = page.getByRole('main').locator('ol.sections');
  await expect(sections.getByRole('link', { name: 'Inleiding (gelezen)' })).toBeVisible();
  await expect(sections.locator('.am-mark')).toHaveCount(1);
  await expect(sections.locator('.am-mark [aria-hidden="true"]')).toHaveText('✓');
  await expect(sections.locator('.am-mark [aria-hidden="true"]')).toBeVisible();

  // Visiting another lesson makes that one the place to continue (noted by the page script,
  // which runs once the page has loaded).
  await page.goto(WAT_IS);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('am:laatst') ?? '')).toContain('"section":"1.2"');
  await page.goto('/');
  const resume = page.getByRole('link', { name: 'Verder waar je was: 1.2 Wat is accountmanagement?' });
  await expect(resume).toBeVisible();
  await resume.click();
  await expect(page).toHaveURL(new RegExp(`${WAT_IS}$`));

  // Marking as not read takes the ✓ away again.
  await page.goto(INLEIDING);
  await (await readBox(page)).uncheck();
  await page.reload();
  await expect(courseNav(page).locator('.am-mark')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('the home page shows no "Verder waar je was" before any lesson is opened', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('Verder waar je was:')).toBeHidden();
  await expect(page.getByRole('link', { name: 'Bekijk je voortgang' })).toBeVisible();
});

test('the dashboard shows the best score of an exercise after doing it, and the lessons read', async ({ page }) => {
  await page.goto('/oefenen/ladder-van-vertrouwen/');
  const card = page.locator('.question').filter({ hasText: 'Een hoveniersbedrijf bestelt' });
  await card.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island[component-url*="Quiz"]').first()).not.toHaveAttribute('ssr', /.*/);
  await card.getByRole('radio', { name: 'Voorkeursleverancier' }).check();
  await card.getByRole('button', { name: 'Controleer' }).click();
  await expect(card.getByText('Goed!')).toBeVisible();

  await page.goto(INLEIDING);
  await (await readBox(page)).check();

  await openDashboard(page);
  const chapter = page.getByRole('region', { name: 'Hoofdstuk 1: Accountmanagement' });
  await expect(exerciseLine(chapter, 'De ladder van vertrouwen')).toContainText('beste score 1 van 9');
  await expect(chapter).toContainText('Oefeningen: 1 van');
  await expect(chapter).toContainText('Lessen gelezen: 1 van');
  await expect(chapter).toContainText(/Klaar voor het examen: nog niet klaar \(\d+%\)/);
  await expect(page.getByRole('region', { name: 'Hoofdstuk 3: Accountanalyse' })).toContainText('nog niet begonnen');
});

test('self-test attempts give a grade plot, the latest test per chapter, and sections to read again', async ({ page }) => {
  await page.goto('/404.html');
  await page.evaluate(() => {
    const attempt = (id: string, days: number, grade: number, perSection: Record<string, { score: number; max: number }>, wrong: string[]) =>
      localStorage.setItem(`am:poging:${id}`, JSON.stringify({
        v: 1, testId: 'hoofdstuk-1', title: 'Oefentoets hoofdstuk 1', finishedAt: new Date(Date.now() - days * 86_400_000).toISOString(),
        score: 10, max: 20, grade, perSection, wrong,
      }));
    attempt('een', 9, 4.6, { '1.2': { score: 3, max: 10 } }, ['h1-2-drie-strategieen', 'h1-9-trede-scenario-1']);
    attempt('twee', 2, 6.8, { '1.2': { score: 7, max: 10 } }, ['h1-9-trede-scenario-1']);
    localStorage.setItem('am:poging:kapot', '{"v":1,"grade":11}');
  });
  await openDashboard(page);
  await expect(page.getByRole('img', { name: 'Je cijfers van oud naar nieuw' })).toBeVisible();
  const rows = page.getByRole('region', { name: 'Je oefentoetsen' }).getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('6,8');
  await expect(page.getByRole('region', { name: 'Hoofdstuk 1: Accountmanagement' })).toContainText('Laatste oefentoets: 70% van de punten');
  const advice = page.getByRole('region', { name: 'Advies' });
  await expect(advice.getByRole('link', { name: '1.9 De ladder van vertrouwen' })).toBeVisible();
  // A broken attempt is left out (and reported), not shown.
  await expect(page.getByText('Een deel van je opgeslagen werk was beschadigd.')).toBeVisible();
});

test('the exam date is kept, and the advice says how many days are left and what to do first', async ({ page }) => {
  await openDashboard(page);
  await expect(page.getByText('Vul de datum van je examen in.')).toBeVisible();
  const inTen = await page.evaluate(() => {
    const d = new Date();
    d.setDate(d.getDate() + 10);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  await page.getByLabel('Datum van je examen').fill(inTen);
  await expect(page.getByText('Nog 10 dagen tot je examen.')).toBeVisible();
  await expect(page.getByText('Doe eerst dit:')).toBeVisible();
  await expect(page.getByRole('link', { name: /Lees de lessen van hoofdstuk 1 die je nog niet gelezen hebt\. Begin bij 1\.1 Inleiding\./ })).toBeVisible();
  await page.reload();
  await expect(page.getByText('Nog 10 dagen tot je examen.')).toBeVisible();
  expect(JSON.parse((await ownKeys(page))['am:examendatum']!)).toEqual({ v: 1, date: inTen });
  await page.getByRole('button', { name: 'Wis de datum' }).click();
  await expect(page.getByText('Vul de datum van je examen in.')).toBeVisible();
});

test.describe('moving progress to another browser', () => {
  async function exportFrom(context: BrowserContext, saveTo: string) {
    const page = await context.newPage();
    await page.goto(INLEIDING);
    await (await readBox(page)).check();
    await openDashboard(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download je voortgang' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^voortgang-accountmanagement-\d{4}-\d{2}-\d{2}\.json$/);
    // Kept apart: the browser's own copy goes when its context closes.
    await download.saveAs(saveTo);
    const path = saveTo;
    await expect(page.locator('.message')).toHaveText(`Je voortgang staat in het bestand ${download.suggestedFilename()}. Bewaar het goed.`);
    return { text: readFileSync(path, 'utf8'), path, keys: await ownKeys(page) };
  }

  test('a download loads in a fresh browser after asking, and brings the ✓ along', async ({ browser }, testInfo) => {
    const first = await browser.newContext();
    const exported = await exportFrom(first, testInfo.outputPath('voortgang.json'));
    const data = JSON.parse(exported.text);
    expect(data).toMatchObject({ app: 'accountmanagement-interactief', format: 1 });
    expect(Date.parse(data.exportedAt)).not.toBeNaN();
    expect(data.entries).toEqual(exported.keys);
    expect(Object.keys(data.entries)).toContain('am:gelezen:1.1');
    await first.close();

    const fresh = await browser.newContext();
    const page = await fresh.newPage();
    const problems = watch(page);
    await openDashboard(page);
    // Something of its own, which loading replaces.
    await page.evaluate(() => localStorage.setItem('am:gelezen:4.1', JSON.stringify({ v: 1, readAt: new Date().toISOString() })));
    const input = page.getByLabel('Voortgang laden uit een bestand');

    // Saying no changes nothing.
    await input.setInputFiles(exported.path);
    const dialog = page.getByRole('dialog', { name: 'Voortgang vervangen?' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Je huidige voortgang wordt vervangen');
    await dialog.getByRole('button', { name: 'Nee, niets veranderen' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Er is niets veranderd.').first()).toBeVisible();
    expect(Object.keys(await ownKeys(page))).toEqual(['am:gelezen:4.1']);

    await input.setInputFiles(exported.path);
    await dialog.getByRole('button', { name: 'Ja, vervang mijn voortgang' }).click();
    await expect(page.getByText(/^Je voortgang is geladen \(\d+ onderdelen\)\.$/)).toBeFocused();
    expect(await ownKeys(page)).toEqual(exported.keys);
    await page.goto(CHAPTER);
    await expect(page.getByRole('main').getByRole('link', { name: 'Inleiding (gelezen)' })).toBeVisible();
    await expect(courseNav(page).locator('.am-mark')).toHaveCount(1);
    expect(problems).toEqual([]);
    await fresh.close();
  });

  test('a wrong file gives a Dutch message and changes nothing', async ({ page }) => {
    await page.goto(INLEIDING);
    await (await readBox(page)).check();
    await openDashboard(page);
    const before = await ownKeys(page);
    const input = page.getByLabel('Voortgang laden uit een bestand');
    const cases: [string, string][] = [
      [JSON.stringify({ app: 'iets-anders', format: 1, entries: {} }), 'Dit voortgangsbestand hoort bij een andere website. Er is niets veranderd.'],
      ['{"app": "accountmanagement-interactief", "form', 'Dit bestand kan niet gelezen worden.'],
      [JSON.stringify({ app: 'accountmanagement-interactief', format: 7, entries: {} }), 'Dit bestand komt uit een nieuwere versie van de module.'],
      [
        JSON.stringify({ app: 'accountmanagement-interactief', format: 1, entries: { 'am:gelezen:2.1': '{"v":1,"readAt":"nooit"}', 'am:oefening:x': '{}' } }),
        'Een deel van dit bestand is beschadigd (2 onderdelen). Daarom is het hele bestand niet geladen. Er is niets veranderd.',
      ],
      ['', 'Dit bestand is leeg. Er is niets veranderd.'],
    ];
    for (const [text, message] of cases) {
      await input.setInputFiles({ name: 'voortgang.json', mimeType: 'application/json', buffer: Buffer.from(text) });
      await expect(page.locator('.message')).toContainText(message);
      await expect(page.getByRole('dialog')).toBeHidden();
      expect(await ownKeys(page)).toEqual(before);
    }
  });

  test('wiping everything asks first', async ({ page }) => {
    await page.goto(INLEIDING);
    await (await readBox(page)).check();
    await openDashboard(page);
    await page.evaluate(() => localStorage.setItem('niet-van-ons', 'blijft'));
    await page.getByRole('button', { name: 'Wis al je voortgang' }).click();
    const dialog = page.getByRole('dialog', { name: 'Alles wissen?' });
    await expect(dialog).toContainText('Dat kun je niet ongedaan maken.');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    expect(Object.keys(await ownKeys(page)).length).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Wis al je voortgang' }).click();
    await dialog.getByRole('button', { name: 'Ja, wis alles' }).click();
    await expect(page.getByText('Je voortgang is gewist.')).toBeFocused();
    expect(await ownKeys(page)).toEqual({});
    expect(await page.evaluate(() => localStorage.getItem('niet-van-ons'))).toBe('blijft');
  });
});

test('two tabs marking different lessons keep both', async ({ context }) => {
  const one = await context.newPage();
  const two = await context.newPage();
  await one.goto(INLEIDING);
  await two.goto(WAT_IS);
  const [boxOne, boxTwo] = [await readBox(one), await readBox(two)];
  await boxOne.check();
  await boxTwo.check();
  // The other tab's ✓ arrives through the storage event.
  await expect(courseNav(one).getByRole('link', { name: /Wat is accountmanagement\? \(gelezen\)/ })).toBeAttached();
  await one.goto(CHAPTER);
  await expect(one.getByRole('main').locator('ol.sections .am-mark')).toHaveCount(2);
  await two.reload();
  await expect(await readBox(two)).toBeChecked();
});

test('with storage that throws, a student can still mark a lesson read without errors', async ({ page }) => {
  await page.addInitScript(() => {
    const denied = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    Object.defineProperty(window, 'localStorage', { configurable: true, get: denied });
    Storage.prototype.getItem = denied;
    Storage.prototype.setItem = denied;
  });
  const problems = watch(page);
  await page.goto(INLEIDING);
  const box = await readBox(page);
  await box.check();
  await expect(box).toBeChecked();
  await expect(page.locator('.read-mark').getByText('Je browser bewaart nu niets')).toBeVisible();
  await expect(courseNav(page).getByRole('link', { name: /Inleiding \(gelezen\)/ })).toBeAttached();
  await page.goto('/');
  await expect(page.getByText('Verder waar je was:')).toBeHidden();
  await openDashboard(page);
  await page.getByRole('button', { name: 'Download je voortgang' }).click();
  await expect(page.locator('.message')).toContainText('Je browser geeft nu geen toegang tot je voortgang.');
  expect(problems).toEqual([]);
});

test.describe('the progress page', () => {
  async function seed(page: Page) {
    await page.goto('/404.html');
    await page.evaluate(() => {
      const iso = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
      for (const s of ['1.1', '1.2', '2.4']) localStorage.setItem(`am:gelezen:${s}`, JSON.stringify({ v: 1, readAt: iso(2) }));
      localStorage.setItem('am:oefening:hunter-of-farmer', JSON.stringify({ v: 1, state: null, best: 7, max: 10, checks: 2, updatedAt: iso(1) }));
      localStorage.setItem('am:vraag:h1-2-drie-strategieen', JSON.stringify({ v: 1, state: null, lastScore: 0.5, attempts: 1, correct: 0, updatedAt: iso(1) }));
      for (const [id, days, grade] of [['a', 8, 5.2], ['b', 1, 7.4]] as const) {
        localStorage.setItem(`am:poging:${id}`, JSON.stringify({
          v: 1, testId: 'hoofdstuk-1', title: 'Oefentoets hoofdstuk 1', finishedAt: iso(days), score: 12, max: 20, grade,
          perSection: { '1.2': { score: 6, max: 10 } }, wrong: ['h1-2-drie-strategieen'],
        }));
      }
      const exam = new Date(Date.now() + 5 * 86_400_000);
      localStorage.setItem('am:examendatum', JSON.stringify({ v: 1, date: `${exam.getFullYear()}-${String(exam.getMonth() + 1).padStart(2, '0')}-${String(exam.getDate()).padStart(2, '0')}` }));
    });
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no axe violations (${colorScheme}), also with a dialog open`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await seed(page);
      await openDashboard(page);
      await expect(page.getByText('Nog 5 dagen tot je examen.')).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`)).toEqual([]);
      await page.getByRole('button', { name: 'Wis al je voortgang' }).click();
      const withDialog = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(withDialog.violations.map((v) => v.id)).toEqual([]);
    });
  }

  test('fits a 360px phone without horizontal scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await seed(page);
    await openDashboard(page);
    await expect(page.getByRole('img', { name: 'Je cijfers van oud naar nieuw' })).toBeVisible();
    await page.locator('details summary').first().click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'horizontal scroll in px').toBeLessThanOrEqual(0);
  });

  test('prints as proof of practice: a plain self-report line, no navigation or controls', async ({ page }) => {
    await seed(page);
    await openDashboard(page);
    const selfReport = 'Let op: dit overzicht heeft de student zelf gemaakt, in de eigen browser. Het is geen bewijs tegen fraude';
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByText('Overzicht van mijn voortgang')).toBeVisible();
    await expect(page.getByText(/^Afgedrukt op \d+ \w+ \d{4}\.$/)).toBeVisible();
    await expect(page.locator('.self-report')).toBeVisible();
    await expect(page.locator('.self-report')).toContainText(selfReport);
    await expect(courseNav(page)).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Download je voortgang' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Afdrukken als bewijs van oefenen' })).toBeHidden();
    // What a teacher wants to see is there.
    const chapter = page.getByRole('region', { name: 'Hoofdstuk 1: Accountmanagement' });
    await expect(chapter).toContainText('Lessen gelezen: 2 van');
    await expect(chapter.getByText('Bekijk per les')).toBeHidden();
    await expect(chapter.getByRole('listitem').filter({ hasText: /^1\.1 Inleiding: gelezen op \d+ \w+ \d{4}$/ })).toBeVisible();
    await expect(page.getByText(/^Datum van je examen: \d+ \w+ \d{4}$/)).toBeVisible();
    await expect(page.getByLabel('Datum van je examen')).toBeHidden();
    await expect(exerciseLine(chapter, 'Hunter of farmer?')).toContainText('beste score 7 van 10');
    await expect(page.getByRole('region', { name: 'Je oefentoetsen' }).getByRole('cell', { name: '7,4' })).toBeVisible();

    await page.emulateMedia({ media: 'screen' });
    await expect(page.getByText('Overzicht van mijn voortgang')).toBeHidden();
  });
});
