// The sorting board (categorise widget) in a real browser: the three ways to place a card
// (mouse drag, keyboard, tap on a touch phone), feedback after Controleer, saved work after a
// reload, Opnieuw, Toon oplossing, the SWOT board, accessibility (axe) and a 360px phone.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { test, expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface Exercise {
  categories: { id: string; label: string }[];
  items: { id: string; text: string; category: string; explanation: string }[];
}
const exercisesDir = join(import.meta.dirname, '..', '..', 'content', 'exercises');
const load = (id: string) => yaml.load(readFileSync(join(exercisesDir, `${id}.yaml`), 'utf8')) as Exercise;

const HF = '/oefenen/hunter-of-farmer/';
const hf = load('hunter-of-farmer');
const labelOf = (ex: Exercise, text: string) => {
  const item = ex.items.find((i) => i.text === text)!;
  return ex.categories.find((c) => c.id === item.category)!.label;
};

/** Opens an exercise page and waits until the board has hydrated. */
async function open(page: Page, path = HF) {
  await page.goto(path);
  const board = page.locator('.categorise');
  await board.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  return board;
}

const result = (page: Page) => page.locator('.categorise .result');
const pile = (page: Page) => page.getByRole('group', { name: /^Stapel/ });
const zone = (page: Page, label: string) => page.getByRole('group', { name: new RegExp(`^${label}\\b`) });
const pileTexts = (page: Page) => pile(page).locator('button.card .text').allInnerTexts();
const card = (scope: Page | Locator, text: string) => scope.getByRole('button', { name: text, exact: false }).filter({ hasText: text });

async function tapPlace(page: Page, text: string, label: string) {
  await card(pile(page), text).click();
  await page.getByRole('button', { name: `Plaats hier bij ${label}` }).click();
}

/** Drags with the mouse from the middle of one element to the middle of another, in small steps. */
async function dragTo(page: Page, from: Locator, to: Locator) {
  await from.scrollIntoViewIfNeeded();
  const a = (await from.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 12, a.y + a.height / 2 + 12, { steps: 3 });
  await to.scrollIntoViewIfNeeded();
  const b = (await to.boundingBox())!;
  await page.mouse.move(b.x + b.width / 2, b.y + Math.min(b.height / 2, 40), { steps: 8 });
  await page.mouse.up();
}

