// Reading comfort: what the student chose in "Leesinstellingen" (text size, spacing, colours,
// motion, read-aloud speed), kept in one versioned localStorage entry (am:instellingen), and the
// pure parts of read-aloud (sentences, voice choice). No DOM, no stores.
//
// The inline script of SettingsScript.astro reads the same entry before the first paint and copies
// the fields of SETTINGS_ATTRIBUTES onto <html> as data attributes; keep the two in step (a field
// renamed here must be renamed there, or bump the version with a migration).
// Validation is written out by hand (no zod in the browser: this ships on every page).
import { decodeVersioned, type Decoded, type Migrations } from './progress/decode';

export type { Decoded };

export const SETTINGS_KEY = 'am:instellingen';
export const SETTINGS_VERSION = 1;

export const TEXT_SIZES = [100, 115, 130, 150] as const;
export const LINE_SPACINGS = ['normal', 'wide', 'wider'] as const;
export const TEXT_SPACINGS = ['normal', 'wide'] as const;
export const THEMES = ['system', 'light', 'dark'] as const;
export const MOTIONS = ['system', 'reduce'] as const;
export const READING_RATES = [0.75, 1, 1.25, 1.5] as const;

export type TextSize = (typeof TEXT_SIZES)[number];
export type LineSpacing = (typeof LINE_SPACINGS)[number];
export type TextSpacing = (typeof TEXT_SPACINGS)[number];
export type Theme = (typeof THEMES)[number];
export type Motion = (typeof MOTIONS)[number];
export type ReadingRate = (typeof READING_RATES)[number];

export interface Settings {
  v: 1;
  /** Text size in percent of the browser's own size. */
  textSize: TextSize;
  /** Line height (and paragraph spacing) of the text. */
  lineSpacing: LineSpacing;
  /** Letter and word spacing; "wide" uses the WCAG 1.4.12 values (0.12em and 0.16em). */
  textSpacing: TextSpacing;
  /** "system" follows the device's light or dark mode. */
  theme: Theme;
  /** "system" follows the device (prefers-reduced-motion); "reduce" always turns motion off. */
  motion: Motion;
  /** Speed of read-aloud (1 = the voice's normal speed). */
  readingRate: ReadingRate;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  v: 1,
  textSize: 100,
  lineSpacing: 'normal',
  textSpacing: 'normal',
  theme: 'system',
  motion: 'system',
  readingRate: 1,
});

type Field = Exclude<keyof Settings, 'v'>;
const oneOf = (values: readonly unknown[]) => (value: unknown) => values.includes(value);

/** Each field and the values it may have. */
const FIELDS: { [K in Field]: (value: unknown) => boolean } = {
  textSize: oneOf(TEXT_SIZES),
  lineSpacing: oneOf(LINE_SPACINGS),
  textSpacing: oneOf(TEXT_SPACINGS),
  theme: oneOf(THEMES),
  motion: oneOf(MOTIONS),
  readingRate: oneOf(READING_RATES),
};

/** The fields that become data attributes on <html> (data-text-size, data-line-spacing, …). */
export const SETTINGS_ATTRIBUTES = ['textSize', 'lineSpacing', 'textSpacing', 'theme'] as const satisfies readonly Field[];

const isRecord = (data: unknown): data is Record<string, unknown> => typeof data === 'object' && data !== null && !Array.isArray(data);

/**
 * The settings when every field present is valid; a missing field gets its default (so a later
 * version can add fields), unknown fields are dropped. Null for anything else. Use this to check
 * an imported progress file.
 */
export function parseSettings(data: unknown): Settings | null {
  if (!isRecord(data) || data.v !== SETTINGS_VERSION) return null;
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const [field, valid] of Object.entries(FIELDS)) {
    if (!(field in data)) continue;
    if (!valid(data[field])) return null;
    settings[field] = data[field];
  }
  return settings as unknown as Settings;
}

/** MIGRATIONS[n] turns a version-n entry into version n+1. Only version 1 exists so far. */
export const SETTINGS_MIGRATIONS: Migrations = {};

const FORMAT = { version: SETTINGS_VERSION, migrations: SETTINGS_MIGRATIONS, parse: parseSettings };

