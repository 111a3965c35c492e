// How far a workbook is, for the overview and the printed document: per part 'leeg' (nothing
// filled in yet), 'klaar' (everything below is there) or 'bezig' (in between), with what is
// still missing as keys in werkboek-checks.json ("werkboek.checks.missing.*").
//
// When a part is klaar (a text counts when it is not only spaces):
// - bedrijf: name, place, sector, offer, customers and size of the company.
// - account: name, place, sector, relation and contact person of the account.
// - selectie: every criterion has a score; benefit, dependence and conclusion are written.
// - destep: at least 4 of the 6 factors have a finding, and every finding is a kans or bedreiging.
// - meso: each of the four ABCD parts has a finding, and every finding is a kans or bedreiging.
// - sterktes / zwaktes: at least 3 strengths / 3 weaknesses.
// - confrontatie: at least 2 options; each links a strength or weakness to a kans or bedreiging
//   that still exist, and has the option written.
// - keuze: the choice is written.
// - producten: written. profiel: all four parts written.
// - dmu: at least 2 people, each with a name, a role and a motive, and one of them is beslisser.
// - performance: at least 2 years with revenue and gross margin, the total spend of the latest
//   of those years (for share of wallet) and the cost to serve (for customer profit).
// - concurrenten: at least 1, each with a name, strengths and weaknesses.
// - processen: at least 4 of the 6 processes written.
// - account-swot: each of the four lists has at least one item.
// - visie: written. samenvatting: written.
// - doelen: at least 1 goal, and every goal passes all five SMART letters (smart.ts).
// - strategie: an Ansoff direction, the strategy and the relationship written.
// - actieplan: at least 2 actions, each with what, who and when.
// - budget: revenue, margin % and at least one cost line with an amount.
// - evaluatie: at least 1 KPI with its norm, and the evaluation moments written.
import { confrontationKind } from './compute';
import { DESTEP_FACTORS, MESO_PARTS, PROCESSES, SELECTION_CRITERIA, STEPS, type PartId, type Workbook } from './model';
import { isSmart } from './smart';

export type Status = 'leeg' | 'bezig' | 'klaar';
export interface PartStatus {
  status: Status;
  /** Keys in werkboek-checks.json naming what is still missing; empty when klaar. */
  missing: string[];
}
export interface StepStatus {
  step: number;
  status: Status;
  parts: { id: PartId; status: Status; missing: string[] }[];
  /** Parts of this step per status. */
  counts: Record<Status, number>;
}
export interface WorkbookStatus {
  status: Status;
  steps: StepStatus[];
  /** Parts per status over the whole workbook. */
  counts: Record<Status, number>;
}

const has = (s: string | null | undefined) => typeof s === 'string' && s.trim() !== '';
const known = (n: number | null | undefined) => typeof n === 'number' && Number.isFinite(n);
const M = (key: string) => `werkboek.checks.missing.${key}`;

/** `started`: did the student fill in anything here; `missing`: what keeps it from klaar. */
interface Check {
  started: boolean;
  missing: string[];
}
/** Adds `key` to the missing list when `ok` is false. */
function need(list: [ok: boolean, key: string][]): string[] {
  return list.filter(([ok]) => !ok).map(([, key]) => M(key));
}
const fields = <T extends Record<string, unknown>>(obj: T, keys: (keyof T & string)[], prefix: string): Check => ({
  started: keys.some((k) => has(obj[k] as string)),
  missing: need(keys.map((k) => [has(obj[k] as string), `${prefix}.${k}`])),
});
const single = (text: string, key: string): Check => ({ started: has(text), missing: need([[has(text), key]]) });

function findingsCheck(groups: { text: string; effect: string | null }[][], minGroups: number, prefix: string): Check {
  const written = groups.map((g) => g.filter((f) => has(f.text)));
  const filledGroups = written.filter((g) => g.length > 0).length;
  const unmarked = written.flat().some((f) => f.effect === null);
  return {
    started: filledGroups > 0,
    missing: need([
      [filledGroups >= minGroups, `${prefix}.few`],
      [!unmarked, `${prefix}.effect`],
    ]),
  };
}

