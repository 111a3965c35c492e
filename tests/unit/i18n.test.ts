import { describe, expect, it } from 'vitest';
import nl from '../../src/i18n/nl.json';
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
