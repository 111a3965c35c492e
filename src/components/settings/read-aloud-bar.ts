// The read-aloud bar of a lesson (ReadAloud.astro); does nothing on pages without one. Runs once
// per page, from the page script (src/components/layout/PageScript.astro).
// Loads the read-aloud behaviour when the browser is idle; a click before that loads it at once.
// All buttons are handled here, by delegation, so a click is never lost or handled twice.
type Controller = import('../../widgets/settings/read-aloud').ReadAloudController;
const root = document.querySelector<HTMLElement>('[data-read-aloud]');
if (root && window.speechSynthesis && window.SpeechSynthesisUtterance) {
  let controller: Promise<Controller> | undefined;
  const load = () => (controller ??= import('../../widgets/settings/read-aloud').then((module) => module.startReadAloud(root)));
  if ('requestIdleCallback' in window) requestIdleCallback(() => void load(), { timeout: 3000 });
  else setTimeout(() => void load(), 500);
  root.addEventListener('click', (event) => {
    const action = (event.target as Element).closest<HTMLElement>('[data-ra]')?.dataset.ra;
    if (action) void load().then((c) => c.act(action));
  });
  root.querySelector('[data-ra-rate]')?.addEventListener('change', (event) => {
    const rate = Number((event.target as HTMLSelectElement).value);
    void load().then((c) => c.setRate(rate));
  });
}

export {};
