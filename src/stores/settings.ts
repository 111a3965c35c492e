// The student's reading settings (Leesinstellingen), kept in am:instellingen. Components read
// `settings` and call the actions; putting the settings on the page is the component's job.
import { persistentAtom } from '@nanostores/persistent';
import {
  DEFAULT_SETTINGS,
  SETTINGS_KEY,
  decodeSettings,
  encodeSettings,
  salvageSettings,
  withSetting,
  type Settings,
} from '../lib/settings';
import { installSafeStorage, reportStorageProblem } from './storage';

installSafeStorage();

let repaired = false;

export const settings = persistentAtom<Settings>(SETTINGS_KEY, { ...DEFAULT_SETTINGS }, {
  encode: encodeSettings,
  decode(raw: string) {
    const decoded = decodeSettings(raw);
    if (decoded?.ok) return decoded.value;
    // A damaged entry keeps what is still valid; an entry of a newer version is left alone.
    if (decoded?.reason !== 'future') {
      reportStorageProblem('repaired');
      repaired = true;
    }
    return salvageSettings(raw);
  },
});
// Write the repaired entry back, so the damage is reported once and not on every page.
if (repaired) settings.set(settings.get());

type Field = Exclude<keyof Settings, 'v'>;

/** Changes one setting (an invalid value is ignored). */
export function changeSetting<K extends Field>(field: K, value: unknown) {
  settings.set(withSetting(settings.get(), field, value));
}

/** Back to the defaults: nothing stored any more. */
export function resetSettings() {
  settings.set({ ...DEFAULT_SETTINGS });
}
