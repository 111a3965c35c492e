// Reading comfort: the "Leesinstellingen" panel (keyboard, instant effect, remembered without a
// flash, dark theme, less motion, phone and 200% zoom) and read-aloud with a fake speech engine.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { gotoReady } from './site';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const LESSON = '/hoofdstuk-1/ladder-van-vertrouwen/';
const NEXT_LESSON = /\/hoofdstuk-1\/een-willekeurige-werkweek\/$/;
const KEY = 'am:instellingen';
const DARK_BG = 'rgb(20, 23, 28)';
const LIGHT_BG = 'rgb(251, 250, 247)';

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

function watchErrors(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (msg) => {
    // The service worker file belongs to the offline feature and may be missing from this build.
    if (msg.type() === 'error' && !/sw\.js|bad HTTP response code \(404\)/.test(msg.text())) errors.push(msg.text());
  });
  return errors;
}

/** What the page looked like when the HTML was parsed: before any module script ran. */
async function recordAtDomContentLoaded(page: Page) {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const html = document.documentElement;
      (window as unknown as { atDcl: object }).atDcl = {
        fontSize: getComputedStyle(html).fontSize,
        lineHeight: getComputedStyle(document.querySelector('main p') ?? document.body).lineHeight,
        background: getComputedStyle(document.body).backgroundColor,
        theme: html.dataset.theme,
      };
    });
  });
}
const atDcl = (page: Page) => page.evaluate(() => (window as unknown as { atDcl: { fontSize: string; lineHeight: string; background: string; theme?: string } }).atDcl);

const settingsButton = (page: Page) => page.getByRole('button', { name: 'Leesinstellingen' });

