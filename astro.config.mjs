// @ts-check
import { defineConfig, fontProviders } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { satteri } from '@astrojs/markdown-satteri';
import { responsiveTables } from './src/lib/markdown/responsive-tables.mjs';
import { astroCsp, cspPerPage } from './scripts/lib/csp.mjs';
import { lateScript } from './scripts/lib/late-script.mjs';

// SITE and BASE_PATH let the same build be published on any static host, also under a sub-path
// (for example https://school.example/accountmanagement/).
export default defineConfig({
  site: process.env.SITE ?? 'https://accountmanagement.example',
  base: process.env.BASE_PATH ?? '/',
  output: 'static',
  // DIST_DIR lets several builds live side by side (parallel work, CI); the default is dist/.
  outDir: process.env.DIST_DIR ?? './dist',
  trailingSlash: 'always',
  // Each page carries its own CSS in a <style>: a first visit paints after one download, with no
  // stylesheet to wait for (on a slow phone connection that is a round trip less before the text
  // shows). Later pages come from the service worker's cache, so there is little to share; the
  // price is a larger offline download (about 1 MB more gzip, once).
  build: { format: 'directory', inlineStylesheets: 'always' },
  markdown: { processor: satteri({ hastPlugins: [responsiveTables] }), syntaxHighlight: false },
  integrations: [mdx(), svelte(), lateScript(), cspPerPage()],
  devToolbar: { enabled: false },
  prefetch: false,
  // Content-Security-Policy as a <meta> in every page, narrowed after the build to the hashes each
  // page needs (cspPerPage); see scripts/lib/csp.mjs and docs/hosting/.
  security: { csp: astroCsp(new URL('./src/', import.meta.url)) },
  // The reading font, served from the site. Astro writes a fallback face (a system font with
  // Atkinson's metrics: size-adjust, ascent, descent), so text shows at once in the fallback and
  // barely moves when the web font arrives; no preload has to hold up the first paint, and on a
  // first visit the font is asked for only after the page has loaded (FontLoading.astro).
  fonts: [
    {
      provider: fontProviders.local(),
      name: 'Atkinson Hyperlegible Next',
      cssVariable: '--font-atkinson',
      fallbacks: ['Arial', 'sans-serif'],
      display: 'swap',
      options: {
        variants: [
          { weight: 400, style: 'normal', src: ['@fontsource/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-400-normal.woff2'] },
          { weight: 700, style: 'normal', src: ['@fontsource/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-700-normal.woff2'] },
        ],
      },
    },
  ],
});
