// Lesson MDX → plain-text blocks, one per h2/h3 heading (plus the opening before the first
// heading), for the search index. Only what a student reads is kept: component tags go, the text
// inside them stays, a Voorbeeld or Kader keeps its title, an embedded <Oefening> goes (exercises
// have their own entries in the index).

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TextBlock {
  /** The heading text; empty for the opening of the lesson. */
  heading: string;
  /** The id of the heading on the page; empty for the opening. */
  anchor: string;
  /** 2 or 3; 0 for the opening. */
  depth: number;
  /** Plain text of the block. */
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Inline markdown → text: emphasis, code, links, entities. */
export function inlineText(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}])[*_](?=\S)(.+?)(?<=\S)[*_](?![\p{L}\p{N}])/gu, '$1$2')
    .replace(/&(#\d+|#x[\da-f]+|\w+);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A slug like the one the markdown processor gives a heading (github-slugger): lower case, spaces
 * become hyphens, punctuation goes, letters with accents stay. Used when the real headings are not
 * at hand (unit tests); the build passes the headings of render().
 */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

const attribute = (tag: string, name: string) => new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)')`).exec(tag);

/** One line of MDX without its block markup (list markers, quotes, table pipes), as text. */
function lineText(line: string): string {
  let text = line.trim();
  if (/^\|?\s*:?-{3,}/.test(text)) return ''; // table separator row
  if (text.startsWith('|')) {
    const cells = text.replace(/^\||\|$/g, '').split('|').map((c) => c.trim()).filter(Boolean);
    text = cells.join(' · ');
    // A row reads as one sentence in a snippet.
    if (text && !/[.!?:;]$/.test(text)) text += '.';
  }
  text = text.replace(/^(>\s*)+/, '').replace(/^([-*+]|\d+[.)])\s+/, '');
  return inlineText(text);
}

/** Splits a lesson body (MDX without frontmatter) into text blocks per h2/h3 heading. */
export function mdxToBlocks(mdx: string, headings?: readonly Heading[]): TextBlock[] {
  const source = mdx
    .replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/^(import|export)\s.*$/gm, '')
    // Embedded exercises have their own entries in the index.
    .replace(/<Oefening\b[^>]*\/>/g, '')
    .replace(/<Oefening\b[^>]*>[\s\S]*?<\/Oefening>/g, '')
    // A Voorbeeld or Kader keeps its title as a line of its own.
    .replace(/<(Voorbeeld|Kader)\b[^>]*>/g, (tag) => {
      const title = attribute(tag, 'titel');
      return title ? `\n${title[1] ?? title[2]}.\n` : '\n';
    })
    .replace(/<\/?[A-Za-z][\w.]*(\s[^>]*)?\/?>/g, '');

  // Slugs of the real headings, in order; github-slugger numbers repeated slugs (-1, -2).
  const queue = headings ? headings.filter((h) => h.depth === 2 || h.depth === 3) : undefined;
  const seen = new Map<string, number>();
  const slugFor = (text: string) => {
    const at = queue ? queue.findIndex((h) => inlineText(h.text) === text) : -1;
    if (queue && at >= 0) return queue.splice(0, at + 1)[at]!.slug;
    const base = slugify(text);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n ? `${base}-${n}` : base;
  };

  const blocks: TextBlock[] = [];
  let current: TextBlock = { heading: '', anchor: '', depth: 0, text: '' };
  const lines: string[] = [];
  const flush = () => {
    current.text = lines.filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
    if (current.text || current.heading) blocks.push(current);
    lines.length = 0;
  };
  let inCode = false;
  for (const raw of source.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(raw)) {
      inCode = !inCode;
      continue;
    }
    const heading = inCode ? null : /^(#{2,3})\s+(.+?)\s*#*\s*$/.exec(raw);
    if (heading) {
      flush();
      const text = inlineText(heading[2]!);
      current = { heading: text, anchor: slugFor(text), depth: heading[1]!.length, text: '' };
      continue;
    }
    lines.push(inCode ? raw.trim() : lineText(raw.replace(/^#{1,6}\s+/, '')));
  }
  flush();
  return blocks;
}
