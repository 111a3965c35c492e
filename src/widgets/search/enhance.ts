// Turns the server-rendered search box of the header (src/components/search/SearchBox.astro)
// into a combobox with a results popup. Imported by the box's loader on first use only.
import { mount } from 'svelte';
import SearchPopup from './SearchPopup.svelte';

export function enhance(box: HTMLElement, onClose: (restoreFocus: boolean) => void) {
  const form = box.querySelector('form');
  const input = form?.querySelector('input');
  const host = box.querySelector<HTMLElement>('[data-search-popup]');
  if (!form || !input || !host || host.dataset.mounted !== undefined) return;
  host.dataset.mounted = '';
  mount(SearchPopup, { target: host, props: { form, input, onClose } });
}
