// What teachers need: links to copy (/docenten/), the test composer, presentation and embed
// modes (?weergave=…), print, and the teacher notes per chapter.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { loadContent } from '../helpers/load-content';
import type { Question } from '../../src/schemas';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const content = loadContent().input;
const questions = content.questions.flatMap((f) => f.data.questions);
const questionCount = (...sections: string[]) => questions.filter((q) => sections.includes(q.section)).length;

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const origin = (page: Page) => new URL(page.url()).origin;

async function noHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'horizontal scroll in px').toBeLessThanOrEqual(0);
}

/** Waits until the islands of the page have hydrated (they hydrate when scrolled into view). */
async function hydrated(page: Page) {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const waiting = [...document.querySelectorAll('astro-island[ssr]')];
        for (const island of waiting) (island.firstElementChild ?? island).scrollIntoView({ block: 'center' });
        return waiting.length;
      }),
    )
    .toBe(0);
}

test.describe('links to share on /docenten/', () => {
  test('copying a link puts the absolute URL of this host on the clipboard, and says so', async ({ page }) => {
    await page.goto('/docenten/');
    await page.locator('summary', { hasText: 'Hoofdstuk 1: Accountmanagement' }).click();
    const row = page.locator('.share-row').filter({ has: page.getByRole('link', { name: '1.9 De ladder van vertrouwen', exact: true }) });
    const copy = row.getByRole('button');
    await expect(copy).toHaveAccessibleName('Kopieer link 1.9 De ladder van vertrouwen');
    await copy.click();
    expect(await clipboard(page)).toBe(`${origin(page)}/1.9/`);
    await expect(page.getByRole('status').filter({ hasText: 'Link gekopieerd' })).toBeAttached();
    await expect(copy).toHaveText(/Gekopieerd/);

    // The URL shown is the one copied, built from this page's origin (not the build-time site).
    await expect(row.locator('code')).toHaveText(`${origin(page)}/1.9/`);
  });

  test('the link kind switches every URL to presentation or embed links on the full path', async ({ page }) => {
    await page.goto('/docenten/');
    await page.getByRole('radio', { name: 'Presentatie op het digibord' }).check();
    await page.locator('summary', { hasText: 'Hoofdstuk 1: Accountmanagement' }).click();
    await page.getByRole('button', { name: 'Kopieer link 1.9a De ladder van vertrouwen' }).click();
    expect(await clipboard(page)).toBe(`${origin(page)}/oefenen/ladder-van-vertrouwen/?weergave=presentatie`);
    await page.getByRole('radio', { name: 'Insluiten in de ELO' }).check();
    await page.getByRole('button', { name: 'Kopieer link Oefentoets hoofdstuk 1' }).click();
    expect(await clipboard(page)).toBe(`${origin(page)}/toets/hoofdstuk-1/?weergave=embed`);
  });

  test('every chapter, lesson, exercise and self-test has a row; the teacher pages are not in the student navigation', async ({ page }) => {
    await page.goto('/docenten/');
    const rows = page.locator('#inhoud .share-row');
    const lessons = content.lessons.length;
    const begrippen = content.glossary.filter((g) => g.data.terms.length > 0).length;
    const chapters = content.chapters.length;
    // The last 1 + 8: the final test; the werkboek (start page, six steps, document).
    expect(await rows.count()).toBe(chapters + lessons + begrippen + content.exercises.length + chapters + 1 + 8);
    await expect(page.locator('.share-row', { hasText: 'Proeftoets (alle hoofdstukken)' })).toHaveCount(1);

    await page.goto('/hoofdstuk-1/ladder-van-vertrouwen/');
    await expect(page.locator('.sidebar a[href*="docenten"]')).toHaveCount(0);
  });

  test('without clipboard permission the link is selected and the teacher is told to press Ctrl+C', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, permissions: [] });
    const page = await context.newPage();
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
      (document as unknown as { execCommand: () => boolean }).execCommand = () => false;
    });
    await page.goto('/docenten/');
    await page.locator('summary', { hasText: 'Hoofdstuk 2: Situatieanalyse' }).click();
    await page.getByRole('button', { name: 'Kopieer link 2.4 DESTEP-analyse' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'De link is geselecteerd' })).toBeAttached();
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(`${new URL(page.url()).origin}/2.4/`);
    await context.close();
  });
});

