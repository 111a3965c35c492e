import { describe, expect, it } from 'vitest';
import {
  actionCosts, budgetFigures, confrontationKind, customerProfit, formatEuro, formatPercent, parseAmount, swotFromWorkbook, yearFigures,
} from '../../src/lib/werkboek/compute';
import { emptyWorkbook, type Workbook } from '../../src/lib/werkboek/model';

const NOW = new Date('2026-11-27T10:00:00Z');
const row = (id: string, year: number | null, revenue: number | null, grossMargin: number | null, totalSpend: number | null = null) => ({ id, year, revenue, grossMargin, totalSpend });

/** Hendriks in the case: 2023–2025 (lesson 3.4), entered out of order. */
const HENDRIKS = [row('c', 2025, 186000, 59500, 310000), row('a', 2023, 152000, 47100), row('b', 2024, 168000, 53800)];

describe('yearFigures', () => {
  it('computes growth, margin and share of wallet for the case, sorted by year', () => {
    const figures = yearFigures(HENDRIKS);
    expect(figures.map((f) => f.year)).toEqual([2023, 2024, 2025]);
    expect(figures[0]!.growthPercent).toBeNull();
    expect(figures[1]!.growthPercent).toBeCloseTo(10.526, 2);
    expect(figures[2]!.growthPercent).toBeCloseTo(10.714, 2);
    expect(figures[0]!.marginPercent).toBeCloseTo(30.99, 1);
    expect(figures[2]!.marginPercent).toBeCloseTo(31.99, 1);
    expect(figures[2]!.sharePercent).toBe(60);
    expect(figures[0]!.sharePercent).toBeNull();
    expect(formatPercent(figures[2]!.sharePercent!)).toBe('60%');
    expect(formatPercent(figures[2]!.growthPercent!)).toBe('10,7%');
  });

  it('gives null, never NaN or Infinity, for missing figures, a zero, or a gap in the years', () => {
    const figures = yearFigures([row('a', 2022, 0, 0, 0), row('b', 2023, 100, null, null), row('c', 2025, 150, 30, 300), row('d', null, 5, 1, 10), row('e', null, null, null, null)]);
    expect(figures.map((f) => f.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    // Growth against 0, margin of 0 revenue, share of 0 spend.
    expect(figures[0]).toMatchObject({ growthPercent: null, marginPercent: null, sharePercent: null });
    expect(figures[1]).toMatchObject({ growthPercent: null, marginPercent: null, sharePercent: null });
    // 2024 is missing: no growth for 2025.
    expect(figures[2]).toMatchObject({ growthPercent: null, marginPercent: 20, sharePercent: 50 });
    expect(figures[3]).toMatchObject({ year: null, growthPercent: null, marginPercent: 20, sharePercent: 50 });
    for (const f of figures) for (const value of Object.values(f)) if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
    expect(yearFigures([])).toEqual([]);
  });

  it('shows a decline as negative growth', () => {
    expect(yearFigures([row('a', 2024, 200, null), row('b', 2025, 150, null)])[1]!.growthPercent).toBe(-25);
  });
});

describe('customerProfit', () => {
  it('is the gross margin of the last year minus the cost to serve (the case: € 43.000)', () => {
    const result = customerProfit({ performance: HENDRIKS, costToServe: 16500 });
    expect(result.profit).toBe(43000);
    expect(result.percent).toBeCloseTo(23.12, 1);
    expect(result.year).toBe(2025);
    expect(formatEuro(result.profit!)).toBe('€ 43.000');
  });
  it('skips a newer year without a margin yet, and is null without cost to serve', () => {
    expect(customerProfit({ performance: [...HENDRIKS, row('d', 2026, null, null)], costToServe: 16500 }).profit).toBe(43000);
    expect(customerProfit({ performance: HENDRIKS, costToServe: null })).toEqual({ profit: null, percent: null, year: 2025 });
    expect(customerProfit({ performance: [], costToServe: 100 })).toEqual({ profit: null, percent: null, year: null });
  });
});

describe('budgetFigures', () => {
  const budget = {
    revenue: 210000,
    marginPercent: 32,
    costs: [
      { id: 'a', label: 'Tijd van Sanne', amount: 8400 },
      { id: 'b', label: 'Reizen', amount: 1200 },
      { id: 'c', label: 'Monsters', amount: 1500 },
      { id: 'd', label: 'Bonus', amount: 4200 },
      { id: 'e', label: 'Extra service', amount: 2700 },
      { id: 'f', label: 'Nog invullen', amount: null },
    ],
  };
  it('computes the case budget of 2026: € 67.200 margin, € 49.200 contribution, 23,4%', () => {
    const figures = budgetFigures(budget);
    expect(figures).toMatchObject({ grossMargin: 67200, totalCosts: 18000, contribution: 49200 });
    expect(formatEuro(figures.grossMargin!)).toBe('€ 67.200');
    expect(formatEuro(figures.contribution!)).toBe('€ 49.200');
    expect(formatPercent(figures.contributionPercent!)).toBe('23,4%');
  });
  it('is null where a figure is missing', () => {
    expect(budgetFigures({ revenue: null, marginPercent: 32, costs: [] })).toEqual({ grossMargin: null, totalCosts: null, contribution: null, contributionPercent: null });
    expect(budgetFigures({ revenue: 0, marginPercent: 32, costs: [{ id: 'a', label: '', amount: 10 }] })).toEqual({ grossMargin: 0, totalCosts: 10, contribution: -10, contributionPercent: null });
    expect(budgetFigures({ ...budget, costs: [] })).toMatchObject({ grossMargin: 67200, totalCosts: null, contribution: null });
  });
});

describe('actionCosts', () => {
  it('adds the known costs', () => {
    const action = (cost: number | null) => ({ id: 'x', action: '', owner: '', date: '', means: '', cost, goal: null });
    expect(actionCosts([action(900), action(600), action(null)])).toBe(1500);
    expect(actionCosts([])).toBe(0);
  });
});

function caseWorkbook(): Workbook {
  const wb = emptyWorkbook('case0001', 'Veldkamp', NOW);
  wb.internal.strengths = [{ id: 's1', text: 'Eigen wasserij' }, { id: 's2', text: '  ' }];
  wb.internal.weaknesses = [{ id: 'w1', text: 'Jas duurder dan bij een ander' }];
  wb.destep.ecologisch = [{ id: 'f1', text: 'Kleding moet langer meegaan', effect: 'kans' }, { id: 'f2', text: 'Nog niet gekozen', effect: null }];
  wb.meso.concurrenten = [{ id: 'f3', text: 'Webwinkels worden goedkoper', effect: 'bedreiging' }];
  return wb;
}

describe('swotFromWorkbook and confrontationKind', () => {
  it('takes strengths and weaknesses from step 3 and kansen and bedreigingen from step 2', () => {
    const swot = swotFromWorkbook(caseWorkbook());
    expect(swot.strengths.map((x) => x.id)).toEqual(['s1']);
    expect(swot.weaknesses.map((x) => x.id)).toEqual(['w1']);
    expect(swot.opportunities.map((x) => x.id)).toEqual(['f1']);
    expect(swot.threats.map((x) => x.id)).toEqual(['f3']);
  });
  it('names the four kinds of option, and null when a side is missing or gone', () => {
    const wb = caseWorkbook();
    const kind = (internal: string | null, external: string | null) => confrontationKind(wb, { internal, external });
    expect(kind('s1', 'f1')).toBe('aanvallen');
    expect(kind('s1', 'f3')).toBe('verdedigen');
    expect(kind('w1', 'f1')).toBe('versterken');
    expect(kind('w1', 'f3')).toBe('terugtrekken');
    expect(kind(null, 'f1')).toBeNull();
    expect(kind('s1', null)).toBeNull();
    expect(kind('deleted', 'f1')).toBeNull();
    expect(kind('s1', 'f2')).toBeNull(); // not marked kans or bedreiging
    expect(kind('s2', 'f1')).toBeNull(); // a strength without text
  });
});

describe('formatters', () => {
  it('writes euros and percentages the Dutch way', () => {
    expect(formatEuro(49200)).toBe('€ 49.200');
    expect(formatEuro(186000.5)).toBe('€ 186.000,50');
    expect(formatEuro(0)).toBe('€ 0');
    expect(formatEuro(-1500)).toBe('€ -1.500');
    expect(formatEuro(999.999)).toBe('€ 1.000');
    expect(formatPercent(23.428571)).toBe('23,4%');
    expect(formatPercent(60)).toBe('60%');
    expect(formatPercent(-0.01)).toBe('0%');
    expect(formatEuro(Number.NaN)).toBe('');
    expect(formatPercent(Number.POSITIVE_INFINITY)).toBe('');
  });
});

describe('parseAmount', () => {
  it.each([
    ['186000', 186000],
    ['186.000', 186000],
    ['€ 186.000', 186000],
    ['€186.000', 186000],
    ['186.000,50', 186000.5],
    ['€ 1.000,-', 1000],
    ['1.234.567', 1234567],
    ['186 000', 186000],
    ['  210000  ', 210000],
    ['32%', 32],
    ['32 %', 32],
    ['32,5', 32.5],
    ['32.5', 32.5],
    ['0', 0],
    ['-500', -500],
    ['€ -500', -500],
    ['- € 500', -500],
    ['2 euro', 2],
    ['186.00', 186], // a dot with two digits after it is a decimal point
  ])('%j → %d', (input, value) => {
    expect(parseAmount(input)).toBe(value);
  });
  it.each(['', '   ', 'abc', '12a', '1.2.3', '1,2,3', '€', '%', '12..0', '1e5', 'Infinity', 'NaN', '0x10', '186.000.5', '--5', '€ € 5'])('refuses %j', (input) => {
    expect(parseAmount(input)).toBeNull();
  });
});
