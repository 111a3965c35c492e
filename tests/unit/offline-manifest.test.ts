// The web manifest and its icons: what a phone needs to install the module, under any base path.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const publicDir = join(import.meta.dirname, '..', '..', 'public');
const manifest = JSON.parse(readFileSync(join(publicDir, 'manifest.webmanifest'), 'utf8'));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string) {
  const data = readFileSync(file);
  expect(data.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

describe('manifest.webmanifest', () => {
  it('is Dutch, standalone and in the house colour of the favicon', () => {
    expect(manifest).toMatchObject({ lang: 'nl', display: 'standalone', theme_color: '#0a6b5e' });
    expect(manifest.name).toBe('Accountmanagement interactief');
    expect(manifest.short_name.length).toBeLessThanOrEqual(15);
    expect(readFileSync(join(publicDir, 'favicon.svg'), 'utf8')).toContain(`fill="${manifest.theme_color}"`);
  });

  it('uses URLs relative to itself, so any BASE_PATH works without a rebuild of the file', () => {
    for (const url of [manifest.id, manifest.start_url, manifest.scope, ...manifest.icons.map((i: { src: string }) => i.src)]) {
      expect(url, url).not.toMatch(/^\/|^[a-z]+:/i);
    }
  });

  it('has 192 and 512 px icons, plain and maskable, that exist at the size they claim', () => {
    const icons = manifest.icons as { src: string; sizes: string; type: string; purpose: string }[];
    for (const purpose of ['any', 'maskable']) {
      expect(icons.filter((i) => i.purpose === purpose).map((i) => i.sizes).sort()).toEqual(['192x192', '512x512']);
    }
    for (const icon of icons) {
      const file = join(publicDir, icon.src);
      expect(existsSync(file), icon.src).toBe(true);
      const { width, height } = pngSize(file);
      expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
      expect(icon.type).toBe('image/png');
    }
    expect(pngSize(join(publicDir, 'icons', 'apple-touch-icon.png'))).toEqual({ width: 180, height: 180 });
  });
});
