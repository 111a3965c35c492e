// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { satteri } from '@astrojs/markdown-satteri';
import { responsiveTables } from './src/lib/markdown/responsive-tables.mjs';
import { astroCsp } from './scripts/lib/csp.mjs';

// SITE and BASE_PATH let the same build be published on any static host, also under a sub-path
// (for example https://school.example/accountmanagement/).
export default defineConfig({
  site: process.env.SITE ?? 'https://accountmanagement.example',
  base: process.env.BASE_PATH ?? '/',
  output: 'static',
  // DIST_DIR lets several builds live side by side (parallel work, CI); the default is dist/.
  outDir: process.env.DIST_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: { processor: satteri({ hastPlugins: [responsiveTables] }), syntaxHighlight: false },
  integrations: [mdx(), svelte()],
  devToolbar: { enabled: false },
  prefetch: false,
  // Content-Security-Policy as a <meta> in every page; see scripts/lib/csp.mjs and docs/hosting/.
  security: { csp: astroCsp(new URL('./src/', import.meta.url)) },
});
