// The werkboek content: the six steps (content/werkboek/stappen.yaml) match the workbook model
// and point at lessons that exist, their texts are B1, and the case example
// (content/werkboek/voorbeeld.yaml) is a complete workbook whose names and figures agree with
// the case file and the lessons it comes from.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { loadContent, root } from '../helpers/load-content';
import { werkboekStepsSchema } from '../../src/schemas';
import { DMU_ROLES, STEPS, workbookSchema, type Workbook } from '../../src/lib/werkboek/model';
import { budgetFigures, confrontationKind, yearFigures } from '../../src/lib/werkboek/compute';
import { partStatus } from '../../src/lib/werkboek/status';
import { smartCheck } from '../../src/lib/werkboek/smart';

const read = (file: string) => yaml.load(readFileSync(join(root, 'content', file), 'utf8'));
const { input, caseData } = loadContent();

const stepsParsed = werkboekStepsSchema.safeParse(read('werkboek/stappen.yaml'));
const rawExample = read('werkboek/voorbeeld.yaml');
const exampleParsed = workbookSchema.safeParse(rawExample);
// On a parse failure the first test of each file says why; the others then fail on the empty value.
const steps = stepsParsed.data?.steps ?? [];
const example = (exampleParsed.data ?? {}) as Workbook;

/** Words per sentence of a plain text. */
function sentenceLengths(text: string): number[] {
  return text
    .split(/(?<=[.!?:])\s+/)
    .map((s) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length)
    .filter((n) => n > 0);
}
const average = (ns: number[]) => ns.reduce((a, b) => a + b, 0) / ns.length;

/** Every string in a value, deep. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Paths of keys in `raw` that the parsed value does not have: zod/mini drops unknown keys, so a typo would vanish silently. */
function droppedKeys(raw: unknown, parsed: unknown, path = ''): string[] {
  if (Array.isArray(raw)) return raw.flatMap((item, i) => droppedKeys(item, (parsed as unknown[])?.[i], `${path}[${i}]`));
  if (raw && typeof raw === 'object') {
    return Object.entries(raw).flatMap(([key, value]) =>
      parsed && typeof parsed === 'object' && key in parsed ? droppedKeys(value, (parsed as Record<string, unknown>)[key], `${path}.${key}`) : [`${path}.${key}`],
    );
  }
  return [];
}

/** A Dutch euro amount as the lessons write it: 49200 → "€ 49.200". */
const euro = (n: number) => `€ ${n.toLocaleString('nl-NL')}`;
const lessonBody = (section: string) => input.lessons.find((l) => l.data.section === section)!.body;

describe('content/werkboek/stappen.yaml', () => {
  it('parses with werkboekStepsSchema', () => {
    expect(stepsParsed.error?.issues ?? []).toEqual([]);
  });

  it('has the steps and part ids of STEPS, in order', () => {
    expect(steps.map((s) => s.step)).toEqual(STEPS.map((s) => s.step));
    expect(steps.map((s) => s.parts.map((p) => p.id))).toEqual(STEPS.map((s) => [...s.parts]));
  });

  it('points every part at lessons that exist', () => {
    const sections = new Set(input.lessons.map((l) => l.data.section));
    const missing = steps.flatMap((s) => s.parts.flatMap((p) => p.lessons.filter((n) => !sections.has(n)).map((n) => `${p.id}: ${n}`)));
    expect(missing).toEqual([]);
    expect(steps.flatMap((s) => s.parts).filter((p) => p.lessons.length === 0).map((p) => p.id), 'parts without a lesson').toEqual([]);
  });

  it('writes B1: on average at most 15 words a sentence, per step and in every instruction', () => {
    const count = (text: string) => text.split(/(?<=[.!?])\s+/).length;
    for (const step of steps) {
      const texts = [step.intro, ...step.parts.flatMap((p) => [p.instruction, p.tip, p.exampleNote].filter((t): t is string => !!t))];
      expect(average(texts.flatMap(sentenceLengths)), `step ${step.step}`).toBeLessThanOrEqual(15);
      for (const part of step.parts) {
        expect(average(sentenceLengths(part.instruction)), `instruction of ${part.id}`).toBeLessThanOrEqual(15);
        expect(count(part.instruction), `instruction of ${part.id}: one or two sentences`).toBeLessThanOrEqual(2);
        if (part.tip) expect(count(part.tip), `tip of ${part.id}: one or two sentences`).toBeLessThanOrEqual(2);
        if (part.exampleNote) expect(count(part.exampleNote), `exampleNote of ${part.id}: one sentence`).toBe(1);
      }
    }
  });

  it('addresses the student as "je"', () => {
    for (const step of steps) for (const part of step.parts) expect(part.instruction, part.id).not.toMatch(/\b(u|uw)\b/i);
  });
});

