// Registers the service worker (written by scripts/build-sw.mjs) and offers a new version.
// Loaded by RegisterSW.astro only once the page is idle, so it costs nothing before first paint.
import { Workbox } from 'workbox-window';

/** Shows the banner of RegisterSW.astro; `reload` runs when the student chooses "Vernieuwen". */
function offerUpdate(reload: () => void): void {
  const banner = document.querySelector<HTMLElement>('[data-sw-update]');
  const status = document.querySelector<HTMLElement>('[data-sw-status]');
  if (!banner || !banner.hidden) return;
  banner.hidden = false;
  if (status) status.textContent = banner.dataset.announce ?? '';
  banner.querySelector('[data-sw-reload]')?.addEventListener('click', reload, { once: true });
  banner.querySelector('[data-sw-later]')?.addEventListener('click', () => {
    banner.hidden = true;
    if (status) status.textContent = '';
  }, { once: true });
}

export function registerServiceWorker(base: string): void {
  const scope = base.endsWith('/') ? base : `${base}/`;
  const wb = new Workbox(`${scope}sw.js`, { scope });
  // Whether a version already controlled this page: then a change of controller is an update.
  let controlled = Boolean(navigator.serviceWorker.controller);
  let updating = false;

  // A new version is installed and waits: the student decides when to load it. Progress lives in
  // localStorage, which neither the reload nor the new service worker touches.
  wb.addEventListener('waiting', () => {
    offerUpdate(() => {
      updating = true;
      // Another tab may have activated it meanwhile: then only the reload is left to do.
      void navigator.serviceWorker.getRegistration(scope).then((registration) => {
        if (registration?.waiting) wb.messageSkipWaiting();
        else window.location.reload();
      });
    });
  });
  // The new version has taken over: reload to get its pages. If another tab started the update,
  // this page still shows the old version, so offer the reload here too. (The very first
  // installation also takes over the page, but then nothing on the page is out of date.)
  wb.addEventListener('controlling', () => {
    if (updating) window.location.reload();
    else if (controlled) offerUpdate(() => window.location.reload());
    controlled = true;
  });

  // No service worker (private mode, blocked by policy): the site simply works online as before.
  wb.register().catch(() => undefined);
}
