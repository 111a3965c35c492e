import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { budgetFigures, customerProfit, yearFigures } from '../../src/lib/werkboek/compute';
import { emptyWorkbook, parseWorkbook, STEPS, type Workbook } from '../../src/lib/werkboek/model';
import { PART_IDS, partStatus, stepStatus, workbookStatus } from '../../src/lib/werkboek/status';
import checks from '../../src/i18n/nl/werkboek-checks.json';

const NOW = new Date('2026-11-27T10:00:00Z');
const empty = () => emptyWorkbook('test0001', 'Test', NOW);
/** The case example, as teachers show it: a complete workbook. */
const example = (): Workbook => parseWorkbook(load(readFileSync('content/werkboek/voorbeeld.yaml', 'utf8')))!;

describe('partStatus', () => {
  it('calls every part of an empty workbook leeg, and names what is missing', () => {
    const wb = empty();
    for (const id of PART_IDS) {
      const s = partStatus(wb, id);
      expect(s.status, id).toBe('leeg');
      expect(s.missing.length, id).toBeGreaterThan(0);
    }
    expect(partStatus(wb, 'selectie').missing).toContain('werkboek.checks.missing.selection.conclusion');
  });

  it('calls every part of the case example klaar', () => {
    const wb = example();
    expect(wb).not.toBeNull();
    const status = workbookStatus(wb);
    expect(status.steps.flatMap((s) => s.parts.filter((p) => p.status !== 'klaar').map((p) => [p.id, p.missing]))).toEqual([]);
    expect(status).toMatchObject({ status: 'klaar', counts: { leeg: 0, bezig: 0, klaar: PART_IDS.length } });
  });

  it('destep: klaar with findings at 4 of 6 factors, each a kans or bedreiging', () => {
    const wb = empty();
    const f = (id: string, effect: 'kans' | 'bedreiging' | null = 'kans') => [{ id, text: `Ontwikkeling ${id}`, effect }];
    wb.destep.demografisch = f('a');
    wb.destep.economisch = f('b');
    wb.destep.technologisch = f('c', 'bedreiging');
    expect(partStatus(wb, 'destep')).toEqual({ status: 'bezig', missing: ['werkboek.checks.missing.destep.few'] });
    wb.destep.ecologisch = f('d', null);
    expect(partStatus(wb, 'destep')).toEqual({ status: 'bezig', missing: ['werkboek.checks.missing.destep.effect'] });
    wb.destep.ecologisch = f('d', 'bedreiging');
    expect(partStatus(wb, 'destep')).toEqual({ status: 'klaar', missing: [] });
    // A finding without text does not count, and need not be marked.
    wb.destep['politiek-juridisch'] = [{ id: 'e', text: '   ', effect: null }];
    expect(partStatus(wb, 'destep').status).toBe('klaar');
  });

  it('selectie: klaar when every criterion has a score and the texts are written', () => {
    const wb = empty();
    wb.selection.scores.omzet.score = 4;
    expect(partStatus(wb, 'selectie').status).toBe('bezig');
    for (const c of Object.values(wb.selection.scores)) c.score = 3;
    wb.selection.benefit = 'Advies over veilig werken';
    wb.selection.dependence = 'Wij leveren snel, zij kopen veel';
    expect(partStatus(wb, 'selectie')).toEqual({ status: 'bezig', missing: ['werkboek.checks.missing.selection.conclusion'] });
    wb.selection.conclusion = 'Hendriks is een goede account.';
    expect(partStatus(wb, 'selectie').status).toBe('klaar');
  });

  it('doelen: klaar when there is a goal and every goal is SMART', () => {
    const wb = empty();
    expect(partStatus(wb, 'doelen').missing).toContain('werkboek.checks.missing.goals.none');
    const goal = { id: 'g1', text: 'We willen meer verkopen aan Hendriks.', kind: null, acceptable: '', realistic: '' };
    wb.plan.goals = [goal];
    expect(partStatus(wb, 'doelen')).toEqual({ status: 'bezig', missing: ['werkboek.checks.missing.goals.smart'] });
    wb.plan.goals = [{ ...goal, text: 'In 2026 stijgt de omzet bij Hendriks van € 186.000 naar € 210.000, vooral door werkhandschoenen.', acceptable: 'Karim en Ellen zijn akkoord.', realistic: 'De test maakt het haalbaar.' }];
    expect(partStatus(wb, 'doelen').status).toBe('klaar');
  });

  it('confrontatie: an option whose strength was deleted is no longer complete', () => {
    const wb = example();
    expect(partStatus(wb, 'confrontatie').status).toBe('klaar');
    const used = wb.confrontation.options[0]!.internal!;
    wb.internal.strengths = wb.internal.strengths.filter((s) => s.id !== used);
    wb.internal.weaknesses = wb.internal.weaknesses.filter((s) => s.id !== used);
    expect(partStatus(wb, 'confrontatie').missing).toContain('werkboek.checks.missing.confrontation.incomplete');
  });

  it('performance: needs two years, the last year’s total spend and the cost to serve', () => {
    const wb = empty();
    wb.accountAnalysis.performance = [{ id: 'a', year: 2025, revenue: 186000, grossMargin: 59500, totalSpend: null }];
    expect(partStatus(wb, 'performance')).toEqual({
      status: 'bezig',
      missing: ['werkboek.checks.missing.performance.years', 'werkboek.checks.missing.performance.spend', 'werkboek.checks.missing.performance.costToServe'],
    });
    wb.accountAnalysis.performance.unshift({ id: 'b', year: 2024, revenue: 168000, grossMargin: 53800, totalSpend: null });
    wb.accountAnalysis.performance[1]!.totalSpend = 310000;
    wb.accountAnalysis.performance.push({ id: 'c', year: 2026, revenue: null, grossMargin: null, totalSpend: null });
    wb.accountAnalysis.costToServe = 16500;
    expect(partStatus(wb, 'performance')).toEqual({ status: 'klaar', missing: [] });
  });
});

