// The one formatter behind every t(): fills {placeholders}, numbers the Dutch way, and refuses
// to show a student a template with a value missing.
export type Params = Record<string, string | number>;

const numberFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

export function makeT<S extends Record<string, string>>(strings: S) {
  return function t(key: keyof S & string, params: Params = {}): string {
    const template = strings[key];
    if (template === undefined) throw new Error(`t("${key}"): no such string`);
    return template.replace(/\{(\w+)\}/g, (_whole, name: string) => {
      const value = params[name];
      if (value === undefined) throw new Error(`t("${key}"): missing value for {${name}}`);
      return typeof value === 'number' ? numberFormat.format(value) : value;
    });
  };
}