const CHECKS: Record<PartId, (wb: Workbook) => Check> = {
  bedrijf: (wb) => fields(wb.company, ['name', 'place', 'sector', 'offer', 'customers', 'size'], 'company'),
  account: (wb) => fields(wb.account, ['name', 'place', 'sector', 'relation', 'contact'], 'account'),
  selectie(wb) {
    const s = wb.selection;
    const scores = SELECTION_CRITERIA.map((c) => s.scores[c]);
    return {
      started: scores.some((x) => x.score !== null || has(x.note)) || has(s.benefit) || has(s.dependence) || has(s.conclusion),
      missing: need([
        [scores.every((x) => x.score !== null), 'selection.scores'],
        [has(s.benefit), 'selection.benefit'],
        [has(s.dependence), 'selection.dependence'],
        [has(s.conclusion), 'selection.conclusion'],
      ]),
    };
  },
  destep: (wb) => findingsCheck(DESTEP_FACTORS.map((f) => wb.destep[f]), 4, 'destep'),
  meso: (wb) => findingsCheck(MESO_PARTS.map((p) => wb.meso[p]), MESO_PARTS.length, 'meso'),
  sterktes(wb) {
    const n = wb.internal.strengths.filter((i) => has(i.text)).length;
    return { started: n > 0, missing: need([[n >= 3, 'strengths']]) };
  },
  zwaktes(wb) {
    const n = wb.internal.weaknesses.filter((i) => has(i.text)).length;
    return { started: n > 0, missing: need([[n >= 3, 'weaknesses']]) };
  },
  confrontatie(wb) {
    const options = wb.confrontation.options;
    const complete = (o: (typeof options)[number]) => confrontationKind(wb, o) !== null && has(o.option);
    return {
      started: options.some((o) => o.internal !== null || o.external !== null || has(o.option)),
      missing: need([
        [options.length >= 2, 'confrontation.few'],
        [options.every(complete), 'confrontation.incomplete'],
      ]),
    };
  },
  keuze: (wb) => single(wb.confrontation.choice, 'choice'),
  producten: (wb) => single(wb.accountAnalysis.products, 'products'),
  profiel: (wb) => fields(wb.accountAnalysis.profile, ['companyData', 'market', 'strategy', 'organisation'], 'profile'),
  dmu(wb) {
    const people = wb.accountAnalysis.dmu;
    const complete = people.filter((p) => has(p.name) && p.roles.length > 0 && has(p.motive));
    return {
      started: people.some((p) => has(p.name) || has(p.position) || p.roles.length > 0 || has(p.motive) || has(p.contact)),
      missing: need([
        [people.length >= 2, 'dmu.few'],
        [complete.length === people.length, 'dmu.incomplete'],
        [people.some((p) => p.roles.includes('beslisser')), 'dmu.decider'],
      ]),
    };
  },
  performance(wb) {
    const a = wb.accountAnalysis;
    const rows = a.performance;
    const full = rows.filter((r) => known(r.year) && known(r.revenue) && known(r.grossMargin));
    // The latest year with revenue: an empty row for next year does not count yet.
    const last = [...full].sort((a, b) => b.year! - a.year!)[0];
    return {
      started: rows.some((r) => known(r.year) || known(r.revenue) || known(r.grossMargin) || known(r.totalSpend)) || known(a.costToServe),
      missing: need([
        [full.length >= 2, 'performance.years'],
        [known(last?.totalSpend), 'performance.spend'],
        [known(a.costToServe), 'performance.costToServe'],
      ]),
    };
  },
  concurrenten(wb) {
    const list = wb.accountAnalysis.competitors;
    return {
      started: list.some((c) => has(c.name) || has(c.strengths) || has(c.weaknesses) || known(c.share)),
      missing: need([
        [list.length >= 1, 'competitors.none'],
        [list.every((c) => has(c.name) && has(c.strengths) && has(c.weaknesses)), 'competitors.incomplete'],
      ]),
    };
  },
  processen(wb) {
    const n = PROCESSES.filter((p) => has(wb.accountAnalysis.processes[p])).length;
    return { started: n > 0, missing: need([[n >= 4, 'processes']]) };
  },
  'account-swot'(wb) {
    const s = wb.accountAnalysis.swot;
    const lists = { strengths: s.strengths, weaknesses: s.weaknesses, opportunities: s.opportunities, threats: s.threats };
    const counts = Object.entries(lists).map(([k, items]) => [k, items.filter((i) => has(i.text)).length] as const);
    return { started: counts.some(([, n]) => n > 0), missing: need(counts.map(([k, n]) => [n > 0, `accountSwot.${k}`])) };
  },
  visie: (wb) => single(wb.plan.vision, 'vision'),
  doelen(wb) {
    const goals = wb.plan.goals;
    return {
      started: goals.some((g) => has(g.text) || has(g.acceptable) || has(g.realistic)),
      missing: need([
        [goals.length >= 1, 'goals.none'],
        [goals.every((g) => isSmart(g)), 'goals.smart'],
      ]),
    };
  },
  strategie(wb) {
    const s = wb.plan.strategy;
    return {
      started: s.ansoff !== null || has(s.text) || has(s.relationship),
      missing: need([
        [s.ansoff !== null, 'strategy.ansoff'],
        [has(s.text), 'strategy.text'],
        [has(s.relationship), 'strategy.relationship'],
      ]),
    };
  },
  actieplan(wb) {
    const actions = wb.plan.actions;
    return {
      started: actions.some((a) => has(a.action) || has(a.owner) || has(a.date) || has(a.means) || known(a.cost)),
      missing: need([
        [actions.length >= 2, 'actions.few'],
        [actions.every((a) => has(a.action) && has(a.owner) && has(a.date)), 'actions.incomplete'],
      ]),
    };
  },
  budget(wb) {
    const b = wb.plan.budget;
    return {
      started: known(b.revenue) || known(b.marginPercent) || b.costs.some((c) => has(c.label) || known(c.amount)),
      missing: need([
        [known(b.revenue), 'budget.revenue'],
        [known(b.marginPercent), 'budget.margin'],
        [b.costs.some((c) => known(c.amount)), 'budget.costs'],
      ]),
    };
  },
  evaluatie(wb) {
    const e = wb.plan.evaluation;
    return {
      started: e.kpis.some((k) => has(k.kpi) || has(k.norm) || has(k.frequency)) || has(e.moments) || has(e.text),
      missing: need([
        [e.kpis.some((k) => has(k.kpi) && has(k.norm)), 'evaluation.kpis'],
        [has(e.moments), 'evaluation.moments'],
      ]),
    };
  },
  samenvatting: (wb) => single(wb.plan.summary, 'summary'),
};

