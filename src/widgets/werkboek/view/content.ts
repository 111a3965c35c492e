// Which part of a workbook holds what, for the views and the document: a part "has content"
// when anything in its slice of the workbook is written or filled in.
import type { PartId, Workbook } from '../../../lib/werkboek/model';
import { swotFromWorkbook } from '../../../lib/werkboek/compute';

/** True when a value holds any text that is not blank, or any number. Ids and booleans do not count. */
export function hasContent(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.some(hasContent);
  if (value && typeof value === 'object') return Object.entries(value).some(([key, v]) => key !== 'id' && hasContent(v));
  return false;
}

/** The data one part shows. The confrontation also shows the SWOT that steps 2 and 3 fill. */
export function partData(wb: Workbook, part: PartId): unknown {
  switch (part) {
    case 'bedrijf': return wb.company;
    case 'account': return wb.account;
    case 'selectie': return wb.selection;
    case 'destep': return wb.destep;
    case 'meso': return wb.meso;
    case 'sterktes': return wb.internal.strengths;
    case 'zwaktes': return wb.internal.weaknesses;
    case 'confrontatie': {
      const swot = swotFromWorkbook(wb);
      return [wb.confrontation.options.map((o) => o.option), swot.strengths, swot.weaknesses, swot.opportunities, swot.threats];
    }
    case 'keuze': return wb.confrontation.choice;
    case 'producten': return wb.accountAnalysis.products;
    case 'profiel': return wb.accountAnalysis.profile;
    case 'dmu': return wb.accountAnalysis.dmu;
    case 'performance': return [wb.accountAnalysis.performance.map(({ year: _year, ...row }) => row), wb.accountAnalysis.costToServe];
    case 'concurrenten': return wb.accountAnalysis.competitors;
    case 'processen': return wb.accountAnalysis.processes;
    case 'account-swot': return wb.accountAnalysis.swot;
    case 'visie': return wb.plan.vision;
    case 'doelen': return wb.plan.goals.map((g) => [g.text, g.acceptable, g.realistic]);
    case 'strategie': return [wb.plan.strategy.text, wb.plan.strategy.relationship, wb.plan.strategy.ansoff];
    case 'actieplan': return wb.plan.actions.map(({ goal: _goal, ...a }) => a);
    case 'budget': return wb.plan.budget;
    case 'evaluatie': return wb.plan.evaluation;
    case 'samenvatting': return wb.plan.summary;
  }
}

export const partHasContent = (wb: Workbook, part: PartId) => hasContent(partData(wb, part));
