// The Content-Security-Policy settings (scripts/lib/csp.mjs): strict directives, and the hashes of
// what components write verbatim, which Astro does not hash itself.
import { afterAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { astroCsp, CSP_DIRECTIVES, inlineHashes, narrowPolicy } from '../../scripts/lib/csp.mjs';

const sha = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
const dir = mkdtempSync(join(tmpdir(), 'csp-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function files(map: Record<string, string>) {
  const root = mkdtempSync(join(dir, 'src-'));
  for (const [name, text] of Object.entries(map)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}

describe('CSP directives', () => {
  it('allow only the site itself, and never unsafe-inline or unsafe-eval', () => {
    expect(CSP_DIRECTIVES).toContain("default-src 'self'");
    expect(CSP_DIRECTIVES).toContain("object-src 'none'");
    expect(CSP_DIRECTIVES.join(' ')).not.toMatch(/unsafe|\*|https?:/);
    // A <meta> policy ignores frame-ancestors (with a console error): it belongs in the header.
    expect(CSP_DIRECTIVES.join(' ')).not.toMatch(/frame-ancestors|report-uri|sandbox/);
  });

  it("give styles 'unsafe-inline' only for style attributes", () => {
    const csp = astroCsp(files({}));
    expect(csp.styleDirective.resources).toEqual([{ resource: "'unsafe-inline'", kind: 'attribute' }]);
    expect(csp.scriptDirective).not.toHaveProperty('resources');
  });
});

describe('inlineHashes', () => {
  it('hashes the exact text of <script is:inline>, in any folder and with other attributes', () => {
    const head = "\n  document.documentElement.dataset.view = 'les';\n";
    const body = "(function () { document.documentElement.classList.add('x'); })();";
    const root = files({
      'components/layout/ViewMode.astro': `---\n---\n<script is:inline>${head}</script>`,
      'components/progress/Marks.astro': `---\n---\n<div></div>\n<script is:inline data-x="1">${body}</script>\n`,
    });
    expect(inlineHashes(root).scripts).toEqual([sha(head), sha(body)].sort());
  });

  it('reads the template only, not a <script> named in a comment', () => {
    const root = files({
      'P.astro': `---\n// Astro writes a <script type="module" src> for the <script> below.\n---\n<!-- a <script> here -->\n<script is:inline>run()</script>\n<script>import './a';</script>`,
    });
    expect(inlineHashes(root).scripts).toEqual([sha('run()')]);
  });

  it('leaves out bundled scripts (Astro hashes those) and scripts with a src', () => {
    const root = files({ 'A.astro': `<script>import './a';</script><script is:inline src="/x.js"></script>` });
    expect(inlineHashes(root).scripts).toEqual([]);
  });

  it('names the inline scripts it cannot hash ahead of time', () => {
    const root = files({ 'B.astro': `<script is:inline define:vars={{ a }}>console.log(a)</script>` });
    const { scripts, skipped } = inlineHashes(new URL(`file://${root}/`));
    expect(scripts).toEqual([]);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toContain('B.astro');
  });

  it('hashes a <style> inside <noscript> and <style is:inline>, not scoped styles', () => {
    const root = files({
      'C.astro': `<noscript>\n  <style>.quiz-island { display: none; }</style>\n  <p>…</p>\n</noscript>\n<style is:inline>.a{}</style>\n<style>.scoped{}</style>`,
    });
    expect(inlineHashes(root).styles).toEqual([sha('.quiz-island { display: none; }'), sha('.a{}')].sort());
  });
});

describe('narrowPolicy', () => {
  const policy = (scripts: string[], styles: string[]) =>
    `default-src 'self';font-src 'self'; script-src 'self' ${scripts.map((s) => `'${sha(s)}'`).join(' ')}; style-src 'self' ${styles.map((s) => `'${sha(s)}'`).join(' ')}; style-src-attr 'unsafe-inline'`;
  const page = (content: string, body: string) =>
    `<html><head><meta http-equiv="content-security-policy" content="${content}"><script>a()</script><style>.a{}</style></head><body>${body}<script type="module" src="/x.js"></script><script type="application/ld+json">{"b":1}</script></body></html>`;

  it("keeps only the hashes of the page's own inline scripts and styles", () => {
    const html = page(policy(['a()', 'b()', 'c()'], ['.a{}', '.b{}']), '<noscript><style>.n{}</style></noscript>');
    const withNoscript = html.replace(policy(['a()', 'b()', 'c()'], ['.a{}', '.b{}']), policy(['a()', 'b()', 'c()'], ['.a{}', '.b{}', '.n{}']));
    const result = narrowPolicy(withNoscript);
    expect(result.dropped).toBe(3);
    const content = result.html.match(/content="([^"]*)"/)![1]!;
    expect(content).toBe(`default-src 'self';font-src 'self';script-src 'self' '${sha('a()')}';style-src 'self' '${sha('.a{}')}' '${sha('.n{}')}';style-src-attr 'unsafe-inline'`);
    // Everything else of the page is untouched.
    expect(result.html.replace(content, '')).toBe(withNoscript.replace(/content="[^"]*"/, 'content=""'));
  });

  it('refuses a page with an inline script or style that the policy does not allow', () => {
    expect(() => narrowPolicy(page(policy(['b()'], ['.a{}']), ''), '/les/index.html')).toThrow(/\/les\/index\.html has an inline script/);
    expect(() => narrowPolicy(page(policy(['a()'], ['.b{}']), ''))).toThrow(/inline style/);
  });

  it('leaves a page without a policy alone', () => {
    expect(narrowPolicy('<html><script>a()</script></html>')).toEqual({ html: '<html><script>a()</script></html>', kept: 0, dropped: 0 });
  });
});
