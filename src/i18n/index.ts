// Every string a student sees or hears lives in nl.json (flat dotted keys, {placeholders}).
// Components call t(); they never hard-code visible or announced text.
import nl from './nl.json';

export type StringKey = keyof typeof nl;
export type Params = Record<string, string | number>;

const numberFormat = new Intl.NumberFormat('nl-NL');

export function t(key: StringKey, params: Params = {}): string {
  const template: string = nl[key];
  return template.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`t("${key}"): missing value for {${name}}`);
    return typeof value === 'number' ? numberFormat.format(value) : value;
  });
}