describe('content/werkboek/voorbeeld.yaml', () => {
  it('parses with workbookSchema and has no unknown fields', () => {
    expect(exampleParsed.error?.issues ?? []).toEqual([]);
    expect(droppedKeys(rawExample, example)).toEqual([]);
    expect(example.id).toBe('voorbeeld');
    expect(example.title).toBe('Voorbeeld: Veldkamp en Hendriks');
  });

  it('fills every part', () => {
    const parts = STEPS.flatMap((s) => s.parts);
    expect(parts.map((id) => [id, partStatus(example, id).status, partStatus(example, id).missing])).toEqual(parts.map((id) => [id, 'klaar', []]));
  });

  it('uses every id once', () => {
    const ids: string[] = [];
    const walk = (v: unknown) => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        if ('id' in v && typeof v.id === 'string') ids.push(v.id);
        Object.values(v).forEach(walk);
      }
    };
    walk({ ...example, id: undefined });
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('marks every finding as kans or bedreiging', () => {
    const findings = [...Object.values(example.destep), ...Object.values(example.meso)].flat();
    expect(findings.filter((f) => f.effect === null).map((f) => f.id)).toEqual([]);
    for (const [factor, list] of Object.entries(example.destep)) expect(list.length, factor).toBeGreaterThan(0);
    for (const [part, list] of Object.entries(example.meso)) expect(list.length, part).toBeGreaterThan(0);
  });

  it('links every confrontation option to a strength or weakness and a kans or bedreiging that exist', () => {
    const internal = new Set([...example.internal.strengths, ...example.internal.weaknesses].map((i) => i.id));
    const external = new Set([...Object.values(example.destep), ...Object.values(example.meso)].flat().map((f) => f.id));
    for (const option of example.confrontation.options) {
      expect(internal.has(option.internal ?? ''), `${option.id}.internal ${option.internal}`).toBe(true);
      expect(external.has(option.external ?? ''), `${option.id}.external ${option.external}`).toBe(true);
    }
    // All four kinds of option of lesson 2.11: strength or weakness, against kans or bedreiging.
    const kinds = new Set(example.confrontation.options.map((o) => confrontationKind(example, o)));
    expect([...kinds].sort()).toEqual(['aanvallen', 'terugtrekken', 'verdedigen', 'versterken']);
  });

  it('names the case company and the account as the case file does', () => {
    const data = caseData as { company: { name: string; place: string }; accounts: { id: string; name: string; place: string; sector: string }[] };
    const hendriks = data.accounts.find((a) => a.id === 'hendriks')!;
    expect(example.company.name).toBe(data.company.name);
    expect(example.company.place).toBe(data.company.place);
    expect([example.account.name, example.account.place, example.account.sector]).toEqual([hendriks.name, hendriks.place, hendriks.sector]);
    const text = strings(example).join(' ');
    for (const name of ['Petra Smit', 'Marco Hendriks', 'Johan Wolters']) expect(text).toContain(name);
  });

  it('has the figures of Hendriks of the case file (lesson 3.4)', () => {
    const figures = (caseData as { figures: { hendriks: { year: number; turnover: number; grossMargin: number; totalSpend: number }[] } }).figures.hendriks;
    expect(example.accountAnalysis.performance.map(({ year, revenue, grossMargin, totalSpend }) => ({ year, turnover: revenue, grossMargin, totalSpend }))).toEqual(figures);
    expect(example.accountAnalysis.costToServe).toBe(16500);
    expect(lessonBody('3.4')).toContain(euro(16500));
  });

  it('computes the growth, margin and share of wallet of lesson 3.4', () => {
    const years = yearFigures(example.accountAnalysis.performance);
    const round = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);
    expect(years.map((y) => [y.year, round(y.growthPercent), round(y.marginPercent), round(y.sharePercent)])).toEqual([
      [2023, null, 31, 57.4],
      [2024, 10.5, 32, 60],
      [2025, 10.7, 32, 60],
    ]);
  });

  it('gives the competitors the shares of lesson 3.5, adding up to 100% with Veldkamp', () => {
    const last = example.accountAnalysis.performance.at(-1)!;
    const own = (last.revenue! / last.totalSpend!) * 100;
    const shares = example.accountAnalysis.competitors.map((c) => c.share!);
    expect(own + shares.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 0);
    for (const share of shares) expect(lessonBody('3.5')).toContain(`${share.toFixed(1).replace('.', ',')}%`);
  });

  it('names every DMU role of lesson 2.6 at least once', () => {
    const roles = new Set(example.accountAnalysis.dmu.flatMap((p) => p.roles));
    expect([...roles].sort()).toEqual([...DMU_ROLES].sort());
  });

  it('has the budget of lesson 4.11: contribution € 49.200', () => {
    const { budget } = example.plan;
    expect([budget.revenue, budget.marginPercent]).toEqual([210000, 32]);
    expect(budget.costs.map((c) => c.amount)).toEqual([8400, 1200, 1500, 4200, 2700]);
    const total = budget.costs.reduce((a, c) => a + c.amount!, 0);
    const contribution = (budget.revenue! * budget.marginPercent!) / 100 - total;
    expect(contribution).toBe(49200);
    const body = lessonBody('4.11');
    for (const n of [budget.revenue!, 67200, ...budget.costs.map((c) => c.amount!), total, contribution]) expect(body).toContain(euro(n));
    const computed = budgetFigures(budget);
    expect([computed.grossMargin, computed.totalCosts, computed.contribution]).toEqual([67200, 18000, 49200]);
    expect(computed.contributionPercent).toBeCloseTo(23.4, 1);
  });

  it('takes every budget cost but the student’s own time from the action plan (lesson 4.10)', () => {
    const actionCosts = example.plan.actions.reduce((a, x) => a + (x.cost ?? 0), 0);
    const time = example.plan.budget.costs.find((c) => c.id === 'k-tijd')!.amount!;
    const total = example.plan.budget.costs.reduce((a, c) => a + c.amount!, 0);
    expect(actionCosts).toBe(total - time);
  });

  it('links every action to a goal that exists', () => {
    const goals = new Set(example.plan.goals.map((g) => g.id));
    expect(example.plan.actions.filter((a) => !goals.has(a.goal ?? '')).map((a) => a.id)).toEqual([]);
  });

  it('has SMART goals, of both kinds, with the revenue goal of lesson 4.8', () => {
    for (const goal of example.plan.goals) {
      expect(smartCheck(goal).filter((r) => !r.ok).map((r) => r.letter), goal.id).toEqual([]);
    }
    expect(new Set(example.plan.goals.map((g) => g.kind))).toEqual(new Set(['kwalitatief', 'kwantitatief']));
    const body = lessonBody('4.8');
    expect(example.plan.goals[0]!.text).toContain(euro(210000));
    expect(body).toContain(euro(210000));
    expect(body).toContain('12,9%');
    expect(example.plan.goals[0]!.text).toContain('12,9%');
    expect(example.plan.strategy.ansoff).not.toBeNull();
  });

  it('writes B1: on average at most 15 words a sentence', () => {
    const prose = strings(example).filter((s) => /[.!?]$/.test(s.trim()));
    expect(average(prose.flatMap(sentenceLengths))).toBeLessThanOrEqual(15);
    const long = prose.filter((s) => Math.max(...sentenceLengths(s)) > 22);
    expect(long, 'sentences over 22 words').toEqual([]);
  });
});
