// Takes screenshots of a page of the built site, for looking at it as a person would.
// Usage: node scripts/screenshot.mjs http://127.0.0.1:4329/1.9/ out.png [width] [--dark]
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './browser.mjs';

const [url, out = 'screenshot.png', width = '1280'] = process.argv.slice(2);
const dark = process.argv.includes('--dark');
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: dark ? 'dark' : 'light' });
await page.goto(url);
await page.screenshot({ path: out, fullPage: process.argv.includes('--full') });
await browser.close();