/** Reads the stored entry: undefined when there is none, never throws. */
export function decodeSettings(raw: string | null | undefined): Decoded<Settings> | undefined {
  return decodeVersioned(raw, FORMAT);
}

/**
 * What can be saved of a damaged entry: every valid field of a current-version entry, the
 * default for the others. Used after decodeSettings failed, so one bad field does not reset all.
 */
export function salvageSettings(raw: string | null | undefined): Settings {
  let data: unknown;
  try {
    data = JSON.parse(raw ?? '');
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  if (isRecord(data) && data.v === SETTINGS_VERSION) {
    for (const [field, valid] of Object.entries(FIELDS)) if (valid(data[field])) settings[field] = data[field];
  }
  return settings as unknown as Settings;
}

/** The stored form; undefined (nothing stored) when every setting is the default. */
export function encodeSettings(settings: Settings): string | undefined {
  const changed = (Object.keys(FIELDS) as Field[]).some((field) => settings[field] !== DEFAULT_SETTINGS[field]);
  return changed ? JSON.stringify({ ...settings, v: SETTINGS_VERSION }) : undefined;
}

/** The settings with one field changed; an invalid value leaves them as they are. */
export function withSetting<K extends Field>(settings: Settings, field: K, value: unknown): Settings {
  return FIELDS[field](value) ? { ...settings, [field]: value } : settings;
}

/** The data attributes for <html>, as the inline script sets them (motion also depends on the device). */
export function settingsAttributes(settings: Settings, deviceReducesMotion: boolean): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const field of SETTINGS_ATTRIBUTES) attributes[field] = String(settings[field]);
  if (settings.motion === 'reduce' || deviceReducesMotion) attributes.motion = 'reduce';
  return attributes;
}

// ---- Read-aloud ------------------------------------------------------------------------------

/** A piece of text to speak, as offsets [start, end) into the text it came from. */
export interface Span {
  start: number;
  end: number;
}

/** Sentence ends for browsers without Intl.Segmenter: . ! ? … (with closing quotes) followed by a space. */
const SENTENCE_END = /[.!?…]+["'”’)\]]*\s+/g;

/**
 * Splits text into sentences, without the white space around them. Uses Intl.Segmenter (Dutch)
 * where the runtime has it. A sentence with no letters or digits (a lone bullet) is left out.
 */
export function splitSentences(text: string, useSegmenter = true): Span[] {
  const raw: Span[] = [];
  const Segmenter = useSegmenter ? (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter : undefined;
  if (Segmenter) {
    for (const segment of new Segmenter('nl', { granularity: 'sentence' }).segment(text)) {
      raw.push({ start: segment.index, end: segment.index + segment.segment.length });
    }
  } else {
    let start = 0;
    for (const match of text.matchAll(SENTENCE_END)) {
      const end = match.index + match[0].length;
      raw.push({ start, end });
      start = end;
    }
    if (start < text.length) raw.push({ start, end: text.length });
  }
  const spans: Span[] = [];
  for (const { start, end } of raw) {
    const piece = text.slice(start, end);
    const lead = piece.length - piece.trimStart().length;
    const trail = piece.length - piece.trimEnd().length;
    const span = { start: start + lead, end: end - trail };
    if (span.end > span.start && /[\p{L}\p{N}]/u.test(text.slice(span.start, span.end))) spans.push(span);
  }
  return spans;
}

/** The parts of a SpeechSynthesisVoice that matter for choosing one. */
export interface VoiceInfo {
  lang: string;
  localService: boolean;
  default: boolean;
}

const isDutch = (lang: string) => /^nl(?:[-_]|$)/i.test(lang);

/**
 * The best Dutch voice, or undefined when the browser has none: Dutch from the Netherlands before
 * Belgian Dutch, a voice on the device before one that needs the internet.
 */
export function pickDutchVoice<V extends VoiceInfo>(voices: readonly V[]): V | undefined {
  const score = (voice: V) => (voice.localService ? 4 : 0) + (/^nl[-_]nl$/i.test(voice.lang) ? 2 : 0) + (voice.default ? 1 : 0);
  return voices.filter((voice) => isDutch(voice.lang)).sort((a, b) => score(b) - score(a))[0];
}
