import { describe, expect, it } from 'vitest';
import { newSeed, seededRandom, shuffle, shuffleAway } from '../../src/lib/scoring/random';

describe('seeded shuffling', () => {
  it('gives the same order for the same seed and another for another seed', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    expect(shuffle(items, seededRandom('abc'))).toEqual(shuffle(items, seededRandom('abc')));
    expect(shuffle(items, seededRandom('abc'))).not.toEqual(shuffle(items, seededRandom('abd')));
  });

  it('keeps every item exactly once and leaves the input alone', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    const out = shuffle(items, seededRandom('x'));
    expect([...out].sort()).toEqual(items);
    expect(items).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('is roughly uniform: every item lands in every place', () => {
    const counts = Array.from({ length: 4 }, () => [0, 0, 0, 0]);
    const random = seededRandom('uniform');
    for (let i = 0; i < 4000; i++) shuffle([0, 1, 2, 3], random).forEach((item, pos) => counts[item]![pos]!++);
    for (const row of counts) for (const n of row) expect(n).toBeGreaterThan(800);
  });

  it('shuffleAway never returns the order to avoid, even for two items', () => {
    for (let i = 0; i < 30; i++) expect(shuffleAway([1, 2], seededRandom(`s${i}`))).toEqual([2, 1]);
    expect(shuffleAway([7], seededRandom('x'))).toEqual([7]);
  });

  it('makes short seeds', () => {
    expect(newSeed(() => 0.5)).toMatch(/^[0-9a-z]{6}$/);
  });
});
