// The Content-Security-Policy of the site, in one place: astro.config.mjs (security.csp) reads it,
// docs/hosting/ repeats it for server headers, tests/e2e/privacy.spec.ts checks every page with it.
//
// Astro writes a <meta http-equiv="content-security-policy"> into every page and hashes the scripts
// and styles it bundles or inlines itself. It does not hash what a component writes verbatim:
// `<script is:inline>` (needed before first paint: view mode, reading settings, progress marks)
// and a `<style>` inside <noscript>. Those are read from the source here, hashed the same way
// (SHA-256 of the exact text between the tags) and added to every page's policy. A hash permits
// only that exact text, so an unused one costs a few bytes and opens nothing.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { filesEnding, rewritePages } from './built-pages.mjs';

/** Directives besides script-src and style-src, which Astro writes itself. @type {Directive[]} */
export const CSP_DIRECTIVES = [
  // Everything from the site itself: pages, fonts, search index, manifest, service worker.
  "default-src 'self'",
  // Small inline images in CSS (icons as data: URLs) are harmless; remote images are not allowed.
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/**
 * style="" attributes may be inline; <style> elements and stylesheets may not (they stay on
 * 'self' and hashes). Widgets set CSS custom properties in style attributes (--cols: 3), rendered
 * on the server and parsed by the browser, so they cannot be hashed ahead of time. An attribute
 * cannot run script, cannot load anything from another host (default-src 'self') and cannot use
 * selectors, so the CSS-injection tricks that read a page need a <style>, which stays locked.
 */
/** @type {{ resource: string, kind: 'attribute' }[]} */
export const CSP_STYLE_RESOURCES = [{ resource: "'unsafe-inline'", kind: 'attribute' }];

/** @typedef {`sha256-${string}`} Sha256 */
/** @typedef {`${'default-src' | 'img-src' | 'object-src' | 'base-uri' | 'form-action'}${string}`} Directive */

/** @param {string} text @returns {Sha256} */
const sha256 = (text) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/**
 * Hashes of what components write verbatim into pages: the body of every `<script is:inline>` and
 * `<style is:inline>` (unless it uses define:vars or set:html, whose text is only known at render
 * time: those are listed in `skipped`) and of every `<style>` inside a <noscript>.
 * @param {string | URL} srcDir the src folder, e.g. new URL('./src/', import.meta.url)
 * @returns {{ scripts: Sha256[], styles: Sha256[], skipped: string[] }}
 */
export function inlineHashes(srcDir) {
  const dir = srcDir instanceof URL ? fileURLToPath(srcDir) : srcDir;
  /** @type {Set<Sha256>} */
  const scripts = new Set();
  /** @type {Set<Sha256>} */
  const styles = new Set();
  /** @type {string[]} */
  const skipped = [];
  for (const file of filesEnding(dir, '.astro')) {
    // The template only: a comment in the frontmatter or in the markup may mention <script>.
    const source = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---/, '').replace(/<!--[\s\S]*?-->/g, '');
    for (const m of source.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      const attributes = m[1] ?? '';
      if (!/\bis:inline\b/.test(attributes) || /\bsrc=/.test(attributes)) continue;
      if (/\b(define:vars|set:html|set:text)\b/.test(attributes)) skipped.push(`${file}: <script${attributes}>`);
      else scripts.add(sha256(m[2] ?? ''));
    }
    for (const block of source.matchAll(/<noscript>([\s\S]*?)<\/noscript>/g)) {
      for (const m of (block[1] ?? '').matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) styles.add(sha256(m[1] ?? ''));
    }
    for (const m of source.matchAll(/<style\b([^>]*)>([\s\S]*?)<\/style>/g)) {
      const attributes = m[1] ?? '';
      if (!/\bis:inline\b/.test(attributes)) continue;
      if (/\b(define:vars|set:html|set:text)\b/.test(attributes)) skipped.push(`${file}: <style${attributes}>`);
      else styles.add(sha256(m[2] ?? ''));
    }
  }
  return { scripts: [...scripts].sort(), styles: [...styles].sort(), skipped };
}

/**
 * The whole `security.csp` value for astro.config.mjs:
 *   security: { csp: astroCsp(new URL('./src/', import.meta.url)) }
 * @param {string | URL} srcDir the src folder
 */
export function astroCsp(srcDir) {
  const { scripts, styles, skipped } = inlineHashes(srcDir);
  for (const s of skipped) {
    console.warn(`csp: cannot hash ${s} ahead of time. In <head> before the policy it runs; anywhere after it, the browser blocks it.`);
  }
  return {
    algorithm: /** @type {const} */ ('SHA-256'),
    directives: CSP_DIRECTIVES,
    scriptDirective: { hashes: scripts },
    styleDirective: { hashes: styles, resources: CSP_STYLE_RESOURCES },
  };
}

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)(?![^>]*\btype="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/g;
const POLICY_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

/**
 * Astro writes one policy for the whole site: every page lists the hashes of every inline script
 * and style of every page (46 of them, 2 KB of gzip that cannot be compressed, in each page). This
 * keeps in each page only the hashes of the inline scripts and styles that page has (a <style>
 * inside <noscript> included), so the policy is tighter and the page smaller.
 * Throws when a page has an inline script or style whose hash Astro did not list: that page would
 * break, and narrowing must never be what hides it.
 * @param {string} html one built page
 * @param {string} [name] the page, for the error message
 * @returns {{ html: string, kept: number, dropped: number }}
 */
export function narrowPolicy(html, name = 'page') {
  const meta = html.match(POLICY_META);
  if (!meta) return { html, kept: 0, dropped: 0 };
  const needed = {
    'script-src': new Set([...html.matchAll(INLINE_SCRIPT)].map((m) => `'${sha256(m[1] ?? '')}'`)),
    'style-src': new Set([...html.matchAll(INLINE_STYLE)].map((m) => `'${sha256(m[1] ?? '')}'`)),
  };
  let kept = 0;
  let dropped = 0;
  const directives = (meta[2] ?? '').split(';').map((part) => {
    const [directive, ...values] = part.trim().split(/\s+/);
    const need = needed[/** @type {'script-src' | 'style-src'} */ (directive)];
    if (!need) return part.trim();
    for (const hash of need) {
      if (!values.includes(hash)) throw new Error(`csp: ${name} has an inline ${directive === 'script-src' ? 'script' : 'style'} (${hash}) that the policy does not allow`);
    }
    const narrowed = values.filter((v) => !v.startsWith("'sha256-") || need.has(v));
    kept += narrowed.length;
    dropped += values.length - narrowed.length;
    return [directive, ...narrowed].join(' ');
  });
  return { html: html.replace(POLICY_META, (_, open, _old, close) => `${open}${directives.join(';')}${close}`), kept, dropped };
}

/**
 * The integration that narrows every built page's policy (see narrowPolicy). Runs when the build
 * is done, before scripts/build-sw.mjs fingerprints the pages for the offline cache.
 * @returns {import('astro').AstroIntegration}
 */
export function cspPerPage() {
  return {
    name: 'csp-per-page',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        let dropped = 0;
        const pages = rewritePages(dir, (html, name) => {
          const result = narrowPolicy(html, name);
          dropped += result.dropped;
          return result.html;
        });
        logger.info(`narrowed the Content-Security-Policy of ${pages} pages (${dropped} unused hashes left out)`);
      },
    },
  };
}
