// The werkboek step pages and their forms, with the keyboard alone: a workbook is filled from
// step 1 to 6, survives a reload, computes its figures, checks goals, carries the SWOT into the
// confrontation, keeps a wrong amount as typed; and every step passes axe and fits a phone.
import { test, expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const STEP_PATHS = [
  '/werkboek/bedrijf-en-account/',
  '/werkboek/externe-analyse/',
  '/werkboek/interne-analyse/',
  '/werkboek/swot/',
  '/werkboek/accountanalyse/',
  '/werkboek/accountplan/',
];

/** Presses Tab (or Shift+Tab) until `target` has focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, { back = false, max = 160 } = {}) {
  await expect(target).toHaveCount(1);
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab did not reach ${target}`);
}

/** Waits until the island of a part has hydrated (Astro removes `ssr` then). */
async function hydrated(page: Page, part: string) {
  await expect(page.locator(`[data-part="${part}"] astro-island`).first()).not.toHaveAttribute('ssr', /.*/);
}

/** Opens a step page and puts keyboard focus at the start of the content (the skip link). */
async function openStep(page: Page, path: string) {
  await page.goto(path);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
}

/** Scrolls through the page so that every client:visible island hydrates. */
async function hydrateAll(page: Page) {
  const parts = page.locator('.part-form');
  const count = await parts.count();
  for (let i = 0; i < count; i++) {
    await parts.nth(i).scrollIntoViewIfNeeded();
    await expect(parts.nth(i).locator('astro-island').first()).not.toHaveAttribute('ssr', /.*/);
  }
}

/** The list item (card or table row) that holds the field with this label. */
const itemWith = (page: Page, label: string) => page.locator('[data-item]').filter({ has: page.getByLabel(label, { exact: true }) });
const focusedValue = (page: Page) => page.evaluate(() => (document.activeElement as HTMLInputElement).value);

test('a workbook is filled from step 1 to 6 with the keyboard, and nothing is lost on reload', async ({ page }) => {
  test.setTimeout(240_000);

  // Step 1: text fields, a 1–5 score (radio group) and its reason. The first change starts a workbook.
  await openStep(page, STEP_PATHS[0]!);
  const companyName = page.getByLabel('Naam van het bedrijf', { exact: true });
  await tabTo(page, companyName);
  await hydrated(page, 'bedrijf');
  await page.keyboard.type('Bakkerij Jansen');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Zwolle');
  await expect(page.locator('[data-part="bedrijf"]').getByText('Opgeslagen in deze browser')).toBeVisible();
  const omzet = page.locator('[data-part="selectie"] fieldset').filter({ hasText: 'Omzet en winst' }).first();
  await tabTo(page, omzet.getByRole('radio', { name: '1 zwak' }));
  await hydrated(page, 'selectie');
  await page.keyboard.press('Space');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(omzet.getByRole('radio', { name: '4 goed' })).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.type('Koopt elke week brood voor vier winkels.');

  await page.reload();
  await hydrateAll(page);
  await expect(page.getByLabel('Naam van het bedrijf', { exact: true })).toHaveValue('Bakkerij Jansen');
  await expect(page.getByLabel('Plaats', { exact: true }).first()).toHaveValue('Zwolle');
  await expect(omzet.getByRole('radio', { name: '4 goed' })).toBeChecked();
  await expect(page.getByLabel('Reden bij Omzet en winst', { exact: true })).toHaveValue('Koopt elke week brood voor vier winkels.');

  // Step 2: findings with kans/bedreiging; "Toevoegen" focuses the new field; remove and undo.
  await openStep(page, STEP_PATHS[1]!);
  await tabTo(page, page.getByRole('button', { name: 'Punt toevoegen bij Demografisch' }));
  await hydrated(page, 'destep');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Demografisch, punt 1', { exact: true })).toBeFocused();
  await page.keyboard.type('Meer ouderen in de regio');
  // Not decided yet is the checked choice of a new finding, so Tab lands on it; arrows choose.
  await page.keyboard.press('Tab');
  const demografisch = itemWith(page, 'Demografisch, punt 1');
  await expect(demografisch.getByRole('radio', { name: 'Weet ik nog niet' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(demografisch.getByRole('radio', { name: 'Kans' })).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Punt toevoegen bij Economisch' }));
  await page.keyboard.press('Enter');
  await page.keyboard.type('Minder bouwprojecten');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowLeft');
  const economisch = itemWith(page, 'Economisch, punt 1');
  await expect(economisch.getByRole('radio', { name: 'Bedreiging' })).toBeChecked();
  // A second economic finding, removed and brought back with "Ongedaan maken".
  await tabTo(page, page.getByRole('button', { name: 'Punt toevoegen bij Economisch' }));
  await page.keyboard.press('Enter');
  await page.keyboard.type('Hogere rente');
  await tabTo(page, page.getByRole('button', { name: 'Verwijderen: Economisch, punt 2' }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Economisch, punt 2', { exact: true })).toHaveCount(0);
  const undo = page.getByRole('button', { name: 'Ongedaan maken: Economisch, punt 2 terugzetten' });
  await expect(undo).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Economisch, punt 2', { exact: true })).toHaveValue('Hogere rente');
  await expect(page.getByLabel('Economisch, punt 2', { exact: true })).toBeFocused();

  await page.reload();
  await hydrateAll(page);
  await expect(page.getByLabel('Demografisch, punt 1', { exact: true })).toHaveValue('Meer ouderen in de regio');
  await expect(page.getByLabel('Economisch, punt 2', { exact: true })).toHaveValue('Hogere rente');
  await expect(economisch.getByRole('radio', { name: 'Bedreiging' })).toBeChecked();

  // Step 3: a strength and a weakness.
  await openStep(page, STEP_PATHS[2]!);
  await tabTo(page, page.getByRole('button', { name: 'Sterkte toevoegen' }));
  await hydrated(page, 'sterktes');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Sterkte 1', { exact: true })).toBeFocused();
  await page.keyboard.type('Eigen werkplaats');
  await tabTo(page, page.getByRole('button', { name: 'Zwakte toevoegen' }));
  await hydrated(page, 'zwaktes');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Hoge prijzen');

  // Step 4: the SWOT flows in; a combination of a strength and an opportunity is "Aanvallen".
  await openStep(page, STEP_PATHS[3]!);
  const swot = page.locator('[data-part="confrontatie"]');
  await tabTo(page, page.getByRole('button', { name: 'Combinatie toevoegen' }));
  await hydrated(page, 'confrontatie');
  await expect(swot.locator('.quadrant.strengths')).toContainText('Eigen werkplaats');
  await expect(swot.locator('.quadrant.opportunities')).toContainText('Meer ouderen in de regio');
  await expect(swot.locator('.quadrant.threats')).toContainText('Minder bouwprojecten');
  await page.keyboard.press('Enter');
  const internal = page.getByLabel('Sterkte of zwakte', { exact: true });
  await expect(internal).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(internal.locator('option:checked')).toHaveText('Eigen werkplaats');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Kans of bedreiging', { exact: true }).locator('option:checked')).toHaveText('Meer ouderen in de regio');
  await expect(swot.locator('.kind')).toContainText('Aanvallen');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Werkkleding voor thuiszorg maken in de eigen werkplaats.');
  await tabTo(page, page.getByLabel('Welke opties kies je, en waarom?', { exact: true }));
  await hydrated(page, 'keuze');
  await page.keyboard.type('Ik kies combinatie 1.');

  // Step 5: performance with computed figures; a wrong amount keeps what was typed; DMU roles.
  await openStep(page, STEP_PATHS[4]!);
  await tabTo(page, page.getByRole('button', { name: 'Persoon toevoegen' }));
  await hydrated(page, 'dmu');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Petra Smit');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Inkoper');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab'); // Gebruiker → Beïnvloeder
  await page.keyboard.press('Tab'); // → Beslisser
  await page.keyboard.press('Tab'); // → Inkoper
  await expect(page.getByRole('checkbox', { name: 'Inkoper' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'Inkoper' })).toBeChecked();

  await tabTo(page, page.getByRole('button', { name: 'Jaar toevoegen' }));
  await hydrated(page, 'performance');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Jaar, regel 1', { exact: true })).toBeFocused();
  await page.keyboard.type('2025');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Omzet 2025', { exact: true })).toBeFocused();
  await page.keyboard.type('186.000');
  await page.keyboard.press('Tab');
  await page.keyboard.type('60.000');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Totale inkoop 2025', { exact: true })).toBeFocused();
  await page.keyboard.type('310.000');
  const perfRow = page.locator('[data-part="performance"] tbody tr').first();
  await expect(perfRow.locator('td').nth(6)).toHaveText('60%');

  const cts = page.getByLabel(/Cost to serve/);
  await tabTo(page, cts);
  await page.keyboard.type('veel');
  await expect(page.getByText('Dit is geen bedrag.')).toBeVisible();
  await expect(cts).toHaveAttribute('aria-invalid', 'true');
  expect(await focusedValue(page)).toBe('veel');

  await page.reload();
  await hydrateAll(page);
  await expect(page.getByLabel('Omzet 2025', { exact: true })).toHaveValue('186.000');
  await expect(page.getByLabel('Brutomarge 2025', { exact: true })).toHaveValue('60.000');
  await expect(perfRow.locator('td').nth(6)).toHaveText('60%');
  await expect(page.getByRole('checkbox', { name: 'Inkoper' })).toBeChecked();
  await expect(page.getByLabel('Naam', { exact: true })).toHaveValue('Petra Smit');
  // The wrong amount was saved as empty; typing a right one fixes it.
  await expect(cts).toHaveValue('');
  await tabTo(page, cts);
  await page.keyboard.type('12.000');
  await expect(cts).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('[data-part="performance"] .figures dd').first()).toHaveText('€ 48.000');

  // Step 6: a goal whose SMART hints change as it gets a number and a year; strategy; budget.
  await openStep(page, STEP_PATHS[5]!);
  await tabTo(page, page.getByRole('button', { name: 'Doel toevoegen' }));
  await hydrated(page, 'doelen');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Het doel', { exact: true })).toBeFocused();
  await page.keyboard.type('Meer omzet met werkhandschoenen bij Hendriks');
  const smart = page.locator('[data-part="doelen"] .smart li');
  await expect(smart.nth(1)).toContainText('Zet een getal in je doel');
  await expect(smart.nth(4)).toContainText('Zeg wanneer');
  await page.keyboard.type(' van 10% in 2026');
  await expect(smart.nth(1)).toContainText('Er staat een getal in je doel');
  await expect(smart.nth(4)).toContainText('Je doel heeft een datum of een periode');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: 'Kwantitatief (in cijfers)' })).toBeChecked();

  await tabTo(page, page.getByRole('radio', { name: /^Marktpenetratie/ }));
  await hydrated(page, 'strategie');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /^Productontwikkeling/ })).toBeChecked();

  await tabTo(page, page.getByRole('button', { name: 'Actie toevoegen' }));
  await hydrated(page, 'actieplan');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Actie regel 1', { exact: true })).toBeFocused();
  await page.keyboard.type('Proefpakket handschoenen');
  await tabTo(page, page.getByLabel('Kosten regel 1', { exact: true }));
  await page.keyboard.type('2.500');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Bij doel regel 1', { exact: true }).locator('option:checked')).toContainText('Doel 1');

  await tabTo(page, page.getByLabel(/Omzetdoel/));
  await hydrated(page, 'budget');
  await page.keyboard.type('210.000');
  await page.keyboard.press('Tab');
  await page.keyboard.type('32');
  await tabTo(page, page.getByRole('button', { name: 'Kostenpost toevoegen' }));
  await page.keyboard.press('Enter');
  await page.keyboard.type('Bezoeken');
  await page.keyboard.press('Tab');
  await page.keyboard.type('18.000');
  await expect(page.getByTestId('contribution')).toHaveText(/€\s49\.200/);
  // The action plan's costs can be added as a cost line.
  await tabTo(page, page.getByRole('button', { name: 'Zet erbij als kostenpost' }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Bedrag Kosten actieplan', { exact: true })).toHaveValue('2.500');
  await expect(page.getByTestId('contribution')).toHaveText(/€\s46\.700/);

  await tabTo(page, page.getByRole('button', { name: 'KPI toevoegen' }));
  await hydrated(page, 'evaluatie');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Omzet handschoenen');
  await page.keyboard.press('Tab');
  await page.keyboard.type('€ 20.000');

  await page.reload();
  await hydrateAll(page);
  await expect(page.getByLabel('Het doel', { exact: true })).toHaveValue('Meer omzet met werkhandschoenen bij Hendriks van 10% in 2026');
  await expect(page.getByRole('radio', { name: /^Productontwikkeling/ })).toBeChecked();
  await expect(page.getByTestId('contribution')).toHaveText(/€\s46\.700/);
  await expect(page.getByLabel('Norm regel 1', { exact: true })).toHaveValue('€ 20.000');

  // Back at step 1 everything typed at the start is still there.
  await page.goto(STEP_PATHS[0]!);
  await hydrateAll(page);
  await expect(page.getByLabel('Naam van het bedrijf', { exact: true })).toHaveValue('Bakkerij Jansen');
});

