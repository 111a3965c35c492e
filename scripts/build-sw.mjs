#!/usr/bin/env node
// Writes the service worker (sw.js) into the built site, so that after one visit the whole module
// works without a connection: every page, its CSS, JavaScript, fonts, icons, the manifest and the
// search index are downloaded once, in the background, and then served from the browser's cache.
// Runs after `astro build`: node scripts/build-sw.mjs [dist]   (default: $DIST_DIR or dist)
//
// How it behaves in the browser:
// - Precached files are served from the cache first (fast, and the same offline as online).
//   A new build changes the revision of changed files, so sw.js changes; the browser finds the new
//   sw.js on the next visit and installs it beside the old one. The page then offers
//   "Vernieuwen" (src/components/offline/RegisterSW.astro); nothing is replaced behind the
//   student's back, and progress (localStorage) is never touched.
// - A page that is not in the precache (a page published after this version) is asked from the
//   network; only when that fails (offline) does the student get 404.html from the cache.
// - All URLs are relative to sw.js, which lives at the base path, so BASE_PATH needs no option.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateSW } from 'workbox-build';

const dist = resolve(process.argv[2] ?? process.env.DIST_DIR ?? 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`build-sw: ${dist} has no index.html; run astro build first`);
  process.exit(2);
}

const MB = 1024 * 1024;
const { count, size, warnings } = await generateSW({
  globDirectory: dist,
  // HTML of every page (short links too, so /1.9/ works offline), Astro's bundles and fonts
  // (woff2 only: every browser with service workers reads it), icons, manifest, search index.
  globPatterns: ['**/*.html', '**/*.{css,js,woff2,svg,png,webmanifest,json}'],
  globIgnores: ['sw.js', '**/*.map'],
  swDest: join(dist, 'sw.js'),
  mode: 'production',
  sourcemap: false,
  // One file: no extra workbox-*.js next to it that could be cached or served out of step.
  inlineWorkboxRuntime: true,
  cacheId: 'accountmanagement',
  // The first installation takes over the open page at once (so it works offline right away);
  // later versions wait until the student chooses "Vernieuwen" (SKIP_WAITING message).
  clientsClaim: true,
  skipWaiting: false,
  cleanupOutdatedCaches: true,
  directoryIndex: 'index.html',
  // Query strings never change a static page (/zoeken/?q=destep is /zoeken/index.html).
  ignoreURLParametersMatching: [/.*/],
  // Astro puts a content hash in these names; no need to bust the HTTP cache for them.
  dontCacheBustURLsMatching: /(?:^|\/)_astro\//,
  maximumFileSizeToCacheInBytes: 5 * MB,
  runtimeCaching: [
    {
      urlPattern: ({ request }) => request.mode === 'navigate',
      handler: 'NetworkOnly',
      options: { precacheFallback: { fallbackURL: '404.html' } },
    },
  ],
});

for (const warning of warnings) console.warn(`build-sw: ${warning}`);
console.log(`build-sw: ${join(dist, 'sw.js')} precaches ${count} files, ${(size / MB).toFixed(2)} MB before compression`);
