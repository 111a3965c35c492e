import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import {
  DEFAULT_SETTINGS,
  SETTINGS_KEY,
  decodeSettings,
  encodeSettings,
  parseSettings,
  pickDutchVoice,
  salvageSettings,
  settingsAttributes,
  splitSentences,
  withSetting,
  type Settings,
} from '../../src/lib/settings';

const custom: Settings = { v: 1, textSize: 130, lineSpacing: 'wider', textSpacing: 'wide', theme: 'dark', motion: 'reduce', readingRate: 1.25 };

describe('parseSettings', () => {
  it('accepts a complete entry', () => {
    expect(parseSettings(custom)).toEqual(custom);
  });
  it('fills in missing fields with their defaults and drops unknown fields', () => {
    expect(parseSettings({ v: 1, theme: 'light', colour: 'pink' })).toEqual({ ...DEFAULT_SETTINGS, theme: 'light' });
  });
  it('refuses a wrong value, a wrong version and anything that is not an object', () => {
    expect(parseSettings({ v: 1, textSize: 175 })).toBeNull();
    expect(parseSettings({ v: 1, textSize: '115' })).toBeNull();
    expect(parseSettings({ v: 1, theme: 'pink' })).toBeNull();
    expect(parseSettings({ v: 1, readingRate: 3 })).toBeNull();
    expect(parseSettings({ v: 2, theme: 'dark' })).toBeNull();
    expect(parseSettings({ theme: 'dark' })).toBeNull();
    expect(parseSettings(null)).toBeNull();
    expect(parseSettings([custom])).toBeNull();
    expect(parseSettings('dark')).toBeNull();
  });
});

describe('decodeSettings and encodeSettings', () => {
  it('round-trips, with a version', () => {
    const raw = encodeSettings(custom)!;
    expect(JSON.parse(raw).v).toBe(1);
    expect(decodeSettings(raw)).toEqual({ ok: true, value: custom });
  });
  it('stores nothing when every setting is the default', () => {
    expect(encodeSettings({ ...DEFAULT_SETTINGS })).toBeUndefined();
  });
  it('says what is wrong without throwing', () => {
    expect(decodeSettings(undefined)).toBeUndefined();
    expect(decodeSettings(null)).toBeUndefined();
    expect(decodeSettings('{kapot')).toEqual({ ok: false, reason: 'json' });
    expect(decodeSettings('"dark"')).toEqual({ ok: false, reason: 'invalid' });
    expect(decodeSettings('{"v":1,"textSize":999}')).toEqual({ ok: false, reason: 'invalid' });
    expect(decodeSettings('{"v":9,"textSize":115}')).toEqual({ ok: false, reason: 'future' });
  });
});

