// Figures the forms and the document compute from a workbook; they are never stored, so they
// always match what the student typed. Growth, margin and share of wallet (lesson 3.4), customer
// profit (3.4), the account budget (4.11), the SWOT (2.11) and the confrontation matrix.
// Pure functions: null where a figure cannot be computed yet, never NaN or Infinity; rounding
// happens only in the formatters.
import { DESTEP_FACTORS, MESO_PARTS, type Finding, type Item, type Workbook } from './model';

type Performance = Workbook['accountAnalysis']['performance'];
type Budget = Workbook['plan']['budget'];
type Actions = Workbook['plan']['actions'];
type Option = Workbook['confrontation']['options'][number];

/** a ÷ b × 100, or null when either is unknown or b is 0. */
function percentOf(a: number | null | undefined, b: number | null | undefined): number | null {
  if (a == null || b == null || b === 0) return null;
  const out = (a / b) * 100;
  return Number.isFinite(out) ? out : null;
}

const finite = (n: number | null | undefined): number | null => (n != null && Number.isFinite(n) ? n : null);

export interface YearFigures {
  id: string;
  year: number | null;
  revenue: number | null;
  grossMargin: number | null;
  totalSpend: number | null;
  /** Revenue growth against the year before (that exact year must be in the table). */
  growthPercent: number | null;
  /** Gross margin as % of revenue. */
  marginPercent: number | null;
  /** Share of wallet: revenue as % of what the account spends on this kind of product in total. */
  sharePercent: number | null;
}

/** Rows sorted by year (rows without a year last, in the student's order), with the computed figures. */
export function yearFigures(performance: Performance): YearFigures[] {
  const rows = performance
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const ya = a.row.year, yb = b.row.year;
      if (ya == null && yb == null) return a.index - b.index;
      if (ya == null) return 1;
      if (yb == null) return -1;
      return ya - yb || a.index - b.index;
    })
    .map(({ row }) => row);
  return rows.map((row) => {
    const revenue = finite(row.revenue);
    const grossMargin = finite(row.grossMargin);
    const totalSpend = finite(row.totalSpend);
    const previous = row.year == null ? undefined : rows.find((other) => other.year === row.year! - 1);
    const previousRevenue = finite(previous?.revenue);
    const growthPercent = revenue == null || previousRevenue == null ? null : percentOf(revenue - previousRevenue, previousRevenue);
    return {
      id: row.id,
      year: row.year,
      revenue,
      grossMargin,
      totalSpend,
      growthPercent,
      marginPercent: percentOf(grossMargin, revenue),
      sharePercent: percentOf(revenue, totalSpend),
    };
  });
}

/** The latest year with a gross margin, the one customer profit is about. */
export function lastYearWithMargin(performance: Performance): YearFigures | undefined {
  return yearFigures(performance)
    .filter((row) => row.year != null && row.grossMargin != null)
    .at(-1);
}

/** Customer profit (3.4): gross margin of the last year − cost to serve, and as % of that year's revenue. */
export function customerProfit(accountAnalysis: Pick<Workbook['accountAnalysis'], 'performance' | 'costToServe'>): { profit: number | null; percent: number | null; year: number | null } {
  const last = lastYearWithMargin(accountAnalysis.performance);
  const cost = finite(accountAnalysis.costToServe);
  if (!last || cost == null) return { profit: null, percent: null, year: last?.year ?? null };
  const profit = last.grossMargin! - cost;
  return { profit, percent: percentOf(profit, last.revenue), year: last.year };
}

export interface BudgetFigures {
  /** Revenue × margin % ÷ 100. */
  grossMargin: number | null;
  /** Sum of the cost lines that have an amount; null when none has. */
  totalCosts: number | null;
  /** Gross margin − total costs (accountbijdrage). */
  contribution: number | null;
  /** Contribution as % of revenue. */
  contributionPercent: number | null;
}

/** The account budget of lesson 4.11. */
export function budgetFigures(budget: Budget): BudgetFigures {
  const revenue = finite(budget.revenue);
  const margin = finite(budget.marginPercent);
  const grossMargin = revenue == null || margin == null ? null : (revenue * margin) / 100;
  const amounts = budget.costs.map((line) => finite(line.amount)).filter((n): n is number => n != null);
  const totalCosts = amounts.length ? amounts.reduce((sum, n) => sum + n, 0) : null;
  const contribution = grossMargin == null || totalCosts == null ? null : grossMargin - totalCosts;
  return { grossMargin, totalCosts, contribution, contributionPercent: percentOf(contribution, revenue) };
}

