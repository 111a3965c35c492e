// The behaviour of "Leesinstellingen" (markup in src/components/settings/SettingsPanel.astro):
// opens the dialog, saves each change at once and puts the settings on <html>. Loaded on first
// use; the inline script of the panel has already applied the saved settings before the first paint.
import { settings, changeSetting, resetSettings } from '../../stores/settings';
import { storageProblem } from '../../stores/storage';
import { SETTINGS_ATTRIBUTES, settingsAttributes, type Settings } from '../../lib/settings';
import { t } from '../../i18n/widgets/settings';

const deviceReducesMotion = matchMedia('(prefers-reduced-motion: reduce)');

/** Puts the settings on <html>, the same attributes the inline script sets. */
function apply(value: Settings) {
  const root = document.documentElement;
  const attributes = settingsAttributes(value, deviceReducesMotion.matches);
  for (const field of SETTINGS_ATTRIBUTES) root.dataset[field] = attributes[field];
  if (attributes.motion) root.dataset.motion = attributes.motion;
  else delete root.dataset.motion;
}

function form() {
  return document.querySelector<HTMLFormElement>('#leesinstellingen form');
}

/** Shows the current settings in the form (also after a change in another tab). */
function sync(value: Settings) {
  const fields = form()?.elements;
  if (!fields) return;
  for (const input of fields) {
    if (input instanceof HTMLInputElement && input.type === 'radio' && input.name in value) {
      input.checked = String(value[input.name as keyof Settings]) === input.value;
    }
  }
}

let started = false;

/** Follows the store: applies and shows every change, wherever it comes from. Idempotent. */
export function startSettings() {
  if (started) return;
  started = true;
  settings.subscribe((value) => {
    apply(value);
    sync(value);
  });
  deviceReducesMotion.addEventListener('change', () => apply(settings.get()));

  const dialog = document.querySelector<HTMLDialogElement>('#leesinstellingen');
  const settingsForm = form();
  if (!dialog || !settingsForm) return;
  settingsForm.addEventListener('change', (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== 'radio') return;
    const number = Number(input.value);
    changeSetting(input.name as Exclude<keyof Settings, 'v'>, Number.isNaN(number) ? input.value : number);
  });
  const status = settingsForm.querySelector<HTMLElement>('[data-settings-status]');
  settingsForm.querySelector('[data-settings-reset]')?.addEventListener('click', () => {
    resetSettings();
    if (status) status.textContent = t('settings.resetDone');
  });
  // A click on the backdrop (outside the panel) closes it, as Escape does.
  dialog.addEventListener('click', (event) => {
    if (event.target !== dialog) return;
    const box = dialog.getBoundingClientRect();
    const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
    if (!inside) dialog.close();
  });
  const problem = settingsForm.querySelector<HTMLElement>('[data-settings-problem]');
  storageProblem.subscribe((value) => {
    if (problem) problem.hidden = value !== 'unavailable' && value !== 'full';
  });
}

/** Opens the panel with the text size chosen, and gives focus back to `opener` when it closes. */
export function openSettings(opener: HTMLElement | null) {
  startSettings();
  const dialog = document.querySelector<HTMLDialogElement>('#leesinstellingen');
  if (!dialog || dialog.open) return;
  const status = dialog.querySelector<HTMLElement>('[data-settings-status]');
  if (status) status.textContent = '';
  sync(settings.get());
  dialog.showModal();
  dialog.querySelector<HTMLInputElement>('input[name="textSize"]:checked')?.focus();
  dialog.addEventListener(
    'close',
    () => opener?.focus(),
    { once: true },
  );
}