/** Every part id, in the order of the steps. */
export const PART_IDS: readonly PartId[] = STEPS.flatMap((s) => [...s.parts]);

export function partStatus(wb: Workbook, partId: PartId): PartStatus {
  const check = CHECKS[partId](wb);
  if (check.missing.length === 0) return { status: 'klaar', missing: [] };
  return { status: check.started ? 'bezig' : 'leeg', missing: check.missing };
}

function combine(statuses: Status[]): { status: Status; counts: Record<Status, number> } {
  const counts: Record<Status, number> = { leeg: 0, bezig: 0, klaar: 0 };
  for (const s of statuses) counts[s]++;
  const status: Status = counts.klaar === statuses.length ? 'klaar' : counts.leeg === statuses.length ? 'leeg' : 'bezig';
  return { status, counts };
}

export function stepStatus(wb: Workbook, step: (typeof STEPS)[number] | number): StepStatus {
  const def = typeof step === 'number' ? STEPS.find((s) => s.step === step) : step;
  if (!def) throw new RangeError(`stepStatus: no step ${String(step)}`);
  const parts = def.parts.map((id) => ({ id, ...partStatus(wb, id) }));
  return { step: def.step, parts, ...combine(parts.map((p) => p.status)) };
}

export function workbookStatus(wb: Workbook): WorkbookStatus {
  const steps = STEPS.map((s) => stepStatus(wb, s));
  return { steps, ...combine(steps.flatMap((s) => s.parts.map((p) => p.status))) };
}
