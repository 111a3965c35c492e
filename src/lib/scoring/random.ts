// Seeded shuffling: the same seed gives the same order, so a returning student (and every
// student of a teacher's test link) sees the same arrangement. Shuffling reorders ids or
// indices, never the data, so an answer always stays attached to its option.

/** A small, fast PRNG (mulberry32) seeded from a string. Returns numbers in [0, 1). */
export function seededRandom(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A new copy of `items` in a random order (Fisher–Yates). */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Shuffles until the order differs from the given one (when that is possible), so that
 * "Opnieuw" never hands back the solved order and an ordering question never starts solved.
 */
export function shuffleAway<T>(items: readonly T[], random: () => number, avoid: readonly T[] = items): T[] {
  if (items.length < 2) return [...items];
  for (let attempt = 0; attempt < 10; attempt++) {
    const out = shuffle(items, random);
    if (out.some((item, i) => item !== avoid[i])) return out;
  }
  const out = [...items];
  out.push(out.shift()!);
  return out;
}

/** A short random seed for a new attempt. */
export function newSeed(random: () => number = Math.random): string {
  return Math.floor(random() * 36 ** 6).toString(36).padStart(6, '0');
}
