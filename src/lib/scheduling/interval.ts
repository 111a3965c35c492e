// "over 10 min.", "over 3 dagen": how long until a card comes back, in one unit a student reads
// at a glance. Returns the unit and a whole count; the widget picks the Dutch words.

export type IntervalUnit = 'minute' | 'hour' | 'day' | 'month' | 'year';
export interface Interval {
  unit: IntervalUnit;
  count: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The time from `from` to `to` (at least one minute), rounded to its largest sensible unit. */
export function describeInterval(from: Date, to: Date): Interval {
  const ms = Math.max(0, to.getTime() - from.getTime());
  if (ms < HOUR - MINUTE / 2) return { unit: 'minute', count: Math.max(1, Math.round(ms / MINUTE)) };
  if (ms < DAY - HOUR / 2) return { unit: 'hour', count: Math.max(1, Math.round(ms / HOUR)) };
  const days = Math.round(ms / DAY);
  if (days < 31) return { unit: 'day', count: Math.max(1, days) };
  if (days < 365) return { unit: 'month', count: Math.max(1, Math.round(days / 30.4)) };
  return { unit: 'year', count: Math.max(1, Math.round(days / 365)) };
}
