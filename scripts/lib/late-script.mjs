// The page script (src/components/layout/PageScript.astro) is asked for only after the page has
// loaded and been painted. Astro writes a <script type="module" src> for the component's bundled
// <script> where the component stands; after the build, this moves that tag into the component's
// <template id="am-page-script">, whose contents the browser neither fetches nor runs. The
// component's inline script later puts a copy of the template's contents into the page, and the
// copy runs. Pages without the template are left alone; a page with the template but without the
// script tag (or the other way round) stops the build, so a change in Astro's output cannot
// silently leave the page without its behaviour.
import { rewritePages } from './built-pages.mjs';

const TEMPLATE = '<template id="am-page-script"></template>';
/** Astro names the bundle of a component's first <script> after the component. */
const SCRIPT = /<script type="module" src="[^"]*\/PageScript\.astro_astro_type_script_index_0_lang\.[\w-]+\.js"><\/script>/g;

/**
 * @param {string} html one built page
 * @param {string} [name] the page, for the error message
 * @returns {string} the page with the page script inside its template
 */
export function moveLateScript(html, name = 'page') {
  const scripts = html.match(SCRIPT) ?? [];
  const templates = html.split(TEMPLATE).length - 1;
  if (templates === 0 && scripts.length === 0) return html;
  if (templates !== 1 || scripts.length !== 1) {
    throw new Error(`late-script: ${name} has ${templates} <template id="am-page-script"> and ${scripts.length} page script tags; expected one of each (see src/components/layout/PageScript.astro)`);
  }
  const tag = /** @type {string} */ (scripts[0]);
  return html.replace(tag, '').replace(TEMPLATE, `<template id="am-page-script">${tag}</template>`);
}

/** @returns {import('astro').AstroIntegration} */
export function lateScript() {
  return {
    name: 'late-script',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const pages = rewritePages(dir, moveLateScript);
        logger.info(`the page script of ${pages} pages waits until the page has loaded`);
      },
    },
  };
}
