// The werkboek start page and the document: the manager (new, rename, copy, delete after a
// confirmation, all with the keyboard), a copy of the case example seen in the document with its
// computed figures, saving a workbook as a file and opening it in a fresh browser, wrong files
// that change nothing, the printed document, axe with and without data, and a 360px phone.
import { test, expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const START = '/werkboek/';
const DOCUMENT = '/werkboek/document/';
const EXAMPLE_TITLE = 'Oefenen: Veldkamp en Hendriks';
const STEP_TITLES = ['Bedrijf en account', 'Externe analyse', 'Interne analyse', 'SWOT en keuze', 'Accountanalyse', 'Accountplan'];

function watch(page: Page) {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/sw\.js|bad HTTP response code \(404\)/.test(msg.text())) problems.push(`console: ${msg.text()}`);
  });
  return problems;
}

async function hydrated(page: Page, component: string) {
  await expect(page.locator(`astro-island[component-url*="/${component}."]`)).not.toHaveAttribute('ssr', /.*/);
}

async function openManager(page: Page) {
  await page.goto(START);
  await hydrated(page, 'Manager');
}

async function openDocument(page: Page) {
  await page.goto(DOCUMENT);
  await hydrated(page, 'DocumentView');
}

const bookList = (page: Page) => page.getByRole('list', { name: 'Jouw werkboeken' });
const book = (page: Page, title: string) => bookList(page).getByRole('listitem').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
const message = (page: Page) => page.getByRole('status').filter({ hasText: /\S/ });
const focused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

/** The stored workbooks, as raw text by key. */
const stored = (page: Page) =>
  page.evaluate(() => Object.fromEntries(Object.entries(localStorage).filter(([key]) => key.startsWith('am:werkboek'))));

async function practise(page: Page) {
  await openManager(page);
  await page.getByRole('button', { name: 'Oefenen met het voorbeeld' }).click();
  await expect(message(page)).toHaveText('Er is een kopie van het voorbeeld gemaakt. Die is nu open.');
  await expect(book(page, EXAMPLE_TITLE)).toContainText('Dit werkboek is open');
}

