import { describe, expect, it } from 'vitest';
import { emptyWorkbook, newId, parseWorkbook, workbookSchema } from '../../src/lib/werkboek/model';

const NOW = new Date('2026-11-27T10:00:00Z');

describe('werkboek model', () => {
  it('makes an empty workbook with every part present', () => {
    const wb = emptyWorkbook('abc12345', 'Mijn stagebedrijf', NOW);
    expect(wb.company.name).toBe('');
    expect(wb.selection.scores.omzet).toEqual({ score: null, note: '' });
    expect(wb.destep['politiek-juridisch']).toEqual([]);
    expect(wb.meso.afnemers).toEqual([]);
    expect(wb.accountAnalysis.processes.logistiek).toBe('');
    expect(wb.plan.budget).toEqual({ revenue: null, marginPercent: null, costs: [] });
    expect(wb.createdAt).toBe(NOW.toISOString());
  });

  it('fills in missing parts of a stored workbook and drops unknown fields', () => {
    const { destep: _d, ...rest } = emptyWorkbook('abc12345', 'Werkboek', NOW);
    const parsed = parseWorkbook({ ...rest, destep: { economisch: [{ id: 'a1', text: 'Lonen stijgen' }] }, unknownField: 1 });
    expect(parsed?.destep.economisch).toEqual([{ id: 'a1', text: 'Lonen stijgen', effect: null }]);
    expect(parsed?.destep.demografisch).toEqual([]);
    expect(parsed && 'unknownField' in parsed).toBe(false);
  });

  it('refuses a workbook with a bad id, an empty title, a score out of range or too long a text', () => {
    const wb = emptyWorkbook('abc12345', 'Werkboek', NOW);
    expect(parseWorkbook({ ...wb, id: 'Not OK' })).toBeNull();
    expect(parseWorkbook({ ...wb, title: '' })).toBeNull();
    expect(parseWorkbook({ ...wb, selection: { scores: { omzet: { score: 6 } } } })).toBeNull();
    expect(parseWorkbook({ ...wb, plan: { vision: 'x'.repeat(5000) } })).toBeNull();
    expect(parseWorkbook({ ...wb, v: 2 })).toBeNull();
    expect(parseWorkbook('nonsense')).toBeNull();
  });

  it('makes ids the schema accepts', () => {
    for (let i = 0; i < 50; i++) expect(workbookSchema.shape.id.safeParse(newId()).success).toBe(true);
    expect(newId(() => 0)).toBe('00000000');
  });
});