/** A workbook with something in every part, stored as the open one before the page loads. */
const SEED = {
  v: 1,
  id: 'seedtest',
  title: 'Testwerkboek',
  createdAt: '2026-01-05T10:00:00.000Z',
  updatedAt: '2026-01-05T10:00:00.000Z',
  company: { name: 'Bakkerij Jansen', place: 'Zwolle', sector: 'Voeding', offer: 'Brood en gebak', customers: 'Winkels', size: '40 medewerkers' },
  account: { name: 'Supermarkt Oost', place: 'Deventer', sector: 'Retail', relation: 'Vijf jaar', contact: 'Anna de Vries, inkoper' },
  selection: { scores: { omzet: { score: 4, note: 'Grote klant' }, uitstraling: { score: 2, note: '' } }, benefit: 'Vers brood', dependence: 'Vaste afspraken', conclusion: 'Een account.' },
  destep: { demografisch: [{ id: 'f1', text: 'Meer ouderen', effect: 'kans' }], economisch: [{ id: 'f2', text: 'Hogere rente', effect: 'bedreiging' }] },
  meso: { afnemers: [{ id: 'f3', text: 'Klanten willen gemak', effect: null }] },
  internal: { strengths: [{ id: 's1', text: 'Eigen bakkerij' }], weaknesses: [{ id: 'w1', text: 'Kleine vloot' }] },
  confrontation: {
    options: [
      { id: 'c1', internal: 's1', external: 'f1', option: 'Zacht brood voor ouderen' },
      { id: 'c2', internal: 'gone1', external: 'f2', option: 'Oude combinatie' },
    ],
    choice: 'Combinatie 1',
  },
  accountAnalysis: {
    products: 'Brood',
    profile: { companyData: 'Sinds 1990', market: 'Oost-Nederland', strategy: 'Groeien', organisation: 'Centrale inkoop' },
    dmu: [{ id: 'p1', name: 'Anna de Vries', position: 'Inkoper', roles: ['inkoper', 'beslisser'], motive: 'Prijs', contact: 'Elke maand' }],
    performance: [
      { id: 'y1', year: 2024, revenue: 170000, grossMargin: 55000, totalSpend: 300000 },
      { id: 'y2', year: 2025, revenue: 186000, grossMargin: 60000, totalSpend: 310000 },
    ],
    costToServe: 12000,
    competitors: [{ id: 'k1', name: 'Bakker Bart', share: 40, strengths: 'Goedkoop', weaknesses: 'Traag' }],
    processes: { waardeketen: 'Van meel tot winkel', logistiek: 'Elke ochtend' },
    swot: { strengths: [{ id: 'as1', text: 'Veel winkels' }], threats: [{ id: 'at1', text: 'Prijsdruk' }] },
  },
  plan: {
    vision: 'Vaste partner',
    goals: [{ id: 'g1', text: 'Omzet brood bij Supermarkt Oost 10% hoger in 2026', kind: 'kwantitatief', acceptable: 'Besproken met begeleider', realistic: 'Groei vorig jaar was 9%' }],
    strategy: { ansoff: 'marktpenetratie', text: 'Meer van hetzelfde', relationship: 'Elk kwartaal een gesprek' },
    actions: [{ id: 'a1', action: 'Proeverij', owner: 'Sanne', date: 'maart 2026', means: 'Brood', cost: 2500, goal: 'g1' }],
    budget: { revenue: 210000, marginPercent: 32, costs: [{ id: 'b1', label: 'Bezoeken', amount: 18000 }] },
    evaluation: { kpis: [{ id: 'kp1', kpi: 'Omzet', norm: '€ 200.000', frequency: 'Per kwartaal' }], moments: 'Elk kwartaal', text: 'Bijsturen met acties' },
    summary: 'Kort verslag',
  },
};