test.describe('test composer', () => {
  test('builds a link with the chosen sections and n, and a new seed on "Nieuwe volgorde"', async ({ page }) => {
    await page.goto('/docenten/#toets-samenstellen');
    await hydrated(page);
    const composer = page.locator('.composer');
    await expect(composer.getByText('Kies eerst een hoofdstuk of een paragraaf.')).toBeVisible();

    await composer.locator('summary', { hasText: 'Paragrafen kiezen' }).nth(1).click();
    for (const name of [/^2\.4 DESTEP-analyse/, /^2\.5 ABCD-analyse/, /^2\.11 SWOT-analyse/]) await composer.getByRole('checkbox', { name }).check();
    await composer.getByRole('spinbutton', { name: 'Aantal vragen' }).fill('7');
    await expect(composer.getByText(`De vragenbank heeft ${questionCount('2.4', '2.5', '2.11')} vragen voor deze keuze.`)).toBeVisible();
    await expect(composer.getByText('De toets krijgt 7 vragen.')).toBeVisible();

    const link = composer.locator('[data-test-link]');
    await expect(link).toHaveText(new RegExp(`^${origin(page)}/toets/\\?secties=2\\.4,2\\.5,2\\.11&n=7&seed=[a-z0-9]{4,6}$`));
    const first = await link.textContent();
    await composer.getByRole('button', { name: 'Kopieer link' }).click();
    expect(await clipboard(page)).toBe(first);
    await expect(composer.getByRole('status')).toHaveText('Link gekopieerd');

    await composer.getByRole('button', { name: 'Nieuwe volgorde' }).click();
    await expect(link).not.toHaveText(first!);
    await expect(link).toHaveText(/secties=2\.4,2\.5,2\.11&n=7&seed=[a-z0-9]{4,6}$/);
    await expect(composer.getByRole('status')).toHaveText('Nieuwe volgorde. De link is veranderd.');
  });

  test('whole chapters become hoofdstukken=…, and n stays within the bank', async ({ page }) => {
    await page.goto('/docenten/#toets-samenstellen');
    await hydrated(page);
    const composer = page.locator('.composer');
    await composer.getByRole('checkbox', { name: /^Heel hoofdstuk 1:/ }).check();
    await composer.getByRole('checkbox', { name: /^Heel hoofdstuk 3:/ }).check();
    await expect(composer.locator('[data-test-link]')).toHaveText(/\/toets\/\?hoofdstukken=1,3&n=10&seed=/);

    // Untick one section: the chapter is partly chosen (mixed) and the link lists sections.
    await composer.locator('summary', { hasText: 'Paragrafen kiezen' }).first().click();
    await composer.getByRole('checkbox', { name: /^1\.1 Inleiding/ }).uncheck();
    await expect(composer.getByRole('checkbox', { name: /^Heel hoofdstuk 1:/ })).toHaveJSProperty('indeterminate', true);
    await expect(composer.locator('[data-test-link]')).toHaveText(/\?secties=1\.2,1\.3,.*,3\.9&n=10/);

    // A mixed chapter box ticks the whole chapter first, as checkboxes do; a second click clears it.
    await composer.getByRole('checkbox', { name: /^Heel hoofdstuk 1:/ }).check();
    await expect(composer.locator('[data-test-link]')).toHaveText(/\?hoofdstukken=1,3&/);
    await composer.getByRole('checkbox', { name: /^Heel hoofdstuk 1:/ }).uncheck();
    await composer.getByRole('checkbox', { name: /^Heel hoofdstuk 3:/ }).uncheck();
    await composer.locator('summary', { hasText: 'Paragrafen kiezen' }).nth(2).click();
    await composer.getByRole('checkbox', { name: /^3\.1 Inleiding/ }).check();
    const available = questionCount('3.1');
    await composer.getByRole('spinbutton', { name: 'Aantal vragen' }).fill('25');
    await expect(composer.getByText(`Je koos 25 vragen, maar er zijn er ${available}.`)).toBeVisible();
    await expect(composer.locator('[data-test-link]')).toHaveText(new RegExp(`secties=3\\.1&n=${available}&seed=`));
  });
});

