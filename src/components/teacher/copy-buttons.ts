// Behaviour of the teacher pages, bundled as one small script (no framework):
// - every list of share links ([data-share-list]) shows absolute URLs built from this page's own
//   origin, so they are right on any host, and switches between short, presentation and embed
//   links with its radio group;
// - an embed code example ([data-iframe-path]) is rebuilt the same way;
// - every copy button ([data-copy-from="id"]) copies the text of its element, with a fallback
//   that selects the text, and says what happened in the polite status of its block.
// Buttons and the radio group are hidden in the HTML and shown here: without JavaScript they
// could do nothing, and the links stay readable and selectable.
import { absoluteUrl, iframeCode, LINK_KINDS, runtimeOrigin, sharePath, type LinkKind } from '../../lib/teacher/links';
import { copyText } from '../../widgets/teacher/clipboard';

const COPIED_MS = 2500;

function initShareList(list: HTMLElement) {
  const origin = runtimeOrigin(location, list.dataset.siteOrigin ?? location.origin);
  const rows = [...list.querySelectorAll<HTMLElement>('[data-short][data-full]')];
  const render = (kind: LinkKind) => {
    for (const row of rows) {
      const url = row.querySelector<HTMLElement>('[data-share-url]');
      if (url) url.textContent = absoluteUrl(origin, sharePath({ short: row.dataset.short!, full: row.dataset.full! }, kind));
    }
  };
  const radios = [...list.querySelectorAll<HTMLInputElement>('input[type="radio"][data-share-kind]')];
  for (const radio of radios) radio.addEventListener('change', () => radio.checked && render(radio.value as LinkKind));
  list.querySelector<HTMLElement>('[data-share-kinds]')?.removeAttribute('hidden');
  const checked = radios.find((r) => r.checked)?.value as LinkKind | undefined;
  render(checked && LINK_KINDS.includes(checked) ? checked : 'kort');
}

function initCopyButton(button: HTMLButtonElement) {
  const block = button.closest<HTMLElement>('[data-copy-block]');
  const status = block?.querySelector<HTMLElement>('[data-copy-status]');
  const label = button.querySelector<HTMLElement>('[data-copy-label]');
  const idle = label?.textContent ?? '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  button.hidden = false;
  button.addEventListener('click', async () => {
    const source = document.getElementById(button.dataset.copyFrom ?? '');
    if (!source || !block) return;
    const result = await copyText(source.textContent?.trim() ?? '', source);
    const message = result === 'copied' ? block.dataset.copiedMessage : block.dataset.selectedMessage;
    if (status) {
      // Clear first, so the same message is announced again on a second copy.
      status.textContent = '';
      requestAnimationFrame(() => (status.textContent = message ?? ''));
    }
    if (result === 'copied' && label) {
      clearTimeout(timer);
      button.dataset.copied = '';
      label.textContent = button.dataset.copiedLabel ?? idle;
      timer = setTimeout(() => {
        delete button.dataset.copied;
        label.textContent = idle;
      }, COPIED_MS);
    }
  });
}

/** Embed code examples: rebuilt with this page's origin. */
function initIframeCode(code: HTMLElement) {
  const origin = runtimeOrigin(location, code.dataset.siteOrigin ?? location.origin);
  code.textContent = iframeCode(absoluteUrl(origin, code.dataset.iframePath ?? '/'), code.dataset.iframeTitle ?? '');
}

document.querySelectorAll<HTMLElement>('[data-share-list]').forEach(initShareList);
document.querySelectorAll<HTMLElement>('[data-iframe-path]').forEach(initIframeCode);
document.querySelectorAll<HTMLButtonElement>('button[data-copy-from]').forEach(initCopyButton);