/** Presses a key until the focused element matches, at most `max` times. */
async function pressUntil(page: Page, key: string, done: () => Promise<boolean>, max = 60) {
  for (let i = 0; i < max; i++) {
    if (await done()) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached the element`);
}
const focusedIn = (page: Page, selector: string) => page.evaluate((s) => !!document.activeElement?.closest(s), selector);

test.describe('hunter of farmer', () => {
  test('can be completed by dragging with the mouse', async ({ page }) => {
    await open(page);
    const texts = await pileTexts(page);
    expect(texts).toHaveLength(hf.items.length);
    for (const text of texts) {
      const label = labelOf(hf, text);
      await dragTo(page, card(pile(page), text), zone(page, label));
      await expect(card(zone(page, label), text)).toBeVisible();
    }
    await expect(pile(page).locator('button.card')).toHaveCount(0);
    await page.getByRole('button', { name: 'Controleer' }).click();
    await expect(result(page)).toContainText(`Score: ${hf.items.length} van ${hf.items.length}`);
    await expect(result(page)).toContainText('Alles goed! Knap gedaan.');
    await expect(page.locator('.categorise .verdict', { hasText: 'Goed' })).toHaveCount(hf.items.length);
  });

  test('dragging shows the card under the pointer and highlights the zone; dropping outside puts it back', async ({ page }) => {
    await open(page);
    const text = (await pileTexts(page))[0]!;
    const from = card(pile(page), text);
    const a = (await from.boundingBox())!;
    await page.mouse.move(a.x + 20, a.y + 20);
    await page.mouse.down();
    await page.mouse.move(a.x + 40, a.y + 40, { steps: 3 });
    const ghost = page.locator('.categorise .ghost');
    await expect(ghost).toBeVisible();
    const target = zone(page, 'Farmer');
    await target.scrollIntoViewIfNeeded();
    const b = (await target.boundingBox())!;
    await page.mouse.move(b.x + 30, b.y + 30, { steps: 5 });
    await expect(target).toHaveClass(/\bover\b/);
    const g = (await ghost.boundingBox())!;
    expect(Math.abs(g.x - (b.x + 30 - 20))).toBeLessThan(3);
    // Let go far away from every zone: the card goes back to the pile.
    await page.mouse.move(5, 5, { steps: 5 });
    await expect(target).not.toHaveClass(/\bover\b/);
    await page.mouse.up();
    await expect(ghost).toHaveCount(0);
    await expect(card(pile(page), text)).toBeVisible();
    await expect(page.locator('.categorise [aria-live="polite"]')).toHaveText(/Niet in een vak losgelaten/);
  });

  test('can be completed with the keyboard alone', async ({ page }) => {
    await open(page);
    const live = page.locator('.categorise [aria-live="polite"]');
    // Tab into the board: the first stop after the keyboard help is the first card of the pile.
    await page.getByText('Werken met het toetsenbord').focus();
    await page.keyboard.press('Tab');
    expect(await focusedIn(page, '.pile button.card')).toBe(true);

    for (let n = 0; n < hf.items.length; n++) {
      if (!(await focusedIn(page, '.pile button.card'))) await pressUntil(page, 'Shift+Tab', () => focusedIn(page, '.pile button.card'));
      const focused = page.locator('.categorise button.card:focus');
      const text = (await focused.locator('.text').innerText()).trim();
      const label = labelOf(hf, text);
      await page.keyboard.press('Enter');
      await expect(page.locator('.categorise button.card[aria-pressed="true"]')).toHaveCount(1);
      await expect(live).toHaveText(/^Kaart opgepakt: .*pijltjestoetsen/);
      // Pile → Hunter → Farmer; the card moves along and keeps the focus.
      const steps = hf.categories.findIndex((c) => c.label === label) + 1;
      for (let s = 0; s < steps; s++) await page.keyboard.press('ArrowRight');
      await expect(live).toHaveText(new RegExp(`^${label}, vak ${steps + 1} van 3`));
      await page.keyboard.press('Enter');
      await expect(live).toHaveText(`Kaart geplaatst bij ${label}.`);
      const moved = card(zone(page, label), text);
      await expect(moved).toBeFocused();
      await expect(moved).toHaveAttribute('aria-pressed', 'false');
    }
    await pressUntil(page, 'Tab', async () => (await page.evaluate(() => document.activeElement?.textContent?.trim())) === 'Controleer');
    await page.keyboard.press('Enter');
    await expect(result(page)).toContainText(`Score: ${hf.items.length} van ${hf.items.length}`);
  });

  test('keyboard: Escape cancels, a placed card goes back to the pile, and Ctrl+Z undoes the last move', async ({ page }) => {
    await open(page);
    const live = page.locator('.categorise [aria-live="polite"]');
    const text = (await pileTexts(page))[0]!;
    await card(pile(page), text).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowRight');
    // While carried, the card is shown in the zone it hovers over.
    await expect(card(zone(page, 'Hunter'), text)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(card(pile(page), text)).toBeFocused();
    await expect(live).toHaveText(/^Gestopt/);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('am:oefening:')))).toEqual([]);

    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    await expect(card(zone(page, 'Farmer'), text)).toBeFocused();
    // Pick it up again and move it back to the pile (ArrowLeft twice: Farmer → Hunter → Stapel).
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(live).toHaveText(/^De stapel/);
    await page.keyboard.press('Enter');
    await expect(card(pile(page), text)).toBeFocused();
    await expect(live).toHaveText('Kaart terug op de stapel.');

    await page.keyboard.press('Control+z');
    await expect(card(zone(page, 'Farmer'), text)).toBeVisible();
    await expect(live).toHaveText(/^Ongedaan gemaakt\. Deze kaart ligt weer bij Farmer/);
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect(card(pile(page), text)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Ongedaan maken' })).toBeDisabled();
  });

  test('a wrong card names the misconception; moving it clears only its own feedback', async ({ page }) => {
    await open(page);
    const hunterCard = hf.items.find((i) => i.category === 'hunter')!;
    const farmerCard = hf.items.find((i) => i.category === 'farmer')!;
    await tapPlace(page, hunterCard.text, 'Farmer');
    await tapPlace(page, farmerCard.text, 'Farmer');
    await page.getByRole('button', { name: 'Controleer' }).click();

    const wrong = card(zone(page, 'Farmer'), hunterCard.text);
    await expect(wrong).toContainText('Fout');
    await expect(wrong).toHaveAccessibleDescription(`Deze kaart hoort bij Hunter, niet bij Farmer. ${hunterCard.explanation}`);
    await expect(zone(page, 'Farmer').getByText('Deze kaart hoort bij Hunter, niet bij Farmer.')).toBeVisible();
    const right = card(zone(page, 'Farmer'), farmerCard.text);
    await expect(right).toContainText('Goed');
    await expect(page.getByText(farmerCard.explanation)).toBeHidden();
    await zone(page, 'Farmer').getByText('Waarom?').click();
    await expect(page.getByText(farmerCard.explanation)).toBeVisible();
    await expect(result(page)).toContainText(`Score: 1 van ${hf.items.length}`);
    await expect(pile(page).locator('.verdict', { hasText: 'Nog niet geplaatst' })).toHaveCount(hf.items.length - 2);

    // Move the wrong card: its feedback goes, the right card keeps its verdict.
    await card(zone(page, 'Farmer'), hunterCard.text).click();
    await page.getByRole('button', { name: 'Plaats hier bij Hunter' }).click();
    await expect(card(zone(page, 'Hunter'), hunterCard.text)).not.toContainText('Fout');
    await expect(page.getByText('Deze kaart hoort bij Hunter, niet bij Farmer.')).toHaveCount(0);
    await expect(card(zone(page, 'Farmer'), farmerCard.text)).toContainText('Goed');
    await expect(result(page)).toContainText(`Geplaatst: 2 van ${hf.items.length} kaarten`);
  });

  test('a reload keeps the placed cards and the checked result', async ({ page }) => {
    await open(page);
    const [a, b] = [hf.items.find((i) => i.category === 'hunter')!, hf.items.find((i) => i.category === 'farmer')!];
    await tapPlace(page, a.text, 'Hunter');
    await tapPlace(page, b.text, 'Hunter');
    await page.getByRole('button', { name: 'Controleer' }).click();
    await expect(result(page)).toContainText(`Score: 1 van ${hf.items.length}`);
    const order = await pileTexts(page);

    await page.reload();
    await open(page);
    await expect(card(zone(page, 'Hunter'), a.text)).toContainText('Goed');
    await expect(card(zone(page, 'Hunter'), b.text)).toContainText('Fout');
    await expect(result(page)).toContainText(`Score: 1 van ${hf.items.length}`);
    await expect(result(page)).toContainText(`Beste score tot nu toe: 1 van ${hf.items.length}`);
    expect(await pileTexts(page)).toEqual(order);
  });

  test('bad saved work is ignored with a notice, and the board still works', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('am:oefening:hunter-of-farmer', JSON.stringify({ v: 1, state: { seed: 3 }, updatedAt: 'x' })));
    await open(page);
    await expect(page.getByText('Een deel van je opgeslagen werk was beschadigd.')).toBeVisible();
    await expect(pile(page).locator('button.card')).toHaveCount(hf.items.length);
    await tapPlace(page, hf.items[0]!.text, 'Hunter');
    await expect(card(zone(page, 'Hunter'), hf.items[0]!.text)).toBeVisible();
  });

  test('without storage (private window) the board works and says that nothing is kept', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('no storage', 'SecurityError');
      };
    });
    await open(page);
    await expect(page.getByRole('status').filter({ hasText: 'Je browser bewaart nu niets' })).toBeVisible();
    await tapPlace(page, hf.items[0]!.text, 'Farmer');
    await page.getByRole('button', { name: 'Controleer' }).click();
    await expect(result(page)).toContainText(`Score: 0 van ${hf.items.length}`);
  });

  test('Opnieuw deals the cards in a new order on an empty board', async ({ page }) => {
    await open(page);
    const before = await pileTexts(page);
    await tapPlace(page, before[0]!, 'Hunter');
    await page.getByRole('button', { name: 'Controleer' }).click();
    await page.getByRole('button', { name: 'Opnieuw' }).click();
    const after = await pileTexts(page);
    expect([...after].sort()).toEqual([...before].sort());
    expect(after).not.toEqual(before);
    await expect(page.locator('.categorise .zone:not(.pile) button.card')).toHaveCount(0);
    await expect(result(page)).toContainText(`Geplaatst: 0 van ${hf.items.length} kaarten`);
    await expect(page.locator('.categorise .verdict')).toHaveCount(0);
    // The new deal is saved: a reload shows the same order.
    await page.reload();
    await open(page);
    expect(await pileTexts(page)).toEqual(after);
  });

  test('Toon oplossing puts every card in its zone with its explanation', async ({ page }) => {
    await open(page);
    await page.getByRole('button', { name: 'Toon oplossing' }).click();
    await expect(pile(page).locator('.card')).toHaveCount(0);
    for (const item of hf.items) {
      const label = hf.categories.find((c) => c.id === item.category)!.label;
      await expect(zone(page, label).locator('.card', { hasText: item.text })).toContainText(item.explanation);
    }
    await expect(result(page)).toContainText('Dit is de oplossing.');
    await expect(page.getByRole('button', { name: 'Controleer' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Opnieuw' }).click();
    await expect(pile(page).locator('button.card')).toHaveCount(hf.items.length);
  });

  test('has no axe violations before and after Controleer, light and dark', async ({ page }) => {
    const scan = async () => {
      const results = await new AxeBuilder({ page }).include('.oefening').withTags(WCAG).analyze();
      return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
    };
    await open(page);
    expect(await scan()).toEqual([]);
    const texts = await pileTexts(page);
    await tapPlace(page, texts[0]!, 'Hunter');
    await tapPlace(page, texts[1]!, 'Farmer');
    await tapPlace(page, texts[2]!, 'Farmer');
    await card(pile(page), texts[3]!).click(); // a chosen card shows the Plaats hier buttons
    expect(await scan()).toEqual([]);
    await page.getByRole('button', { name: 'Controleer' }).click();
    await expect(result(page)).toContainText('Score: ');
    expect(await page.locator('.categorise .verdict').count()).toBeGreaterThan(0);
    expect(await scan()).toEqual([]);
    // Reduced motion: no colour transitions half-way while axe measures contrast.
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    expect(await scan()).toEqual([]);
  });
});

test.describe('on a touch phone (360px)', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });

  const noHorizontalScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  test('can be completed by tapping a card and then Plaats hier', async ({ page }) => {
    await open(page);
    expect(await noHorizontalScroll(page)).toBeLessThanOrEqual(0);
    for (const text of await pileTexts(page)) {
      const label = labelOf(hf, text);
      const c = card(pile(page), text);
      await c.tap();
      await expect(c).toHaveAttribute('aria-pressed', 'true');
      await expect(page.getByRole('group', { name: 'Waar hoort deze kaart?' })).toBeVisible();
      await page.getByRole('button', { name: `Plaats hier bij ${label}` }).tap();
      await expect(card(zone(page, label), text)).toHaveAttribute('aria-pressed', 'false');
    }
    await page.getByRole('button', { name: 'Controleer' }).tap();
    await expect(result(page)).toContainText(`Score: ${hf.items.length} van ${hf.items.length}`);
    expect(await noHorizontalScroll(page)).toBeLessThanOrEqual(0);
  });

  test('the bar at the bottom places a chosen card without scrolling to the zone', async ({ page }) => {
    await open(page);
    const text = (await pileTexts(page))[0]!;
    await card(pile(page), text).tap();
    const bar = page.getByRole('group', { name: 'Waar hoort deze kaart?' });
    await expect(bar).toBeInViewport();
    await bar.getByRole('button', { name: labelOf(hf, text), exact: true }).tap();
    await expect(card(zone(page, labelOf(hf, text)), text)).toBeVisible();
    await expect(bar).toHaveCount(0);
  });

  test('has no horizontal scroll with a chosen card, after Controleer and with the solution', async ({ page }) => {
    await open(page);
    await tapPlace(page, (await pileTexts(page))[0]!, 'Farmer');
    await card(pile(page), (await pileTexts(page))[0]!).tap();
    expect(await noHorizontalScroll(page)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Controleer' }).tap();
    expect(await noHorizontalScroll(page)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Toon oplossing' }).tap();
    expect(await noHorizontalScroll(page)).toBeLessThanOrEqual(0);
  });

  /** Sends touch events the way a finger does (Chromium's own touch input, with scrolling). */
  async function finger(page: Page) {
    const client = await page.context().newCDPSession(page);
    return (type: 'touchStart' | 'touchMove' | 'touchEnd', x = 0, y = 0) =>
      client.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
  }

  test('holding a card a moment lifts it, and the finger drags it to a zone', async ({ page }) => {
    await open(page);
    // The last card of the pile sits just above the first zone: both fit on the screen, away from
    // the edges (there, the board scrolls along with the finger).
    const text = (await pileTexts(page)).at(-1)!;
    const from = card(pile(page), text);
    const target = zone(page, 'Hunter');
    await target.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await expect(from).toBeInViewport();
    const a = (await from.boundingBox())!;
    const b = (await target.boundingBox())!;
    const touch = await finger(page);
    const [x1, y1, x2, y2] = [a.x + 20, a.y + 10, b.x + 30, b.y + b.height / 2];
    const scrollBefore = await page.evaluate(() => scrollY);
    await touch('touchStart', x1, y1);
    await page.waitForTimeout(400);
    await expect(page.locator('.categorise .ghost')).toBeVisible();
    for (let i = 1; i <= 10; i++) await touch('touchMove', x1 + ((x2 - x1) * i) / 10, y1 + ((y2 - y1) * i) / 10);
    await expect(target).toHaveClass(/\bover\b/);
    expect(await page.evaluate(() => scrollY)).toBe(scrollBefore);
    await touch('touchEnd');
    await expect(card(target, text)).toBeVisible();
    await expect(card(pile(page), text)).toHaveCount(0);
  });

  test('a quick swipe over the cards scrolls the page and moves no card', async ({ page }) => {
    await open(page);
    const first = card(pile(page), (await pileTexts(page))[1]!);
    await first.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const a = (await first.boundingBox())!;
    const scrollBefore = await page.evaluate(() => scrollY);
    const touch = await finger(page);
    await touch('touchStart', a.x + 40, a.y + 20);
    for (let i = 1; i <= 8; i++) await touch('touchMove', a.x + 40, a.y + 20 - i * 25);
    await touch('touchEnd');
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(scrollBefore + 50);
    await expect(page.locator('.categorise .ghost')).toHaveCount(0);
    await expect(pile(page).locator('button.card')).toHaveCount(hf.items.length);
    await expect(pile(page).locator('button.card[aria-pressed="true"]')).toHaveCount(0);
  });
});

const swotPath = existsSync(join(exercisesDir, 'swot-veldkamp.yaml')) ? '/oefenen/swot-veldkamp/' : undefined;

test.describe('SWOT board', () => {
  test.skip(!swotPath, 'content/exercises/swot-veldkamp.yaml does not exist yet');
  const swot = swotPath ? load('swot-veldkamp') : undefined;

  test('is a 2×2 board with the axes, and can be completed with the keyboard', async ({ page }) => {
    await open(page, swotPath);
    const [s, w, o, t] = ['Sterktes', 'Zwaktes', 'Kansen', 'Bedreigingen'].map((l) => zone(page, l));
    const box = async (l: Locator) => (await l.boundingBox())!;
    const [bs, bw, bo, bt] = [await box(s!), await box(w!), await box(o!), await box(t!)];
    expect(Math.abs(bs.y - bw.y)).toBeLessThan(2); // S and W side by side
    expect(bw.x).toBeGreaterThan(bs.x + bs.width - 2);
    expect(Math.abs(bs.x - bo.x)).toBeLessThan(2); // O under S, T under W
    expect(bo.y).toBeGreaterThan(bs.y + bs.height - 2);
    expect(Math.abs(bw.x - bt.x)).toBeLessThan(2);
    for (const axis of ['Intern', 'Extern', 'Positief', 'Negatief']) await expect(page.locator('.categorise .axis', { hasText: axis })).toBeVisible();
    await expect(s!).toHaveAccessibleName(/Sterktes Intern, positief/);
    await expect(t!).toHaveAccessibleName(/Bedreigingen Extern, negatief/);

    // Arrows follow the board: Down from the pile is Sterktes; Right is Zwaktes; Down is the bottom row.
    const keysTo: Record<string, string[]> = {
      Sterktes: ['ArrowDown'],
      Zwaktes: ['ArrowDown', 'ArrowRight'],
      Kansen: ['ArrowDown', 'ArrowDown'],
      Bedreigingen: ['ArrowDown', 'ArrowRight', 'ArrowDown'],
    };
    await page.getByText('Werken met het toetsenbord').focus();
    await page.keyboard.press('Tab');
    for (let n = 0; n < swot!.items.length; n++) {
      if (!(await focusedIn(page, '.pile button.card'))) await pressUntil(page, 'Shift+Tab', () => focusedIn(page, '.pile button.card'));
      const text = (await page.locator('.categorise button.card:focus .text').innerText()).trim();
      const label = labelOf(swot!, text);
      await page.keyboard.press('Enter');
      for (const key of keysTo[label]!) await page.keyboard.press(key);
      await page.keyboard.press('Enter');
      await expect(card(zone(page, label), text)).toBeFocused();
    }
    await page.getByRole('button', { name: 'Controleer' }).focus();
    await page.keyboard.press('Enter');
    await expect(result(page)).toContainText(`Score: ${swot!.items.length} van ${swot!.items.length}`);
  });

  test('names the mixed-up axis when a card is in the wrong quadrant', async ({ page }) => {
    await open(page, swotPath);
    const kans = swot!.items.find((i) => i.category === 'kansen')!;
    await tapPlace(page, kans.text, 'Sterktes');
    await page.getByRole('button', { name: 'Controleer' }).click();
    await expect(card(zone(page, 'Sterktes'), kans.text)).toHaveAccessibleDescription(
      new RegExp('^Deze kaart hoort bij Kansen \\(extern, positief\\), niet bij Sterktes \\(intern, positief\\)\\. Het verschil: dit is extern, niet intern\\.'),
    );
  });

  test('stacks on a 360px phone, with the axes named in each zone', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await open(page, swotPath);
    await expect(page.locator('.categorise .axis').first()).toBeHidden();
    await expect(zone(page, 'Kansen').getByText('Extern, positief')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    const results = await new AxeBuilder({ page }).include('.oefening').withTags(WCAG).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});

const sortingExercises = readdirSync(exercisesDir)
  .filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
  .map((f) => f.replace(/\.yaml$/, ''))
  .filter((id) => (yaml.load(readFileSync(join(exercisesDir, `${id}.yaml`), 'utf8')) as { type?: string }).type === 'categorise');

test('every sorting exercise shows its cards and one zone per category, and shows its solution', async ({ page }) => {
  expect(sortingExercises).toContain('hunter-of-farmer');
  for (const id of sortingExercises) {
    const ex = load(id);
    await open(page, `/oefenen/${id}/`);
    await expect(page.locator('.categorise .zone:not(.pile)'), id).toHaveCount(ex.categories.length);
    await expect(pile(page).locator('button.card'), id).toHaveCount(ex.items.length);
    await page.getByRole('button', { name: 'Toon oplossing' }).click();
    await expect(result(page), id).toContainText(`Score: ${ex.items.length} van ${ex.items.length}`);
  }
});
