import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import {
  daysUntil, decodeExamDate, decodeLastVisit, decodeReadEntry, isExamDate, isSectionNumber, READING_KEYS,
} from '../../src/lib/progress/reading';

const visit = { v: 1, path: '/hoofdstuk-2/destep-analyse/', title: 'DESTEP-analyse', section: '2.4', visitedAt: '2026-11-27T10:00:00.000Z' };

describe('reading entries', () => {
  it('reads a read mark and refuses a broken one', () => {
    expect(decodeReadEntry(JSON.stringify({ v: 1, readAt: '2026-11-27T10:00:00.000Z' }))).toEqual({ ok: true, value: { v: 1, readAt: '2026-11-27T10:00:00.000Z' } });
    expect(decodeReadEntry('{"v":1}')).toEqual({ ok: false, reason: 'invalid' });
    expect(decodeReadEntry('{"v":1,"readAt":"gisteren"}')).toEqual({ ok: false, reason: 'invalid' });
    expect(decodeReadEntry('{"v":2,"readAt":"2026-11-27T10:00:00.000Z"}')).toEqual({ ok: false, reason: 'future' });
    expect(decodeReadEntry('nope')).toEqual({ ok: false, reason: 'json' });
    expect(decodeReadEntry(null)).toBeUndefined();
  });

  it('reads the last visit, and trusts only a path of our own shape', () => {
    expect(decodeLastVisit(JSON.stringify(visit))).toEqual({ ok: true, value: visit });
    for (const path of ['javascript:alert(1)', '//evil.example/', 'https://evil.example/', '/a b/', '/Hoofdstuk/', 'hoofdstuk-1/', '/x/../']) {
      expect(decodeLastVisit(JSON.stringify({ ...visit, path })), path).toEqual({ ok: false, reason: 'invalid' });
    }
    expect(decodeLastVisit(JSON.stringify({ ...visit, section: '2' }))?.ok).toBe(false);
    expect(decodeLastVisit(JSON.stringify({ ...visit, title: '' }))?.ok).toBe(false);
    expect(decodeLastVisit(JSON.stringify({ ...visit, title: 'x'.repeat(201) }))?.ok).toBe(false);
  });

  it('knows a section number', () => {
    expect(['1.1', '2.10', '4.12'].every(isSectionNumber)).toBe(true);
    expect(['1', '1.0', '0.1', '1.1a', ' 1.1', 1.1, null].some(isSectionNumber)).toBe(false);
  });
});

describe('the exam date', () => {
  it('accepts real calendar days only', () => {
    expect(isExamDate('2027-02-28')).toBe(true);
    expect(isExamDate('2028-02-29')).toBe(true);
    expect(isExamDate('2027-02-29')).toBe(false);
    expect(isExamDate('2027-13-01')).toBe(false);
    expect(isExamDate('27-01-2027')).toBe(false);
    expect(decodeExamDate('{"v":1,"date":"2027-01-15"}')).toEqual({ ok: true, value: { v: 1, date: '2027-01-15' } });
    expect(decodeExamDate('{"v":1,"date":"morgen"}')?.ok).toBe(false);
  });

  it('counts whole days from the student’s own today', () => {
    const evening = new Date(2026, 10, 27, 23, 30); // 27 November, local time
    expect(daysUntil('2026-11-27', evening)).toBe(0);
    expect(daysUntil('2026-11-28', evening)).toBe(1);
    expect(daysUntil('2026-12-27', evening)).toBe(30);
    expect(daysUntil('2026-11-20', evening)).toBe(-7);
    // across the change to summer time
    expect(daysUntil('2027-04-01', new Date(2027, 2, 20, 9))).toBe(12);
    expect(daysUntil('nope', evening)).toBeNull();
  });
});

describe('the reading store', () => {
  let stops: (() => void)[] = [];
  async function load() {
    vi.resetModules();
    const store = await import('../../src/stores/reading');
    const { storageProblem } = await import('../../src/stores/storage');
    stops.push(store.readSections.listen(() => {}), store.lastVisit.listen(() => {}), store.examDate.listen(() => {}));
    return { ...store, storageProblem };
  }
  beforeAll(() => useTestStorageEngine());
  afterEach(() => {
    stops.forEach((stop) => stop());
    stops = [];
    cleanTestStorage();
  });

  it('keeps one key per section, and removes it when marked as not read', async () => {
    const { markRead, readSections } = await load();
    markRead('2.4', true, new Date('2026-11-27T10:00:00.000Z'));
    markRead('1.1', true, new Date('2026-11-27T11:00:00.000Z'));
    expect(getTestStorage()).toEqual({
      'am:gelezen:2.4': '{"v":1,"readAt":"2026-11-27T10:00:00.000Z"}',
      'am:gelezen:1.1': '{"v":1,"readAt":"2026-11-27T11:00:00.000Z"}',
    });
    markRead('2.4', false);
    expect(Object.keys(getTestStorage())).toEqual(['am:gelezen:1.1']);
    expect(readSections.get()['2.4']).toBeUndefined();
    markRead('not a section', true);
    expect(Object.keys(getTestStorage())).toEqual(['am:gelezen:1.1']);
  });

  it('reads what an earlier page saved, and resets a broken entry alone', async () => {
    setTestStorageKey('am:gelezen:1.1', '{"v":1,"readAt":"2026-11-27T10:00:00.000Z"}');
    setTestStorageKey('am:gelezen:1.2', '{broken');
    setTestStorageKey(READING_KEYS.last, JSON.stringify(visit));
    const { readSections, lastVisit, storageProblem } = await load();
    expect(Object.keys(readSections.get()).filter((k) => readSections.get()[k])).toEqual(['1.1']);
    expect(lastVisit.get()).toEqual(visit);
    expect(storageProblem.get()).toBe('repaired');
  });

  it('keeps the exam date as a versioned entry and forgets an impossible one', async () => {
    const { setExamDate, examDate } = await load();
    setExamDate('2027-01-15');
    expect(getTestStorage()[READING_KEYS.examDate]).toBe('{"v":1,"date":"2027-01-15"}');
    expect(examDate.get()).toBe('2027-01-15');
    setExamDate('2027-02-30');
    expect(getTestStorage()[READING_KEYS.examDate]).toBeUndefined();
    expect(examDate.get()).toBeUndefined();
  });
});