const chromeHidden = async (page: Page) => {
  await expect(page.locator('html')).toHaveAttribute('data-weergave', /presentatie|embed/);
  for (const selector of ['.site-header', '.course-nav', '.site-footer', '.breadcrumb', '.pagination']) {
    const element = page.locator(selector);
    if (await element.count()) await expect(element.first(), selector).toBeHidden();
  }
  await expect(page.locator('h1')).toBeVisible();
};

async function answerFirstScenario(page: Page) {
  const exercise = content.exercises.find((e) => e.id === 'ladder-van-vertrouwen')!.data;
  const question = questions.find((q) => exercise.type === 'quiz' && q.id === exercise.questions[1]) as Extract<Question, { type: 'single' }>;
  const card = page.locator('.question').filter({ hasText: question.prompt });
  await card.scrollIntoViewIfNeeded();
  await hydrated(page);
  await card.getByRole('radio', { name: question.options.find((o) => o.correct)!.text }).check();
  await card.getByRole('button', { name: 'Controleer' }).click();
  await expect(card.getByText('Goed!')).toBeVisible();
}

test.describe('presentation mode (?weergave=presentatie)', () => {
  test('a lesson shows only its content, larger, with a link that closes the presentation', async ({ page }) => {
    await page.goto('/hoofdstuk-1/ladder-van-vertrouwen/');
    const normal = await page.locator('main p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    await page.goto('/hoofdstuk-1/ladder-van-vertrouwen/?weergave=presentatie');
    await chromeHidden(page);
    const large = await page.locator('main p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    expect(large).toBeGreaterThanOrEqual(normal * 1.4);
    const close = page.getByRole('link', { name: 'Presentatie sluiten' });
    await expect(close).toBeVisible();
    await close.click();
    await expect(page).toHaveURL(/\/hoofdstuk-1\/ladder-van-vertrouwen\/$/);
    await expect(page.locator('.site-header')).toBeVisible();
    await expect(page.locator('html')).not.toHaveAttribute('data-weergave', /./);
  });

  test('an exercise still works, with large touch targets', async ({ page }) => {
    await page.goto('/oefenen/ladder-van-vertrouwen/?weergave=presentatie');
    await chromeHidden(page);
    await answerFirstScenario(page);
    const height = await page.getByRole('button', { name: 'Controleer' }).first().evaluate((b) => b.getBoundingClientRect().height);
    expect(height).toBeGreaterThanOrEqual(48);
  });

  test('a sorting exercise still works by tapping', async ({ page }) => {
    await page.goto('/oefenen/hunter-of-farmer/?weergave=presentatie');
    await chromeHidden(page);
    await hydrated(page);
    await page.getByRole('group', { name: /^Stapel/ }).locator('button.card').first().click();
    await page.getByRole('button', { name: 'Plaats hier bij Hunter' }).click();
    await expect(page.getByText(/Geplaatst: 1 van/)).toBeVisible();
  });

  test('fits a 360px screen', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/hoofdstuk-2/swot-analyse/?weergave=presentatie');
    await chromeHidden(page);
    await noHorizontalScroll(page);
  });
});

test.describe('embed mode (?weergave=embed)', () => {
  test('an exercise shows without chrome, still works, and opens other pages in a new tab', async ({ page, context }) => {
    await page.goto('/oefenen/ladder-van-vertrouwen/?weergave=embed');
    await chromeHidden(page);
    await expect(page.getByRole('link', { name: 'Presentatie sluiten' })).toHaveCount(0);
    const left = await page.locator('main').evaluate((m) => m.getBoundingClientRect().left);
    expect(left).toBeLessThanOrEqual(8);
    await answerFirstScenario(page);
    const popup = context.waitForEvent('page');
    await page.getByRole('link', { name: /Hoort bij 1\.9/ }).click();
    const opened = await popup;
    await expect(opened).toHaveURL(/\/hoofdstuk-1\/ladder-van-vertrouwen\/$/);
    await expect(page).toHaveURL(/weergave=embed/);
  });

  test('a lesson shows without chrome at normal size', async ({ page }) => {
    await page.goto('/hoofdstuk-1/ladder-van-vertrouwen/?weergave=embed');
    await chromeHidden(page);
    const size = await page.locator('html').evaluate((h) => getComputedStyle(h).fontSize);
    expect(size).toBe('16px');
  });
});

test.describe('print', () => {
  test('a lesson prints without navigation and buttons, with links written out', async ({ page }) => {
    await page.goto('/hoofdstuk-1/ladder-van-vertrouwen/');
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.course-nav', '.site-footer', '.breadcrumb', '.pagination', '.course-toc', '.read-aloud']) {
      const element = page.locator(selector);
      if (await element.count()) await expect(element.first(), selector).toBeHidden();
    }
    await expect(page.locator('main button:not(.card):visible')).toHaveCount(0);
    await expect(page.locator('h1')).toBeVisible();
    const after = await page.locator('.oefening .own-page a').first().evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('/oefenen/ladder-van-vertrouwen/');
    expect(after).toContain(origin(page));
  });

  test('a printed lesson has no empty last page and its tables stay tables', async ({ page }) => {
    await page.goto('/hoofdstuk-1/ladder-van-vertrouwen/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.responsive-table').first()).toHaveCSS('display', 'table');
    await expect(page.locator('.course')).toHaveCSS('display', 'block');
  });
});

