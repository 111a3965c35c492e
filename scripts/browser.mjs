// Finds a Chromium for the browser tests. Playwright cannot download its own browser on our
// machines, so we use the system's: $CHROMIUM_PATH, then Debian/Ubuntu/Chrome paths, then a
// browser that `npx playwright install chromium` may have put in Playwright's cache.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The path of a usable Chromium, or undefined. */
export function findChromium() {
  if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : undefined;
  const system = CANDIDATES.find((path) => existsSync(path));
  if (system) return system;
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // Playwright has no browser of its own installed.
  }
  return undefined;
}

export const MISSING_BROWSER_HELP = `No Chromium found for the browser tests.
Install one of these and run the tests again:
  - Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium
  - any system:    npx playwright install chromium   (needs access to Playwright's download host)
  - or point to a Chromium or Chrome you have:  CHROMIUM_PATH=/path/to/chrome npm test`;
