// The behaviour of the search box in the header (SearchBox.astro). Runs once per page, from the
// page script (src/components/layout/PageScript.astro).
// The loader: kept tiny, it only listens. The popup, its library code and the index load on
// first use (focus or typing in the box, "/" or the button on a phone).
const box = document.querySelector<HTMLElement>('[data-search]');
const input = box?.querySelector('input');
const toggle = box?.querySelector<HTMLButtonElement>('[data-search-toggle]');
if (box && input && toggle) {
  let returnTo: HTMLElement | null = null;
  let started = false;

  const close = (restoreFocus: boolean) => {
    const wasOpen = box.dataset.open !== undefined;
    delete box.dataset.open;
    toggle.setAttribute('aria-expanded', 'false');
    const target = returnTo?.isConnected ? returnTo : wasOpen ? toggle : null;
    returnTo = null;
    if (restoreFocus && target) target.focus();
  };
  const start = () => {
    if (started) return;
    started = true;
    import('../../widgets/search/enhance').then(
      (m) => m.enhance(box, close),
      () => (started = false),
    );
  };
  const open = (from: Element | null) => {
    returnTo = from instanceof HTMLElement && from !== document.body ? from : null;
    box.dataset.open = '';
    toggle.setAttribute('aria-expanded', 'true');
    input.focus();
  };

  box.querySelector<HTMLElement>('[data-search-link]')!.hidden = true;
  toggle.hidden = false;
  box.querySelector<HTMLElement>('[data-search-close]')!.hidden = false;
  box.dataset.ready = '';
  toggle.addEventListener('click', () => open(toggle));
  box.querySelector('[data-search-close]')!.addEventListener('click', () => close(true));
  input.addEventListener('focus', start);
  input.addEventListener('input', start);
  // This script runs once the page has loaded: a student may already be in the box, or have typed.
  if (document.activeElement === input || input.value) start();
  // Leaving the open box on a phone (tapping elsewhere) closes it.
  box.addEventListener('focusout', (event) => {
    if (!box.contains(event.relatedTarget as Node | null)) close(false);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    if (document.querySelector('dialog[open]')) return;
    const target = event.target as HTMLElement;
    if (target.isContentEditable || target.closest('input, textarea, select')) return;
    event.preventDefault();
    // The results page has its own, bigger search field.
    const main = document.querySelector<HTMLInputElement>('[data-search-main]');
    if (main) main.focus();
    else open(document.activeElement);
  });
}

export {};