test.describe('teacher notes', () => {
  test('each chapter has notes with goals, a timed lesson plan, class and homework use, and misconceptions', async ({ page }) => {
    for (const chapter of content.chapters.map((c) => c.data)) {
      await page.goto(`/docenten/${chapter.slug}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Lesnotities hoofdstuk ${chapter.number}: ${chapter.title}`);
      await expect(page.getByText('Voor docenten', { exact: true }).first()).toBeVisible();
      for (const heading of ['Leerdoelen', 'Lesplan', 'Klassikaal op het digibord', 'Als huiswerk', 'Waar studenten vaak de mist in gaan']) {
        await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
      }
      await expect(page.locator('.step-table').first().locator('td.time').first()).toHaveText('0–5 min');
      expect(await page.locator('.misconception').count()).toBeGreaterThanOrEqual(3);
    }
  });

  test('a whiteboard link opens the exercise as a presentation', async ({ page }) => {
    await page.goto('/docenten/hoofdstuk-1/');
    await page.locator('section:has(> #digibord)').getByRole('link', { name: /Oefening 1\.8a/ }).click();
    await expect(page).toHaveURL(/\/oefenen\/hunter-of-farmer\/\?weergave=presentatie$/);
    await chromeHidden(page);
  });
});

for (const path of ['/docenten/', '/docenten/hoofdstuk-1/']) {
  test.describe(path, () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`has no axe violations with everything open (${colorScheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        await hydrated(page);
        for (const summary of await page.locator('main details > summary').all()) await summary.click();
        const composer = page.locator('.composer');
        if (await composer.count()) await composer.getByRole('checkbox', { name: /^2\.4 / }).check();
        const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`)).toEqual([]);
      });
    }

    test('fits a 360px phone with everything open', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(path);
      await hydrated(page);
      for (const summary of await page.locator('main details > summary').all()) await summary.click();
      const composer = page.locator('.composer');
      if (await composer.count()) await composer.getByRole('checkbox', { name: /^Heel hoofdstuk 2:/ }).check();
      await noHorizontalScroll(page);
    });
  });
}