/** Presses Tab (or Shift+Tab) until `target` has focus. */
async function tabTo(page: Page, target: Locator, { back = false, max = 40 } = {}) {
  for (let i = 0; i < max; i++) {
    if (await focused(target).catch(() => false)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab did not reach ${target}`);
}

test('the manager makes, renames, copies, opens and deletes workbooks with the keyboard', async ({ page }) => {
  const problems = watch(page);
  await openManager(page);
  await expect(page.getByText('Je hebt nog geen werkboek.')).toBeVisible();

  // New: type a name and press Enter.
  const name = page.getByRole('textbox', { name: 'Naam van het werkboek' });
  await name.focus();
  await page.keyboard.press('Enter');
  await expect(message(page)).toHaveText('Vul eerst een naam in.');
  expect(Object.keys(await stored(page)).filter((k) => k.startsWith('am:werkboek:'))).toEqual([]);
  await page.keyboard.type('Stage bij Bakker');
  await page.keyboard.press('Enter');
  await expect(message(page)).toHaveText("Werkboek ‘Stage bij Bakker’ is gemaakt en open.");
  const bakker = book(page, 'Stage bij Bakker');
  await expect(bakker).toContainText('Dit werkboek is open');
  await expect(bakker).toContainText(/Laatst gewijzigd: \d+ \w+ \d{4}/);
  await expect(bakker).toContainText('Nog niet begonnen: 0 van 23 onderdelen klaar');

  // Rename: the field opens with the old name selected; Escape cancels, Enter saves.
  const renameButton = bakker.getByRole('button', { name: 'Naam wijzigen' });
  await tabTo(page, renameButton);
  await page.keyboard.press('Enter');
  const renameField = page.getByRole('textbox', { name: "Nieuwe naam voor ‘Stage bij Bakker’" });
  await expect(renameField).toBeFocused();
  await page.keyboard.type('Iets anders');
  await page.keyboard.press('Escape');
  await expect(renameField).toBeHidden();
  await expect(message(page)).toHaveText('Er is niets veranderd.');
  await expect(renameButton).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Bakker BV');
  await page.keyboard.press('Enter');
  await expect(message(page)).toHaveText("De naam is nu ‘Bakker BV’.");
  const renamed = book(page, 'Bakker BV');
  await expect(renamed).toBeVisible();
  await expect(renamed.getByRole('button', { name: 'Naam wijzigen' })).toBeFocused();

  // Copy: the copy is opened and gets the focus.
  await tabTo(page, renamed.getByRole('button', { name: 'Kopie maken' }));
  await page.keyboard.press('Enter');
  await expect(message(page)).toHaveText("Er is een kopie gemaakt: ‘Kopie van Bakker BV’. Die is nu open.");
  const copy = book(page, 'Kopie van Bakker BV');
  await expect(copy.getByRole('heading')).toBeFocused();
  await expect(copy).toContainText('Dit werkboek is open');
  await expect(bookList(page).getByRole('listitem')).toHaveCount(2);

  // Open the other one again; the focus moves to its "Verder werken" link (to step 1).
  await tabTo(page, renamed.getByRole('button', { name: 'Openen' }));
  await page.keyboard.press('Enter');
  await expect(message(page)).toHaveText("Werkboek ‘Bakker BV’ is nu open.");
  await expect(renamed).toContainText('Dit werkboek is open');
  await expect(copy).not.toContainText('Dit werkboek is open');
  await expect(renamed.getByRole('link', { name: 'Verder werken' })).toBeFocused();
  await expect(renamed.getByRole('link', { name: 'Verder werken' })).toHaveAttribute('href', '/werkboek/bedrijf-en-account/');

  // Delete asks first, names the workbook and offers to save a file; Escape changes nothing.
  const deleteButton = copy.getByRole('button', { name: 'Verwijderen' });
  await tabTo(page, deleteButton, { back: true });
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: "‘Kopie van Bakker BV’ verwijderen?" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Sla het dan eerst op als bestand.');
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Eerst opslaan als bestand' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^werkboek-kopie-van-bakker-bv-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(dialog.getByRole('status')).toHaveText(`Het bestand ‘${download.suggestedFilename()}’ staat in je downloads.`);
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(message(page)).toHaveText('Er is niets veranderd.');
  await expect(deleteButton).toBeFocused();
  await expect(bookList(page).getByRole('listitem')).toHaveCount(2);

  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await tabTo(page, dialog.getByRole('button', { name: 'Ja, verwijderen' }), { max: 5 });
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(message(page)).toHaveText("Werkboek ‘Kopie van Bakker BV’ is verwijderd.");
  await expect(bookList(page).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'Jouw werkboeken' })).toBeFocused();

  // All of it is stored: a reload shows the same list.
  await page.reload();
  await hydrated(page, 'Manager');
  await expect(bookList(page).getByRole('listitem')).toHaveCount(1);
  await expect(book(page, 'Bakker BV')).toContainText('Dit werkboek is open');
  expect(problems).toEqual([]);
});

test('a copy of the case example shows in the document with its computed figures', async ({ page }) => {
  const problems = watch(page);
  await practise(page);
  await openDocument(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(EXAMPLE_TITLE);
  await expect(page.getByText('Veldkamp Werkkleding B.V.').first()).toBeVisible();
  // The table of contents says how far every part is.
  const toc = page.getByRole('navigation', { name: 'Inhoud' });
  await expect(toc.getByText('Je stagebedrijf: Klaar')).toBeVisible();
  for (const [i, title] of STEP_TITLES.entries()) {
    await expect(page.getByRole('heading', { level: 2, name: `Stap ${i + 1}. ${title}` })).toBeVisible();
  }
  // Performance: growth, margin and share of wallet are computed.
  const figures = page.getByRole('table', { name: /Cijfers per jaar/ });
  const row2025 = figures.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '2025' }) });
  await expect(row2025.getByRole('cell')).toHaveText(['€ 186.000', '10,7%', '€ 59.500', '32%', '€ 310.000', '60%']);
  await expect(page.getByText('€ 43.000 (23,1% van de omzet)')).toBeVisible();
  // The budget: gross margin, total costs and contribution.
  const budget = page.getByRole('table', { name: /Accountbudget/ });
  await expect(budget.getByRole('row', { name: /^Brutomarge/ }).getByRole('cell')).toHaveText('€ 67.200');
  await expect(budget.getByRole('row', { name: /^Totale kosten/ }).getByRole('cell')).toHaveText('€ 18.000');
  await expect(budget.getByRole('row', { name: /^Accountbijdrage/ }).getByRole('cell')).toHaveText('€ 49.200');
  // The confrontation names the kind of each option, the goals their SMART result.
  await expect(page.getByRole('table', { name: /Confrontatiematrix/ })).toContainText('aanvallen (sterkte en kans)');
  await expect(page.getByText('Specifiek: in orde').first()).toBeVisible();
  await expect(page.locator('.chapter').getByText('Nog niet ingevuld')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('an empty workbook says per part that it is not filled in yet; no workbook links to the start page', async ({ page }) => {
  await openDocument(page);
  await expect(page.getByText('Je hebt nog geen werkboek.')).toBeVisible();
  await page.getByRole('link', { name: 'Naar het werkboek' }).click();
  await expect(page).toHaveURL(/\/werkboek\/$/);
  await hydrated(page, 'Manager');
  await page.getByRole('textbox', { name: 'Naam van het werkboek' }).fill('Leeg');
  await page.getByRole('button', { name: 'Nieuw werkboek maken' }).click();
  await expect(book(page, 'Leeg')).toBeVisible();
  await openDocument(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leeg');
  await expect(page.locator('.chapter .wb-empty')).toHaveCount(23);
  await expect(page.getByRole('navigation', { name: 'Inhoud' }).getByText('Je stagebedrijf: Nog niet begonnen')).toBeVisible();

  // Half done: the contents say what is still missing, the chapter shows what is there.
  await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('am:werkboek:'))!;
    const wb = JSON.parse(localStorage.getItem(key)!);
    wb.company.name = 'Bakkerij Jansen';
    localStorage.setItem(key, JSON.stringify(wb));
  });
  await page.reload();
  await hydrated(page, 'DocumentView');
  const toc = page.getByRole('navigation', { name: 'Inhoud' });
  await expect(toc.getByText('Je stagebedrijf: Bezig')).toBeVisible();
  await expect(toc.getByText(/^Wat nog ontbreekt: .*Nog geen plaats van het bedrijf/)).toBeVisible();
  const chapter1 = page.locator('#stap-1');
  await expect(chapter1.getByText('Bakkerij Jansen')).toBeVisible();
  await expect(page.locator('.chapter .wb-empty')).toHaveCount(22 + 5);
});

test('a stored workbook that cannot be read is kept, explained, and deleted only after asking', async ({ page }) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('am:werkboek:kapot', '{"v":1,"id":"kapot","title":""}');
    localStorage.setItem('am:werkboek:nieuw', '{"v":99,"id":"nieuw","title":"Uit de toekomst"}');
  });
  await openManager(page);
  await expect(page.getByText('Er is een werkboek dat beschadigd is.')).toBeVisible();
  await expect(page.getByText('Er is een werkboek dat met een nieuwere versie van deze site is gemaakt.')).toBeVisible();
  // Both stay in storage exactly as they were.
  expect(await stored(page)).toMatchObject({ 'am:werkboek:kapot': '{"v":1,"id":"kapot","title":""}', 'am:werkboek:nieuw': '{"v":99,"id":"nieuw","title":"Uit de toekomst"}' });
  await expect(page.getByRole('button', { name: 'Beschadigd werkboek verwijderen' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Beschadigd werkboek verwijderen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Beschadigd werkboek verwijderen?' });
  await dialog.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await expect(message(page)).toHaveText('Het beschadigde werkboek is verwijderd.');
  await expect(page.getByText('Er is een werkboek dat beschadigd is.')).toBeHidden();
  const after = await stored(page);
  expect(after['am:werkboek:kapot']).toBeUndefined();
  expect(after['am:werkboek:nieuw']).toBe('{"v":99,"id":"nieuw","title":"Uit de toekomst"}');
});

test.describe('a workbook as a file', () => {
  test('saves as a file and opens in a fresh browser with the same content', async ({ browser }, testInfo) => {
    const first = await browser.newContext();
    const page = await first.newPage();
    await practise(page);
    const [download] = await Promise.all([page.waitForEvent('download'), book(page, EXAMPLE_TITLE).getByRole('button', { name: 'Opslaan als bestand' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^werkboek-oefenen-veldkamp-en-hendriks-\d{4}-\d{2}-\d{2}\.json$/);
    await expect(message(page)).toHaveText(`Het bestand ‘${download.suggestedFilename()}’ staat in je downloads.`);
    const path = testInfo.outputPath('werkboek.json');
    await download.saveAs(path);
    const data = JSON.parse(readFileSync(path, 'utf8'));
    expect(data).toMatchObject({ app: 'accountmanagement-interactief', kind: 'werkboek', format: 1 });
    expect(Date.parse(data.exportedAt)).not.toBeNaN();
    expect(data.workbook.title).toBe(EXAMPLE_TITLE);
    expect(data.workbook.company.name).toBe('Veldkamp Werkkleding B.V.');
    expect(data.workbook.plan.budget.revenue).toBe(210000);
    await first.close();

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    const problems = watch(other);
    await openManager(other);
    await other.getByRole('textbox', { name: 'Naam van het werkboek' }).fill('Mijn eigen');
    await other.getByRole('button', { name: 'Nieuw werkboek maken' }).click();
    await other.getByLabel('Bestand openen').setInputFiles(path);
    await expect(message(other)).toContainText(`Het werkboek ‘${EXAMPLE_TITLE}’ staat nu in je lijst en is geopend.`);
    await expect(bookList(other).getByRole('listitem')).toHaveCount(2);
    await expect(book(other, 'Mijn eigen')).toBeVisible();
    await expect(book(other, EXAMPLE_TITLE)).toContainText('Dit werkboek is open');
    // Opening the same file again adds it once more, under a title of its own.
    await other.getByLabel('Bestand openen').setInputFiles(path);
    await expect(book(other, `${EXAMPLE_TITLE} (2)`)).toBeVisible();

    await openDocument(other);
    await expect(other.getByRole('heading', { level: 1 })).toHaveText(`${EXAMPLE_TITLE} (2)`);
    await expect(other.getByText('Veldkamp Werkkleding B.V.').first()).toBeVisible();
    await expect(other.getByRole('table', { name: /Accountbudget/ }).getByRole('row', { name: /^Accountbijdrage/ })).toContainText('€ 49.200');
    expect(problems).toEqual([]);
    await fresh.close();
  });

  test('a wrong file gives a Dutch message and changes nothing', async ({ page }) => {
    await practise(page);
    const before = await stored(page);
    const input = page.getByLabel('Bestand openen');
    const progressFile = JSON.stringify({ app: 'accountmanagement-interactief', format: 1, exportedAt: new Date().toISOString(), entries: { 'am:gelezen:1.1': '{"v":1}' } });
    const cases: [string, string, string][] = [
      ['voortgang.json', progressFile, 'Dit is een bestand met je voortgang, geen werkboek. Je laadt het op de pagina Jouw voortgang (/voortgang/). Er is niets veranderd.'],
      ['rommel.json', 'dit is geen werkboek {', 'Dit bestand kan niet gelezen worden. Het is kapot, of het is geen werkboek. Er is niets veranderd.'],
      ['leeg.json', '', 'Dit bestand is leeg. Er is niets veranderd.'],
      [
        'kapot.json',
        JSON.stringify({ app: 'accountmanagement-interactief', kind: 'werkboek', format: 1, workbook: { v: 1, id: 'x', title: '' } }),
        'Dit werkboek is beschadigd, daarom kan het niet geladen worden. Misschien is het bestand met de hand veranderd. Er is niets veranderd.',
      ],
    ];
    for (const [name, text, expected] of cases) {
      await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
      await expect(message(page)).toHaveText(expected);
      expect(await stored(page)).toEqual(before);
      await expect(bookList(page).getByRole('listitem')).toHaveCount(1);
    }
  });
});

test('prints the whole document without navigation, header or buttons, each step on its own page', async ({ page }) => {
  await practise(page);
  await openDocument(page);
  // The student's name goes on the title page; it is saved as it is typed.
  const author = page.getByRole('textbox', { name: 'Naam van de student' });
  await author.focus();
  await page.keyboard.type('Sanne de Vries, AM2B');
  await page.reload();
  await hydrated(page, 'DocumentView');
  await expect(author).toHaveValue('Sanne de Vries, AM2B');
  await expect(page.getByText('Sanne de Vries, AM2B', { exact: true })).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  for (const [i, title] of STEP_TITLES.entries()) {
    const heading = page.getByRole('heading', { level: 2, name: `Stap ${i + 1}. ${title}` });
    await expect(heading).toBeVisible();
    expect(await heading.evaluate((h) => getComputedStyle(h.closest('section')!).breakBefore)).toBe('page');
  }
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Inhoud van de module' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Stappen van het werkboek' })).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Afdrukken of opslaan als pdf' })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Aanpassen in stap 1' })).toBeHidden();
  await expect(page.getByRole('button').filter({ visible: true })).toHaveCount(0);
  await expect(page.getByRole('table', { name: /Accountbudget/ })).toBeVisible();
  await expect(author).toBeHidden();
  await expect(page.getByText('Sanne de Vries, AM2B', { exact: true })).toBeVisible();
  // Text is black on white.
  expect(await page.locator('body').evaluate((b) => getComputedStyle(b).color)).toBe('rgb(0, 0, 0)');

  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('button', { name: 'Afdrukken of opslaan als pdf' })).toBeVisible();
});

test('the printed document of an empty workbook says what is not filled in yet', async ({ page }) => {
  await openManager(page);
  await page.getByRole('textbox', { name: 'Naam van het werkboek' }).fill('Nog niets');
  await page.getByRole('button', { name: 'Nieuw werkboek maken' }).click();
  await openDocument(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 2, name: 'Stap 6. Accountplan' })).toBeVisible();
  await expect(page.locator('.chapter .wb-empty').first()).toBeVisible();
  await expect(page.locator('.chapter .wb-empty').last()).toBeVisible();
});

test.describe('accessibility and small screens', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const withData of [false, true]) {
      test(`start page and document have no axe violations (${colorScheme}, ${withData ? 'with' : 'without'} a workbook)`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        if (withData) await practise(page);
        else await openManager(page);
        const start = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        expect(start.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`)).toEqual([]);
        if (withData) {
          await book(page, EXAMPLE_TITLE).getByRole('button', { name: 'Naam wijzigen' }).click();
          await book(page, EXAMPLE_TITLE).getByRole('button', { name: 'Verwijderen' }).click();
          await expect(page.getByRole('dialog')).toBeVisible();
          const dialog = await new AxeBuilder({ page }).withTags(WCAG).analyze();
          expect(dialog.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
        }
        await openDocument(page);
        const doc = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        expect(doc.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`)).toEqual([]);
      });
    }
  }

  test('start page and document fit a 360px phone without horizontal scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await practise(page);
    await book(page, EXAMPLE_TITLE).getByRole('button', { name: 'Naam wijzigen' }).click();
    expect(await overflow(), 'start page: horizontal scroll in px').toBeLessThanOrEqual(0);
    await openDocument(page);
    await expect(page.getByRole('table', { name: /Accountbudget/ })).toBeVisible();
    expect(await overflow(), 'document: horizontal scroll in px').toBeLessThanOrEqual(0);
    // Text at 200% on a laptop, dark: still no sideways scrolling.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
    expect(await overflow(), 'document at 200% text: horizontal scroll in px').toBeLessThanOrEqual(0);
  });
});

test('the site navigation, the home page and the teacher page link to the werkboek', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Werkboek' })).toHaveAttribute('href', '/werkboek/');
  await expect(page.getByRole('main').getByRole('link', { name: 'Werkboek', exact: true })).toHaveAttribute('href', '/werkboek/');
  await page.goto('/docenten/');
  // In a folded group: the rows are there, with the type "Werkboek" and a copy button each.
  const row = page.locator('.share-row', { hasText: 'Werkboek stap 1: Bedrijf en account' });
  await expect(row.locator('a.share-title')).toHaveAttribute('href', '/werkboek/bedrijf-en-account/');
  await expect(row).toContainText('/werkboek/bedrijf-en-account/');
  await expect(row.locator('.share-type')).toHaveText('Werkboek');
  await expect(page.locator('.share-row a.share-title', { hasText: 'Werkboek als document (afdrukken)' })).toHaveAttribute('href', '/werkboek/document/');
});
