#!/usr/bin/env node
// Draws the app icons of the web manifest from public/favicon.svg with the system's Chromium, so
// the PNGs always match the favicon. Run it again after the favicon changes and commit the PNGs:
//   node scripts/make-icons.mjs
// - icon-192.png, icon-512.png: the favicon as it is (rounded square), purpose "any"
// - maskable-192.png, maskable-512.png: full-bleed square in the theme colour with the letter
//   inside the safe zone (the middle 80 % circle), because the phone cuts its own shape out of it
// - apple-touch-icon.png (180): full-bleed as well, iOS rounds the corners itself
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './browser.mjs';

const root = join(import.meta.dirname, '..');
const outDir = join(root, 'public', 'icons');
const svg = readFileSync(join(root, 'public', 'favicon.svg'), 'utf8');
const THEME = /fill="(#[0-9a-f]{6})"/i.exec(svg)?.[1] ?? '#0a6b5e';

/** The favicon's drawing without its rounded background, to place on a full-bleed square. */
const glyph = svg.replace(/<rect[^>]*\/>/, '').replace(/^<svg[^>]*>|<\/svg>$/g, '');

const ICONS = [
  { file: 'icon-192.png', size: 192, kind: 'any' },
  { file: 'icon-512.png', size: 512, kind: 'any' },
  { file: 'maskable-192.png', size: 192, kind: 'maskable' },
  { file: 'maskable-512.png', size: 512, kind: 'maskable' },
  { file: 'apple-touch-icon.png', size: 180, kind: 'touch' },
];

/** The share of the icon given to the 32-unit drawing: the letter then stays inside the maskable
 * safe zone (its corners reach 41 % of the drawing from the centre, 33 % of the icon). */
const SCALE = { maskable: 0.8, touch: 0.92 };

function markup({ size, kind }) {
  if (kind === 'any') {
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    return `<body style="margin:0;background:transparent">${sized}</body>`;
  }
  const inner = Math.round(size * SCALE[kind]);
  return `<body style="margin:0;width:${size}px;height:${size}px;display:grid;place-items:center;background:${THEME}">
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="${inner}" height="${inner}">${glyph}</svg></body>`;
}

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
for (const icon of ICONS) {
  const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size }, deviceScaleFactor: 1 });
  await page.setContent(`<!doctype html><html>${markup(icon)}</html>`);
  await page.screenshot({ path: join(outDir, icon.file), omitBackground: icon.kind === 'any', clip: { x: 0, y: 0, width: icon.size, height: icon.size } });
  await page.close();
  console.log(`make-icons: public/icons/${icon.file} (${icon.size}×${icon.size}, ${icon.kind})`);
}
await browser.close();
