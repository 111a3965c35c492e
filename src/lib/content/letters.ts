/** Groups items by the first letter of a label (A–Z; accents folded, digits under "#"), sorted the Dutch way. */
export function groupByLetter<T>(items: T[], label: (item: T) => string): { letter: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  const sorted = [...items].sort((a, b) => label(a).localeCompare(label(b), 'nl', { sensitivity: 'base' }));
  for (const item of sorted) {
    const first = label(item).normalize('NFD').replace(/[\u0300-\u036f]/g, '').charAt(0).toUpperCase();
    const letter = /[A-Z]/.test(first) ? first : '#';
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  return [...groups].map(([letter, items]) => ({ letter, items }));
}
