// The page script waits in its <template> (scripts/lib/late-script.mjs): moved there after the
// build, and a page that does not have exactly one template and one script tag stops the build.
import { describe, expect, it } from 'vitest';
import { moveLateScript } from '../../scripts/lib/late-script.mjs';

const TAG = '<script type="module" src="/_astro/PageScript.astro_astro_type_script_index_0_lang.C9nZ-B8G.js"></script>';
const TEMPLATE = '<template id="am-page-script"></template>';
const page = (body: string) => `<html><head><script type="module" src="/_astro/Other.js"></script></head><body><p>Les</p>${body}</body></html>`;

describe('moveLateScript', () => {
  it('moves the page script tag into its template and leaves every other script alone', () => {
    const html = page(`${TEMPLATE}<script>run()</script>${TAG}`);
    expect(moveLateScript(html)).toBe(page(`<template id="am-page-script">${TAG}</template><script>run()</script>`));
  });

  it('works under a base path too', () => {
    const tag = TAG.replace('/_astro/', '/accountmanagement/_astro/');
    expect(moveLateScript(page(`${TEMPLATE}${tag}`))).toBe(page(`<template id="am-page-script">${tag}</template>`));
  });

  it('leaves a page without the page script as it is', () => {
    expect(moveLateScript(page(''))).toBe(page(''));
  });

  it('stops on a template without its script, or a script without its template, naming the page', () => {
    expect(() => moveLateScript(page(TEMPLATE), '/les/index.html')).toThrow(/\/les\/index\.html has 1 <template id="am-page-script"> and 0 page script tags/);
    expect(() => moveLateScript(page(TAG))).toThrow(/0 <template id="am-page-script"> and 1 page script tags/);
  });
});