async function seed(page: Page) {
  await page.addInitScript((wb) => {
    localStorage.setItem(`am:werkboek:${wb.id}`, JSON.stringify(wb));
    localStorage.setItem('am:werkboek-actief', wb.id);
  }, SEED);
}

test('the confrontation says when the item of a combination was deleted', async ({ page }) => {
  await seed(page);
  await page.goto(STEP_PATHS[3]!);
  await hydrateAll(page);
  const combinations = page.locator('[data-part="confrontatie"] .card-item');
  await expect(combinations.nth(0).locator('.kind')).toContainText('Aanvallen');
  await expect(combinations.nth(1)).toContainText('Deze sterkte of zwakte is verwijderd');
  await expect(combinations.nth(1).locator('.kind')).toContainText('een keuze is verwijderd');
});

test('an empty SWOT quadrant says what to do', async ({ page }) => {
  await page.goto(STEP_PATHS[3]!);
  await hydrateAll(page);
  await expect(page.locator('[data-part="confrontatie"] .quadrant.strengths')).toContainText('Nog geen sterktes. Vul ze in bij stap 3.');
  await expect(page.locator('[data-part="confrontatie"] .quadrant.strengths a')).toHaveAttribute('href', /\/werkboek\/interne-analyse\/$/);
});

for (const path of STEP_PATHS) {
  test.describe(`${path} with a filled workbook`, () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`has no axe violations (${colorScheme})`, async ({ page }) => {
        await seed(page);
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        await hydrateAll(page);
        // The case example is open too, so that its content is checked as well.
        for (const summary of await page.locator('details > summary').all()) await summary.press('Enter');
        const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`)).toEqual([]);
      });
    }

    test('fits a 360px phone without horizontal scroll', async ({ page }) => {
      await seed(page);
      await page.setViewportSize({ width: 360, height: 740 });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(path);
      await hydrateAll(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'horizontal scroll in px').toBeLessThanOrEqual(0);
      expect(errors).toEqual([]);
    });
  });
}

test('amount fields keep a wrong input and say so in Dutch', async ({ page }) => {
  await seed(page);
  await openStep(page, STEP_PATHS[5]!);
  const margin = page.getByLabel(/Brutomarge \(%\)/);
  await tabTo(page, margin);
  await hydrated(page, 'budget');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('dertig');
  await expect(margin).toHaveValue('dertig');
  await expect(page.getByText('Dit is geen percentage.')).toBeVisible();
  await expect(page.getByTestId('contribution')).toContainText('–');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('32');
  await expect(page.getByTestId('contribution')).toHaveText(/€\s49\.200/);
  await expect(page.getByText('Dit is geen percentage.')).toHaveCount(0);
  await expect(margin).not.toHaveAttribute('aria-invalid', 'true');
});
