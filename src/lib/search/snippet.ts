// Highlighting: which words of a text match the query, and a short piece of the text around the
// best matches. Returns segments (text, marked or not); the view wraps marked ones in <mark>, so
// no HTML is built from content.
import { matchWord, Quality } from './match';
import { words } from './normalize';

export interface Segment {
  text: string;
  /** Part of the match: shown in <mark>. */
  mark?: true;
}

/** How a (folded) word of the text matched the query: which query word, and how well. */
export interface WordMatch {
  token: number;
  quality: Quality;
}

/** Looks up how a word matched; by default every word is compared with every query word. */
export type WordMatcher = (word: string) => WordMatch | undefined;

/** A matcher that compares each word with the query words (no typos: the engine's matcher adds those). */
export function matcherFor(tokens: readonly string[]): WordMatcher {
  return (word) => {
    let best: WordMatch | undefined;
    tokens.forEach((token, i) => {
      const quality = matchWord(token, word);
      if (quality && (!best || quality > best.quality)) best = { token: i, quality };
    });
    return best;
  };
}

interface Span {
  start: number;
  end: number;
  /** Which query word matched here. */
  token: number;
}

/** Word spans of `folded` that match the query. */
export function matchSpans(folded: string, tokens: readonly string[], matcher: WordMatcher = matcherFor(tokens)): Span[] {
  const spans: Span[] = [];
  for (const word of words(folded)) {
    const match = matcher(word.text);
    if (!match) continue;
    // Mark the matching part of a compound word ("concurrentie|analyse"), the whole word otherwise.
    const token = tokens[match.token]!;
    let start = word.start;
    let end = word.start + word.text.length;
    if (match.quality === Quality.Infix) {
      start += word.text.indexOf(token);
      end = start + token.length;
    } else if (match.quality === Quality.Prefix && token.length >= 3) {
      end = start + token.length;
    }
    spans.push({ start, end, token: match.token });
  }
  return spans;
}

function toSegments(original: string, spans: readonly Span[], from: number, to: number): Segment[] {
  const out: Segment[] = [];
  let at = from;
  for (const span of spans) {
    if (span.end <= from || span.start >= to) continue;
    const start = Math.max(span.start, from);
    const end = Math.min(span.end, to);
    if (start > at) out.push({ text: original.slice(at, start) });
    out.push({ text: original.slice(start, end), mark: true });
    at = end;
  }
  if (at < to) out.push({ text: original.slice(at, to) });
  return out;
}

/** The whole text, with the matching words marked. */
export function highlight(original: string, folded: string, tokens: readonly string[], matcher?: WordMatcher): Segment[] {
  return mergePlain(toSegments(original, matchSpans(folded, tokens, matcher), 0, original.length));
}

export const ELLIPSIS = '…';

/**
 * About `length` characters of the text around the place where most query words match, cut at
 * word boundaries, with "…" where the text goes on. Starts at a sentence when one starts close by.
 */
export function snippet(original: string, folded: string, tokens: readonly string[], matcher?: WordMatcher, length = 160): Segment[] {
  if (original.length <= length) return highlight(original, folded, tokens, matcher);
  const spans = matchSpans(folded, tokens, matcher);
  let from = 0;
  if (spans.length) {
    // The earliest window that covers the most different query words (a term is often explained where it first appears).
    let best = { distinct: 0, at: spans[0]!.start };
    for (let i = 0; i < spans.length; i++) {
      const windowStart = spans[i]!.start;
      const seen = new Set<number>();
      for (let j = i; j < spans.length && spans[j]!.end <= windowStart + length * 0.8; j++) seen.add(spans[j]!.token);
      if (seen.size > best.distinct) best = { distinct: seen.size, at: windowStart };
    }
    // Some words of context before the first match; a sentence start nearby is nicer still.
    const lead = Math.max(0, best.at - Math.round(length * 0.3));
    const sentence = original.lastIndexOf('. ', best.at);
    from = sentence >= 0 && sentence + 2 >= lead ? sentence + 2 : lead;
  }
  if (from > 0) {
    const space = original.indexOf(' ', from - 1);
    from = space >= 0 && space < from + 20 ? space + 1 : from;
  }
  let to = Math.min(original.length, from + length);
  if (original.length - to < 25) {
    to = original.length;
  } else {
    const space = original.lastIndexOf(' ', to);
    if (space > from + length / 2) to = space;
  }
  const segments = toSegments(original, spans, from, to);
  if (from > 0) segments.unshift({ text: ELLIPSIS });
  if (to < original.length) segments.push({ text: ELLIPSIS });
  return mergePlain(segments);
}

/** Joins neighbouring unmarked segments. */
function mergePlain(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const last = out[out.length - 1];
    if (last && !last.mark && !s.mark) last.text += s.text;
    else out.push({ ...s });
  }
  return out;
}
