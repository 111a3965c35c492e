// Every string a student sees or hears lives in the JSON files of nl/ (flat dotted keys,
// {placeholders}), one file per area so that features can be worked on side by side.
// Components call t(); they never hard-code visible or announced text.
import site from './nl/site.json';
import exercises from './nl/exercises.json';
import categorise from './nl/categorise.json';
import flashcards from './nl/flashcards.json';

const nl = { ...site, ...exercises, ...categorise, ...flashcards };

export type StringKey = keyof typeof nl;
export type Params = Record<string, string | number>;

const numberFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

export function t(key: StringKey, params: Params = {}): string {
  const template: string = nl[key];
  return template.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`t("${key}"): missing value for {${name}}`);
    return typeof value === 'number' ? numberFormat.format(value) : value;
  });
}

/** All strings, for tests. */
export const strings: Readonly<Record<StringKey, string>> = nl;
