import { describe, expect, it } from 'vitest';
import { emptyWorkbook } from '../../src/lib/werkboek/model';
import {
  buildWorkbookExport, decodeWorkbook, MAX_WORKBOOK_FILE_BYTES, serialiseWorkbookExport, slugify, validateWorkbookImport, workbookFileName,
} from '../../src/lib/werkboek/transfer';
import { buildExport, serialiseExport } from '../../src/lib/progress/transfer';
import checks from '../../src/i18n/nl/werkboek-checks.json';

const NOW = new Date('2026-11-27T10:00:00.000Z');
const wb = () => {
  const w = emptyWorkbook('abc12345', 'Stage bij Café Één', NOW);
  w.company.name = 'Café Één';
  w.plan.vision = 'Samen met de klant groeien.';
  w.destep.economisch = [{ id: 'f1', text: 'Lonen stijgen', effect: 'bedreiging' }];
  return w;
};
const file = (over: Record<string, unknown> = {}) => JSON.stringify({ ...buildWorkbookExport(wb(), NOW), ...over });

describe('export', () => {
  it('wraps one workbook with app, kind, format and date', () => {
    expect(buildWorkbookExport(wb(), NOW)).toEqual({ app: 'accountmanagement-interactief', kind: 'werkboek', format: 1, exportedAt: NOW.toISOString(), workbook: wb() });
  });
  it('names the file after the title and the student’s date', () => {
    expect(workbookFileName(wb(), new Date(2026, 0, 5, 23, 59))).toBe('werkboek-stage-bij-cafe-een-2026-01-05.json');
    expect(workbookFileName({ title: '!!!' }, new Date(2026, 10, 27))).toBe('werkboek-werkboek-2026-11-27.json');
    expect(slugify('Hendriks B.V. — 2026/2027')).toBe('hendriks-b-v-2026-2027');
    expect(slugify('x'.repeat(30) + ' ' + 'y'.repeat(30))).toBe('x'.repeat(30) + '-' + 'y'.repeat(9));
  });
  it('round-trips: what is saved loads again, word for word', () => {
    const text = serialiseWorkbookExport(buildWorkbookExport(wb(), NOW));
    expect(validateWorkbookImport(text, text.length)).toEqual({ ok: true, workbook: wb(), exportedAt: NOW.toISOString() });
  });
});

describe('import refuses, with a reason and a Dutch message', () => {
  const progressFile = serialiseExport(buildExport({ 'am:gelezen:2.4': JSON.stringify({ v: 1, readAt: NOW.toISOString() }) }, NOW));
  it.each([
    ['', 'empty'],
    ['  \n', 'empty'],
    ['{"app":', 'json'],
    ['[1]', 'notWorkbook'],
    ['"werkboek"', 'notWorkbook'],
    ['{"workbook":{}}', 'notWorkbook'],
    [progressFile, 'isProgressFile'],
    [file({ app: 'iets-anders' }), 'wrongApp'],
    [file({ kind: 'voortgang' }), 'notWorkbook'],
    [file({ format: '1' }), 'notWorkbook'],
    [file({ format: 0 }), 'notWorkbook'],
    [file({ format: 2 }), 'newerFormat'],
    [file({ workbook: { ...wb(), v: 2 } }), 'newerFormat'],
    [file({ workbook: null }), 'invalid'],
    [file({ workbook: [] }), 'invalid'],
    [file({ workbook: { ...wb(), title: '' } }), 'invalid'],
    [file({ workbook: { ...wb(), plan: { vision: 'x'.repeat(5000) } } }), 'invalid'],
    [file({ workbook: { ...wb(), id: '../../etc' } }), 'invalid'],
  ])('%#: %s…', (text, problem) => {
    const result = validateWorkbookImport(text, text.length);
    expect(result).toMatchObject({ ok: false, problem, key: `werkboek.checks.import.${problem}` });
  });

  it('a file that is too big', () => {
    expect(validateWorkbookImport(file(), MAX_WORKBOOK_FILE_BYTES + 1)).toMatchObject({ ok: false, problem: 'tooBig' });
  });

  it('every message exists and ends with “Er is niets veranderd.”', () => {
    for (const problem of ['empty', 'tooBig', 'json', 'notWorkbook', 'isProgressFile', 'wrongApp', 'newerFormat', 'invalid', 'readFailed']) {
      const text = (checks as Record<string, string>)[`werkboek.checks.import.${problem}`];
      expect(text, problem).toMatch(/Er is niets veranderd\.$/);
    }
    expect(checks['werkboek.checks.import.isProgressFile']).toContain('/voortgang/');
  });

  it('fills in defaults and drops unknown fields of an older or hand-edited file', () => {
    const { destep: _d, ...rest } = wb();
    const result = validateWorkbookImport(file({ workbook: { ...rest, extra: 'x' } }));
    expect(result.ok && result.workbook.destep.economisch).toEqual([]);
    expect(result.ok && 'extra' in result.workbook).toBe(false);
  });

  it('never throws, over thousands of corrupted files', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const valid = file();
    let accepted = 0;
    for (let i = 0; i < 2000; i++) {
      const chars = [...valid];
      for (let e = 0; e < 1 + Math.floor(rnd() * 4); e++) {
        const at = Math.floor(rnd() * chars.length);
        if (rnd() < 0.5) chars.splice(at, 1 + Math.floor(rnd() * 10));
        else chars.splice(at, 0, ['{', '}', '"', ',', '1e999', 'null', '💥'][Math.floor(rnd() * 7)]!);
      }
      let result: ReturnType<typeof validateWorkbookImport> | undefined;
      expect(() => (result = validateWorkbookImport(chars.join('')))).not.toThrow();
      if (result!.ok) {
        accepted++;
        expect(decodeWorkbook(JSON.stringify(result!.workbook))?.ok).toBe(true);
      }
    }
    expect(accepted).toBeGreaterThan(0);
    for (const input of [undefined, null, 42, {}, [], Symbol('x')]) expect(() => validateWorkbookImport(input)).not.toThrow();
  });
});