describe('stepStatus and workbookStatus', () => {
  it('counts parts per status, per step and over the workbook', () => {
    const wb = empty();
    wb.company = { name: 'Veldkamp', place: 'Apeldoorn', sector: 'Werkkleding', offer: 'Kleding en pbm', customers: 'Bouw en zorg', size: '45 medewerkers' };
    wb.account.name = 'Hendriks';
    const one = stepStatus(wb, 1);
    expect(one).toMatchObject({ step: 1, status: 'bezig', counts: { klaar: 1, bezig: 1, leeg: 1 } });
    expect(one.parts.map((p) => [p.id, p.status])).toEqual([['bedrijf', 'klaar'], ['account', 'bezig'], ['selectie', 'leeg']]);
    expect(stepStatus(wb, STEPS[1])).toMatchObject({ step: 2, status: 'leeg' });
    const all = workbookStatus(wb);
    expect(all.status).toBe('bezig');
    expect(all.counts).toEqual({ klaar: 1, bezig: 1, leeg: PART_IDS.length - 2 });
    expect(all.steps).toHaveLength(6);
    expect(workbookStatus(empty()).status).toBe('leeg');
  });
});

describe('strings', () => {
  it('has a Dutch text for every missing-thing key and every status, and no unused missing-thing key', () => {
    const found = new Set<string>();
    const wbs = [empty(), example()];
    // Break the example in every way the rules know, to reach every key.
    const broken = example();
    broken.destep.demografisch.push({ id: 'x1', text: 'Nog niet gekozen', effect: null });
    broken.meso.afnemers.push({ id: 'x2', text: 'Nog niet gekozen', effect: null });
    broken.confrontation.options.push({ id: 'x3', internal: null, external: null, option: '' });
    broken.accountAnalysis.dmu.push({ id: 'x4', name: '', position: '', roles: [], motive: '', contact: '' });
    broken.accountAnalysis.competitors.push({ id: 'x5', name: '', share: null, strengths: '', weaknesses: '' });
    broken.plan.actions.push({ id: 'x6', action: '', owner: '', date: '', means: '', cost: null, goal: null });
    broken.plan.goals.push({ id: 'x7', text: 'Meer verkopen.', kind: null, acceptable: '', realistic: '' });
    wbs.push(broken);
    for (const wb of wbs) for (const id of PART_IDS) partStatus(wb, id).missing.forEach((key) => found.add(key));
    for (const key of found) expect(checks, key).toHaveProperty([key]);
    const defined = Object.keys(checks).filter((key) => key.startsWith('werkboek.checks.missing.'));
    expect(defined.filter((key) => !found.has(key))).toEqual([]);
    for (const s of ['leeg', 'bezig', 'klaar']) expect(checks).toHaveProperty([`werkboek.checks.status.${s}`]);
  });
});

describe('the case example’s figures', () => {
  it('match the lessons: 60% share of wallet, € 43.000 customer profit, € 49.200 contribution', () => {
    const wb = example();
    expect(yearFigures(wb.accountAnalysis.performance).at(-1)?.sharePercent).toBe(60);
    expect(customerProfit(wb.accountAnalysis).profit).toBe(43000);
    expect(budgetFigures(wb.plan.budget)).toMatchObject({ grossMargin: 67200, contribution: 49200 });
  });
});
