// The "Leesinstellingen" button of SettingsPanel.astro. Runs once per page, from the page script
// (src/components/layout/PageScript.astro).
// Loads the panel's behaviour on first use (or when settings change in another tab or on the
// device), so a page that nobody adjusts ships almost no JavaScript.
const load = () => import('../../widgets/settings/panel');
const button = document.querySelector<HTMLButtonElement>('[data-settings-open]');
button?.addEventListener('click', () => void load().then((panel) => panel.openSettings(button)));
button?.addEventListener('pointerenter', () => void load(), { once: true });
// The same key as SETTINGS_KEY in src/lib/settings.ts (not imported, to keep this script tiny).
addEventListener('storage', (event) => {
  if (event.key === 'am:instellingen' || event.key === null) void load().then((panel) => panel.startSettings());
});
matchMedia('(prefers-reduced-motion: reduce)').addEventListener('change', () => void load().then((panel) => panel.startSettings()));

export {};