/** Sum of the known costs in the action plan (the budget form offers it as a cost line). */
export function actionCosts(actions: Actions): number {
  return actions.reduce((sum, action) => sum + (finite(action.cost) ?? 0), 0);
}

export interface Swot {
  strengths: Item[];
  weaknesses: Item[];
  opportunities: Finding[];
  threats: Finding[];
}

const written = <T extends { text: string }>(items: T[]) => items.filter((item) => item.text.trim() !== '');

/** Every finding of step 2 with text: DESTEP in its order, then ABCD. */
export function allFindings(wb: Workbook): Finding[] {
  return written([...DESTEP_FACTORS.flatMap((factor) => wb.destep[factor]), ...MESO_PARTS.flatMap((p) => wb.meso[p])]);
}

/** The SWOT of step 4: strengths and weaknesses of step 3, opportunities and threats from the findings of step 2. */
export function swotFromWorkbook(wb: Workbook): Swot {
  const findings = allFindings(wb);
  return {
    strengths: written(wb.internal.strengths),
    weaknesses: written(wb.internal.weaknesses),
    opportunities: findings.filter((f) => f.effect === 'kans'),
    threats: findings.filter((f) => f.effect === 'bedreiging'),
  };
}

export type ConfrontationKind = 'aanvallen' | 'verdedigen' | 'versterken' | 'terugtrekken';

/**
 * The kind of option a combination is (2.11): strength × opportunity = aanvallen, strength × threat
 * = verdedigen, weakness × opportunity = versterken, weakness × threat = terugtrekken. Null when a
 * side is not chosen, or the item it points to was deleted or is no longer a kans/bedreiging.
 */
export function confrontationKind(wb: Workbook, option: Pick<Option, 'internal' | 'external'>): ConfrontationKind | null {
  if (!option.internal || !option.external) return null;
  const swot = swotFromWorkbook(wb);
  const strength = swot.strengths.some((s) => s.id === option.internal);
  const weakness = !strength && swot.weaknesses.some((w) => w.id === option.internal);
  const chance = swot.opportunities.some((f) => f.id === option.external);
  const threat = !chance && swot.threats.some((f) => f.id === option.external);
  if (strength && chance) return 'aanvallen';
  if (strength && threat) return 'verdedigen';
  if (weakness && chance) return 'versterken';
  if (weakness && threat) return 'terugtrekken';
  return null;
}

const wholeFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const centsFormat = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const percentFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** "€ 49.200"; cents only when there are any ("€ 186.000,50"); "€ -1.500" for a loss. */
export function formatEuro(n: number): string {
  if (!Number.isFinite(n)) return '';
  const cents = Math.round(n * 100);
  return `€ ${(cents % 100 === 0 ? wholeFormat : centsFormat).format(cents / 100)}`;
}

/** "23,4%": one decimal at most. */
export function formatPercent(n: number): string {
  if (!Number.isFinite(n)) return '';
  // Avoid "-0%" for a tiny negative that rounds to zero.
  const rounded = Math.round(n * 10) / 10;
  return `${percentFormat.format(rounded === 0 ? 0 : rounded)}%`;
}

/**
 * A number as a student types it the Dutch way: "186000", "186.000", "€ 186.000", "186.000,50",
 * "€ 1.000,-", "32%", "32,5", "-500", also "186 000" and "32.5" (a dot with one or two digits after
 * it is a decimal point; with three it groups thousands). Null for anything else.
 */
export function parseAmount(input: string): number | null {
  if (typeof input !== 'string') return null;
  let s = input.replace(/[\u00a0\u202f\u2009]/g, ' ').trim();
  s = s.replace(/^€\s*/, '').replace(/^eur(o)?\s+/i, '');
  let sign = 1;
  if (/^[-−]/.test(s)) {
    sign = -1;
    s = s.slice(1).trim();
    s = s.replace(/^€\s*/, '');
  }
  s = s.replace(/\s*%$/, '').replace(/,-{1,2}$/, '').replace(/\s*(euro|eur)$/i, '').trim();
  let normal: string | null = null;
  if (/^\d+(,\d+)?$/.test(s)) normal = s.replace(',', '.');
  else if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) normal = s.replace(/\./g, '').replace(',', '.');
  else if (/^\d{1,3}( \d{3})+(,\d+)?$/.test(s)) normal = s.replace(/ /g, '').replace(',', '.');
  else if (/^\d+\.\d{1,2}$/.test(s)) normal = s;
  if (normal === null) return null;
  const value = sign * Number(normal);
  return Number.isFinite(value) ? (value === 0 ? 0 : value) : null;
}
