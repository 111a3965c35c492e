import { describe, expect, it } from 'vitest';
import { strings as nl } from '../../src/i18n';
import { t } from '../../src/i18n';

describe('t', () => {
  it('fills placeholders, with Dutch number formatting', () => {
    expect(t('glossary.count', { count: 1234 })).toBe('1.234 begrippen');
    expect(t('lesson.sectionLabel', { number: '1.10' })).toBe('Paragraaf 1.10');
  });
  it('throws when a placeholder has no value, so no "{count}" reaches a student', () => {
    expect(() => t('glossary.count')).toThrow(/missing value for \{count\}/);
  });
  it('has no empty strings', () => {
    expect(Object.entries(nl).filter(([, v]) => !v.trim())).toEqual([]);
  });
});

describe('string files', () => {
  it('never define the same key twice', async () => {
    const files = Object.values(import.meta.glob<Record<string, string>>('../../src/i18n/nl/*.json', { eager: true, import: 'default' }));
    expect(files.length).toBeGreaterThanOrEqual(4);
    const seen = new Map<string, number>();
    for (const file of files) for (const key of Object.keys(file)) seen.set(key, (seen.get(key) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1)).toEqual([]);
  });
});