describe('salvageSettings', () => {
  it('keeps the valid fields of a damaged entry', () => {
    expect(salvageSettings('{"v":1,"textSize":999,"theme":"dark","readingRate":0.75}')).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', readingRate: 0.75 });
  });
  it('falls back to the defaults for broken JSON or another version', () => {
    expect(salvageSettings('{kapot')).toEqual(DEFAULT_SETTINGS);
    expect(salvageSettings('{"v":9,"theme":"dark"}')).toEqual(DEFAULT_SETTINGS);
    expect(salvageSettings(null)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('withSetting', () => {
  it('changes one field and ignores invalid values', () => {
    expect(withSetting(DEFAULT_SETTINGS, 'textSize', 150).textSize).toBe(150);
    expect(withSetting(DEFAULT_SETTINGS, 'textSize', 151)).toBe(DEFAULT_SETTINGS);
    expect(withSetting(DEFAULT_SETTINGS, 'theme', 'neon')).toBe(DEFAULT_SETTINGS);
  });
});

describe('settingsAttributes', () => {
  it('gives the attributes the inline script sets', () => {
    expect(settingsAttributes(custom, false)).toEqual({ textSize: '130', lineSpacing: 'wider', textSpacing: 'wide', theme: 'dark', motion: 'reduce' });
  });
  it('reduces motion when the device asks for it, even with the default setting', () => {
    expect(settingsAttributes(DEFAULT_SETTINGS, true).motion).toBe('reduce');
    expect(settingsAttributes(DEFAULT_SETTINGS, false).motion).toBeUndefined();
  });
});

describe('the inline script (SettingsScript.astro)', () => {
  // The script reads am:instellingen before the first paint; it must agree with settingsAttributes.
  async function inlineScript() {
    const { readFile } = await import('node:fs/promises');
    const source = await readFile(new URL('../../src/components/settings/SettingsScript.astro', import.meta.url), 'utf8');
    return /<script is:inline>([\s\S]*?)<\/script>/.exec(source)![1]!;
  }
  function run(script: string, stored: string | null, deviceReducesMotion = false) {
    const dataset: Record<string, string> = {};
    // A DOMStringMap turns every value into a string.
    const stringMap = new Proxy(dataset, { set: (target, key: string, value) => ((target[key] = String(value)), true) });
    const context = {
      document: { documentElement: { dataset: stringMap } },
      localStorage: { getItem: (key: string) => (key === SETTINGS_KEY ? stored : null) },
      matchMedia: () => ({ matches: deviceReducesMotion }),
      window: {},
    };
    new Function(...Object.keys(context), script)(...Object.values(context));
    return dataset;
  }

  it('is small', async () => {
    expect((await inlineScript()).length).toBeLessThan(1024);
  });
  it('sets the same attributes as the panel does', async () => {
    const script = await inlineScript();
    const dataset = run(script, encodeSettings(custom)!);
    expect(dataset).toEqual({ ...settingsAttributes(custom, false), settings: '' });
  });
  it('survives broken or missing entries and follows the device for motion', async () => {
    const script = await inlineScript();
    expect(run(script, '{kapot')).toEqual({ settings: '' });
    expect(run(script, null, true)).toEqual({ motion: 'reduce', settings: '' });
    expect(run(script, '{"v":9,"theme":"dark"}')).toEqual({ settings: '' });
  });
});

describe('splitSentences', () => {
  const text = 'Het is maandag. Bas mailt Sanne! “Kun jij dat regelen, Sanne?” Twee klanten.  Hoe komt dat?';
  const pieces = (spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

  it('splits Dutch text into sentences without surrounding space', () => {
    const expected = ['Het is maandag.', 'Bas mailt Sanne!', '“Kun jij dat regelen, Sanne?”', 'Twee klanten.', 'Hoe komt dat?'];
    expect(pieces(splitSentences(text))).toEqual(expected);
    expect(pieces(splitSentences(text, false))).toEqual(expected);
  });
  it('leaves out pieces without words', () => {
    expect(splitSentences('  •  ')).toEqual([]);
    expect(splitSentences('')).toEqual([]);
  });
});

describe('pickDutchVoice', () => {
  const voice = (lang: string, localService = true, isDefault = false) => ({ lang, localService, default: isDefault, name: lang });
  it('prefers a Dutch voice on the device, from the Netherlands', () => {
    expect(pickDutchVoice([voice('en-US', true, true), voice('nl-BE'), voice('nl-NL', false), voice('nl-NL')])).toEqual(voice('nl-NL'));
    expect(pickDutchVoice([voice('en-GB'), voice('nl_BE')])).toEqual(voice('nl_BE'));
  });
  it('finds nothing without a Dutch voice', () => {
    expect(pickDutchVoice([voice('en-US'), voice('de-DE'), voice('nn-NO')])).toBeUndefined();
    expect(pickDutchVoice([])).toBeUndefined();
  });
});

describe('settings store', () => {
  let stops: (() => void)[] = [];
  async function load() {
    vi.resetModules();
    const store = await import('../../src/stores/settings');
    const { storageProblem } = await import('../../src/stores/storage');
    stops.push(store.settings.listen(() => {}));
    return { ...store, storageProblem };
  }
  beforeAll(() => useTestStorageEngine());
  afterEach(() => {
    stops.forEach((stop) => stop());
    stops = [];
    cleanTestStorage();
  });

  it('saves a change under am:instellingen and reads it back after a reload', async () => {
    const first = await load();
    first.changeSetting('textSize', 130);
    first.changeSetting('theme', 'dark');
    expect(JSON.parse(getTestStorage()[SETTINGS_KEY]!)).toMatchObject({ v: 1, textSize: 130, theme: 'dark' });
    const second = await load();
    expect(second.settings.get()).toEqual({ ...DEFAULT_SETTINGS, textSize: 130, theme: 'dark' });
  });
  it('ignores invalid values', async () => {
    const { settings, changeSetting } = await load();
    changeSetting('textSize', 999);
    expect(settings.get()).toEqual(DEFAULT_SETTINGS);
    expect(getTestStorage()[SETTINGS_KEY]).toBeUndefined();
  });
  it('removes the key when reset to the defaults', async () => {
    const { changeSetting, resetSettings } = await load();
    changeSetting('lineSpacing', 'wide');
    resetSettings();
    expect(getTestStorage()[SETTINGS_KEY]).toBeUndefined();
  });
  it('repairs a damaged entry once, keeping its valid fields', async () => {
    setTestStorageKey(SETTINGS_KEY, '{"v":1,"textSize":"groot","theme":"dark"}');
    const { settings, storageProblem } = await load();
    expect(settings.get()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(storageProblem.get()).toBe('repaired');
    expect(JSON.parse(getTestStorage()[SETTINGS_KEY]!)).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    const again = await load();
    expect(again.storageProblem.get()).toBeNull();
  });
  it('leaves an entry of a newer version alone', async () => {
    setTestStorageKey(SETTINGS_KEY, '{"v":9,"theme":"dark"}');
    const { settings, storageProblem } = await load();
    expect(settings.get()).toEqual(DEFAULT_SETTINGS);
    expect(storageProblem.get()).toBeNull();
    expect(getTestStorage()[SETTINGS_KEY]).toBe('{"v":9,"theme":"dark"}');
  });
});
