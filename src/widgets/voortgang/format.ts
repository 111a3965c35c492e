// Dates and percentages as a Dutch student reads them.
const long = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
const short = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'short' });
const medium = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'short', year: 'numeric' });

const valid = (iso: string) => !Number.isNaN(Date.parse(iso));
/** "27 november 2026" */
export const longDate = (iso: string) => (valid(iso) ? long.format(new Date(iso)) : '');
/** "27 nov 2026" */
export const mediumDate = (iso: string) => (valid(iso) ? medium.format(new Date(iso)) : '');
/** "27 nov." */
export const shortDate = (iso: string) => (valid(iso) ? short.format(new Date(iso)) : '');
/** 0.623 → 62 */
export const percent = (share: number) => Math.round(Math.min(1, Math.max(0, share)) * 100);
