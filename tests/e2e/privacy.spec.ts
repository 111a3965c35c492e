// Safety and privacy on every page: a strict Content-Security-Policy (Astro writes it as a
// <meta http-equiv> into each page, see astro.config.mjs security.csp) that the page passes with no
// violation, no request to any other host, and no cookies. Widgets are scrolled into view so their
// JavaScript runs too, and the page is given time for the idle-time service worker script.
import { test, expect, type Page } from '@playwright/test';
import { pagePaths } from './site';

// The service worker would download the whole site for every page; offline.spec.ts covers it,
// and the last test here checks pages that it serves.
test.use({ serviceWorkers: 'block' });

interface Watch {
  problems: string[];
}

async function watch(page: Page, baseURL: string): Promise<Watch> {
  const origin = new URL(baseURL).origin;
  const w: Watch = { problems: [] };
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const list = ((window as unknown as { __cspViolations?: string[] }).__cspViolations ??= []);
      list.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
    });
  });
  page.on('console', (msg) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(msg.text())) w.problems.push(`console: ${msg.text()}`);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== origin) w.problems.push(`request to another origin: ${request.url()}`);
  });
  return w;
}

/** Scrolls through the page so that every client:visible island hydrates, then lets it settle. */
async function exercise(page: Page) {
  await page.evaluate(async () => {
    const step = Math.max(200, window.innerHeight * 0.8);
    for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 30));
    }
  });
  await page.waitForLoadState('networkidle');
  // The service worker script loads when the page is idle.
  await page.evaluate(() => new Promise((r) => ('requestIdleCallback' in window ? requestIdleCallback(() => r(null), { timeout: 2000 }) : setTimeout(r, 500))));
  await page.waitForLoadState('networkidle');
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);

/** The policy of the page, from its <meta http-equiv>. */
async function policyOf(page: Page): Promise<Map<string, string[]>> {
  const content = await page.locator('meta[http-equiv="content-security-policy" i]').getAttribute('content');
  const directives = new Map<string, string[]>();
  for (const part of (content ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values);
  }
  return directives;
}

test('the home page has a strict Content-Security-Policy', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('meta[http-equiv="content-security-policy" i]'), 'astro.config.mjs: security.csp').toHaveCount(1);
  const policy = await policyOf(page);
  expect(policy.get('default-src')).toEqual(["'self'"]);
  expect(policy.get('object-src')).toEqual(["'none'"]);
  expect(policy.get('base-uri')).toEqual(["'self'"]);
  const scripts = policy.get('script-src') ?? [];
  expect(scripts).toContain("'self'");
  for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:']) expect(scripts).not.toContain(unsafe);
  // Styles: <style> elements and stylesheets are held to 'self' and hashes; only style="" attributes
  // (CSS custom properties set by widgets) may be inline. See docs/hosting/README.md.
  expect(policy.get('style-src') ?? []).not.toContain("'unsafe-inline'");
  for (const [name, values] of policy) {
    if (name !== 'style-src-attr') expect(values, name).not.toContain("'unsafe-inline'");
  }
});

for (const path of pagePaths) {
  test(`${path} passes its Content-Security-Policy and talks to no other host`, async ({ page, baseURL, context }) => {
    const w = await watch(page, baseURL!);
    await page.goto(path);
    await expect(page.locator('meta[http-equiv="content-security-policy" i]')).toHaveCount(1);
    await exercise(page);
    expect([...w.problems, ...(await violations(page))]).toEqual([]);
    expect(await context.cookies()).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the <noscript> fallbacks pass the policy too', async ({ page, baseURL }) => {
    const w = await watch(page, baseURL!);
    await page.goto('/hoofdstuk-1/ladder-van-vertrouwen/');
    // CheckJezelf hides the (inert) quiz with a <style> inside <noscript>: hashed, so it applies.
    await expect(page.locator('.quiz-island')).toBeHidden();
    expect(w.problems).toEqual([]);
  });
});

test.describe('served by the service worker', () => {
  test.use({ serviceWorkers: 'allow' });
  test('pages from the offline cache pass the same policy', async ({ page, baseURL }) => {
    test.setTimeout(90_000);
    const w = await watch(page, baseURL!);
    await page.goto('/');
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 60_000 });
    for (const path of ['/hoofdstuk-1/ladder-van-vertrouwen/', '/begrippen/trainen/', '/bestaat-niet/']) {
      await page.goto(path);
      await exercise(page);
    }
    expect([...w.problems, ...(await violations(page))]).toEqual([]);
  });
});
