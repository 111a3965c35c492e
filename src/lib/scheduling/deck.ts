// The order in which new cards are introduced: chapter by chapter, section by section (the order
// of the lessons), and A–Z within a section.

export interface DeckTerm {
  id: string;
  term: string;
  chapter: number;
  /** '1.3'; compared numerically, so 1.10 comes after 1.9. */
  section: string;
}

const sectionParts = (section: string) => section.split('.').map((part) => Number(part) || 0);

export function deckOrder<T extends DeckTerm>(terms: readonly T[]): T[] {
  return [...terms].sort((a, b) => {
    if (a.chapter !== b.chapter) return a.chapter - b.chapter;
    const [sa, sb] = [sectionParts(a.section), sectionParts(b.section)];
    for (let i = 0; i < Math.max(sa.length, sb.length); i++) {
      const d = (sa[i] ?? 0) - (sb[i] ?? 0);
      if (d) return d;
    }
    return a.term.localeCompare(b.term, 'nl', { sensitivity: 'base' });
  });
}
