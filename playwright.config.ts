import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, MISSING_BROWSER_HELP } from './scripts/browser.mjs';

const executablePath = findChromium();
if (!executablePath) throw new Error(MISSING_BROWSER_HELP);

// E2E_PORT and DIST_DIR (see astro.config.mjs) let several test runs work side by side.
const PORT = Number(process.env.E2E_PORT ?? 4329);

// The site is built once (npm test builds before this runs) and served by `astro preview`.
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  // One retry on CI: a few timing-sensitive tests can miss on a loaded 2-core machine; a real failure fails twice.
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'nl-NL',
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    trace: 'off',
    // Otherwise every page test installs the service worker and downloads the whole site; the offline tests switch it on.
    serviceWorkers: 'block',
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions: { executablePath, args: CHROMIUM_ARGS } } },
  ],
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