test.describe('Leesinstellingen', () => {
  test('opens with the keyboard, applies each change at once and closes with Escape', async ({ page }) => {
    const errors = watchErrors(page);
    await page.emulateMedia({ colorScheme: 'light' });
    await gotoReady(page, LESSON);
    const button = settingsButton(page);
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Leesinstellingen' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('radio', { name: '100%' })).toBeFocused();

    await page.keyboard.press('ArrowRight');
    await expect(dialog.getByRole('radio', { name: '115%' })).toBeChecked();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', '115');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('18.4px');

    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('group', { name: 'Regelafstand' }).getByRole('radio', { name: 'Normaal' })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('html')).toHaveAttribute('data-line-spacing', 'wide');

    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('group', { name: 'Licht of donker' }).getByRole('radio', { name: 'Systeem' })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(dialog.getByRole('radio', { name: 'Donker' })).toBeChecked();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('body')).toHaveCSS('background-color', DARK_BG);

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
    // Space opens it too, and the choices are still there.
    await page.keyboard.press(' ');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('radio', { name: '115%' })).toBeChecked();
    await expect(dialog.getByRole('radio', { name: '115%' })).toBeFocused();
    await dialog.getByRole('button', { name: 'Klaar' }).click();
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();

    const stored = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY))!);
    expect(stored).toMatchObject({ v: 1, textSize: 115, lineSpacing: 'wide', theme: 'dark' });
    expect(errors).toEqual([]);
  });

  test('is remembered across a reload and a navigation, applied before the first paint', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await recordAtDomContentLoaded(page);
    await gotoReady(page, LESSON);
    const normal = await atDcl(page);
    expect(normal).toMatchObject({ fontSize: '16px', background: LIGHT_BG });

    await settingsButton(page).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: '130%' }).check();
    await dialog.getByRole('radio', { name: 'Extra ruim' }).check();
    await dialog.getByRole('radio', { name: 'Donker' }).check();
    await page.keyboard.press('Escape');

    await page.reload();
    // At DOMContentLoaded no module script has run yet: only the inline script can have done this.
    expect(await atDcl(page)).toMatchObject({ fontSize: '20.8px', background: DARK_BG, theme: 'dark' });
    const lineHeight = parseFloat((await atDcl(page)).lineHeight);
    expect(lineHeight / parseFloat(normal.lineHeight)).toBeGreaterThan(1.6);

    await page.getByRole('navigation', { name: 'Vorige en volgende les' }).getByRole('link', { name: /Volgende/ }).click();
    await expect(page).toHaveURL(NEXT_LESSON);
    // The URL changes before the new page's DOMContentLoaded has fired.
    await page.waitForLoadState('domcontentloaded');
    expect(await atDcl(page)).toMatchObject({ fontSize: '20.8px', background: DARK_BG, theme: 'dark' });

    // Back to the defaults: nothing stays behind. (The button works once the page script has run.)
    await expect(page.locator('[data-search][data-ready]')).toBeAttached();
    await settingsButton(page).click();
    await page.getByRole('button', { name: 'Standaard herstellen' }).click();
    await expect(page.getByRole('dialog').getByRole('status')).toHaveText('Alle leesinstellingen staan weer op standaard.');
    await expect(page.getByRole('radio', { name: '100%' })).toBeChecked();
    expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
    await expect(page.locator('body')).toHaveCSS('background-color', LIGHT_BG);
  });

  test('letter and word spacing use the WCAG 1.4.12 values', async ({ page }) => {
    await gotoReady(page, LESSON);
    await settingsButton(page).click();
    await page.getByRole('group', { name: 'Letter- en woordafstand' }).getByRole('radio', { name: 'Ruim' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-text-spacing', 'wide');
    const spacing = await page.locator('main p').first().evaluate((p) => {
      const style = getComputedStyle(p);
      const size = parseFloat(style.fontSize);
      return { letter: parseFloat(style.letterSpacing) / size, word: parseFloat(style.wordSpacing) / size };
    });
    expect(spacing.letter).toBeCloseTo(0.12, 2);
    expect(spacing.word).toBeCloseTo(0.16, 2);
  });

  test('a forced dark theme wins over a light device and passes axe', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.addInitScript((key) => localStorage.setItem(key, JSON.stringify({ v: 1, theme: 'dark' })), KEY);
    await gotoReady(page, LESSON);
    await expect(page.locator('body')).toHaveCSS('background-color', DARK_BG);
    expect(await axe(page)).toEqual([]);
  });

  test('a forced light theme wins over a dark device', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.addInitScript((key) => localStorage.setItem(key, JSON.stringify({ v: 1, theme: 'light' })), KEY);
    await gotoReady(page, LESSON);
    await expect(page.locator('body')).toHaveCSS('background-color', LIGHT_BG);
  });

  test('"Minder beweging" follows the device and can be switched on', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await gotoReady(page, LESSON);
    await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduce');

    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.reload();
    await expect(page.locator('html')).not.toHaveAttribute('data-motion', /.*/);
    await settingsButton(page).click();
    await page.getByRole('radio', { name: 'Minder beweging' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduce');
    expect(await page.locator('.settings-done').evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('1e-05s');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduce');
  });

  test('a damaged entry does not break the page', async ({ page }) => {
    const errors = watchErrors(page);
    await page.addInitScript((key) => localStorage.setItem(key, '{"v":1,"textSize":"enorm","theme":"dark"'), KEY);
    await gotoReady(page, LESSON);
    await settingsButton(page).click();
    await expect(page.getByRole('radio', { name: '100%' })).toBeChecked();
    await page.getByRole('radio', { name: '150%' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', '150');
    expect(errors).toEqual([]);
  });

  test('says so when the browser keeps nothing, and still applies the choice', async ({ page }) => {
    const errors = watchErrors(page);
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('Opslag uit', 'SecurityError');
      };
    });
    await gotoReady(page, LESSON);
    await settingsButton(page).click();
    await expect(page.getByText('Je browser bewaart nu niets.')).toBeVisible();
    await page.getByRole('radio', { name: '130%' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', '130');
    expect(errors).toEqual([]);
  });

  test('has no axe violations with the panel open', async ({ page }) => {
    await gotoReady(page, LESSON);
    await settingsButton(page).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await axe(page)).toEqual([]);
  });

  test('fits a 360px phone with the panel open, also with the largest text', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await gotoReady(page, LESSON);
    await settingsButton(page).click();
    const dialog = page.getByRole('dialog');
    for (const size of ['100%', '150%']) {
      await dialog.getByRole('radio', { name: size }).check();
      await dialog.getByRole('group', { name: 'Letter- en woordafstand' }).getByRole('radio', { name: 'Ruim' }).check();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal scroll at ${size}`).toBeLessThanOrEqual(0);
      const box = (await dialog.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(360);
    }
    // Everything in the panel can be reached: the last button scrolls into view.
    await dialog.getByRole('button', { name: 'Klaar' }).click();
    await expect(dialog).toBeHidden();
  });

  test('works with the keyboard at 200% zoom', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await gotoReady(page, LESSON);
    await settingsButton(page).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    const box = (await dialog.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(450);
    expect(box.x + box.width).toBeLessThanOrEqual(640);
    // Tab walks through every group to the buttons, which come into view.
    for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Standaard herstellen' })).toBeFocused();
    await expect(dialog.getByRole('button', { name: 'Standaard herstellen' })).toBeInViewport();
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Klaar' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(settingsButton(page)).toBeFocused();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});

// ---- Read-aloud ----------------------------------------------------------------------------------

interface FakeSpeech {
  spoken: { text: string; rate: number; lang: string }[];
  speaking: boolean;
  autoEnd: boolean;
  finish(): void;
}

/** A speech engine that records what it is asked to say; `finish()` ends the current sentence. */
async function fakeSpeech(page: Page, voices: { lang: string; name: string }[] = [{ lang: 'nl-NL', name: 'Nederlands' }, { lang: 'en-US', name: 'English' }], late = false) {
  await page.addInitScript(({ voiceList, late }) => {
    type Utterance = { text: string; rate: number; lang: string; onstart?: (e: object) => void; onend?: (e: object) => void; onerror?: (e: object) => void; onboundary?: (e: object) => void };
    let current: Utterance | null = null;
    const listeners = new Set<() => void>();
    const speech = {
      voicesLoaded: !late,
      /** Some browsers fill in their voices later and then fire "voiceschanged". */
      loadVoices() {
        speech.voicesLoaded = true;
        listeners.forEach((listener) => listener());
      },
      spoken: [] as { text: string; rate: number; lang: string }[],
      speaking: false,
      autoEnd: false,
      finish() {
        const utterance = current;
        if (!utterance) return;
        current = null;
        speech.speaking = false;
        utterance.onend?.({});
      },
    };
    const synth = {
      paused: false,
      pending: false,
      get speaking() { return speech.speaking; },
      getVoices: () => (speech.voicesLoaded ? voiceList.map((v) => ({ ...v, localService: true, default: false, voiceURI: v.name })) : []),
      speak(utterance: Utterance) {
        speech.spoken.push({ text: utterance.text, rate: utterance.rate, lang: utterance.lang });
        current = utterance;
        speech.speaking = true;
        setTimeout(() => {
          if (current !== utterance) return;
          utterance.onstart?.({});
          utterance.onboundary?.({ name: 'word', charIndex: 0 });
          if (speech.autoEnd) setTimeout(() => speech.finish(), 0);
        }, 0);
      },
      cancel() {
        const utterance = current;
        current = null;
        speech.speaking = false;
        if (utterance) setTimeout(() => utterance.onerror?.({ error: 'interrupted' }), 0);
      },
      pause() { synth.paused = true; },
      resume() { synth.paused = false; },
      addEventListener(type: string, listener: () => void) { if (type === 'voiceschanged') listeners.add(listener); },
      removeEventListener(_type: string, listener: () => void) { listeners.delete(listener); },
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      configurable: true,
      value: class {
        text: string;
        rate = 1;
        lang = '';
        voice = null;
        constructor(text: string) { this.text = text; }
      },
    });
    (window as unknown as { fakeSpeech: typeof speech }).fakeSpeech = speech;
  }, { voiceList: voices, late });
}

const speech = (page: Page) => page.evaluate(() => {
  const s = (window as unknown as { fakeSpeech: FakeSpeech }).fakeSpeech;
  return { spoken: s.spoken, speaking: s.speaking };
});
const finishSentence = (page: Page) => page.evaluate(() => (window as unknown as { fakeSpeech: FakeSpeech }).fakeSpeech.finish());
const highlighted = (page: Page) => page.evaluate(() => {
  const highlight = CSS.highlights.get('read-aloud');
  return highlight ? [...highlight].map((range) => range.toString()).join(' ') : null;
});

test.describe('Voorlezen', () => {
  test('starts, highlights each sentence, pauses, resumes, changes speed and stops', async ({ page }) => {
    const errors = watchErrors(page);
    await fakeSpeech(page);
    await gotoReady(page, LESSON);
    const bar = page.getByRole('group', { name: 'Voorlezen' });
    await bar.getByRole('button', { name: 'Voorlezen' }).click();

    await expect.poll(() => highlighted(page)).toBe('Het is maandagochtend.');
    expect((await speech(page)).spoken).toEqual([{ text: 'Het is maandagochtend.', rate: 1, lang: 'nl-NL' }]);
    await finishSentence(page);
    await expect.poll(() => highlighted(page)).toBe('Bas Peters van Schoonmaakbedrijf Glansrijk mailt Sanne.');
    await expect(page.locator('.lesson-body p').first()).toHaveClass(/read-aloud-block/);

    // Pause stops the voice; "Verder" says the same sentence again.
    await bar.getByRole('button', { name: 'Pauze' }).click();
    await expect(bar.getByRole('button', { name: 'Verder' })).toBeFocused();
    await expect.poll(async () => (await speech(page)).speaking).toBe(false);
    await bar.getByRole('button', { name: 'Verder' }).click();
    await expect.poll(async () => (await speech(page)).spoken.at(-1)?.text).toBe('Bas Peters van Schoonmaakbedrijf Glansrijk mailt Sanne.');

    // A new speed applies at once and is remembered.
    await expect(bar.getByLabel('Snelheid').locator('option')).toHaveText(['0,75×', '1×', '1,25×', '1,5×']);
    await bar.getByLabel('Snelheid').selectOption('1.25');
    await expect.poll(async () => (await speech(page)).spoken.at(-1)?.rate).toBe(1.25);
    expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY))!)).toMatchObject({ readingRate: 1.25 });

    // The next paragraph, and a click on any paragraph, continue from there.
    await bar.getByRole('button', { name: 'Volgende alinea' }).click();
    await expect.poll(() => highlighted(page)).toBe('Vertrouwen groeit stap voor stap');
    await page.locator('.samenvatting li').first().click();
    const firstPoint = (await page.locator('.samenvatting li').first().innerText()).trim();
    await expect.poll(async () => (await speech(page)).spoken.at(-1)?.text).toBe(firstPoint.split(/(?<=[.!?])\s/)[0]);

    await bar.getByRole('button', { name: 'Stop' }).click();
    await expect.poll(() => highlighted(page)).toBeNull();
    await expect(bar.getByRole('button', { name: 'Voorlezen' })).toBeFocused();
    await expect(bar.getByRole('button', { name: 'Stop' })).toBeHidden();
    await expect(page.locator('.read-aloud-block')).toHaveCount(0);

    await page.reload();
    await expect(page.getByLabel('Snelheid')).toHaveValue('1.25');
    expect(errors).toEqual([]);
  });

  test('reads the lesson and the Samenvatting, not the exercise or tooltips', async ({ page }) => {
    await fakeSpeech(page);
    await gotoReady(page, LESSON);
    await page.evaluate(() => ((window as unknown as { fakeSpeech: FakeSpeech }).fakeSpeech.autoEnd = true));
    await page.getByRole('button', { name: 'Voorlezen' }).click();
    await expect(page.locator('[data-ra-status]')).toHaveText('Klaar met voorlezen.', { timeout: 15_000 });
    const text = (await speech(page)).spoken.map((s) => s.text).join(' ');
    expect(text).toContain('Samenvatting');
    expect(text).toContain('laat zien hoeveel een klant op jou rekent.');
    const exercise = (await page.locator('.lesson-body .oefening .instructions').first().innerText()).trim();
    expect(text).not.toContain(exercise);
    expect(text).not.toContain('Een model met vijf treden');
    await expect(page.getByRole('button', { name: 'Voorlezen' })).toBeVisible();
  });

  test('is not offered without speech or without a Dutch voice', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true }));
    await gotoReady(page, LESSON);
    await expect(page.locator('.read-aloud')).toBeHidden();

    const other = await page.context().newPage();
    await fakeSpeech(other, [{ lang: 'en-US', name: 'English' }]);
    await gotoReady(other, LESSON);
    await expect(other.getByText('geen Nederlandse stem')).toBeVisible();
    await expect(other.getByRole('button', { name: 'Voorlezen' })).toBeHidden();
  });

  test('becomes available when the browser loads its voices late', async ({ page }) => {
    await fakeSpeech(page, undefined, true);
    await gotoReady(page, LESSON);
    const noVoice = page.getByText('geen Nederlandse stem');
    await expect(noVoice).toBeVisible({ timeout: 6000 });
    await expect(page.getByRole('button', { name: 'Voorlezen' })).toBeHidden();
    await page.evaluate(() => (window as unknown as { fakeSpeech: { loadVoices(): void } }).fakeSpeech.loadVoices());
    await expect(noVoice).toBeHidden();
    await page.getByRole('button', { name: 'Voorlezen' }).click();
    await expect.poll(() => highlighted(page)).toBe('Het is maandagochtend.');
  });

  test('has no axe violations while reading, in dark mode too', async ({ page }) => {
    await fakeSpeech(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await gotoReady(page, LESSON);
    await page.getByRole('button', { name: 'Voorlezen' }).click();
    await expect(page.getByRole('button', { name: 'Pauze' })).toBeVisible();
    expect(await axe(page)).toEqual([]);
  });

  test('fits a 360px phone while reading', async ({ page }) => {
    await fakeSpeech(page);
    await page.setViewportSize({ width: 360, height: 740 });
    await gotoReady(page, LESSON);
    await page.getByRole('button', { name: 'Voorlezen' }).click();
    await expect(page.getByRole('button', { name: 'Volgende alinea' })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
