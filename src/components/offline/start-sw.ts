// Offline and installable (RegisterSW.astro). Runs once per page, from the page script
// (src/components/layout/PageScript.astro), so after the page has loaded.
// 1. Links the web manifest, which makes the module installable. Not in the HTML itself: a browser
//    fetches a linked manifest at once, which on a slow connection competes with the page.
// 2. Registers the service worker once the page is idle.
if (!document.querySelector('link[rel="manifest"]')) {
  const manifest = document.createElement('link');
  manifest.rel = 'manifest';
  manifest.href = `${import.meta.env.BASE_URL}manifest.webmanifest`;
  document.head.append(manifest);
}

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const start = () => {
    import('./register-sw')
      .then(({ registerServiceWorker }) => registerServiceWorker(import.meta.env.BASE_URL))
      .catch(() => undefined);
  };
  const whenIdle = () => ('requestIdleCallback' in window ? requestIdleCallback(start, { timeout: 5000 }) : setTimeout(start, 2000));
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}

export {};
