// Search: folding, typo matching, MDX → text, snippets, and the ranking over the REAL content
// (the index is built here from the content files, with the same function the build uses).
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { loadContent } from '../helpers/load-content';
import { buildSearchIndex, isSearchIndex, type SearchIndex, type SearchSource } from '../../src/lib/search/build';
import { mdxToBlocks, slugify } from '../../src/lib/search/extract';
import { fold, queryTokens } from '../../src/lib/search/normalize';
import { matchWord, Quality, typosAllowed } from '../../src/lib/search/match';
import { highlight, snippet, ELLIPSIS, type Segment } from '../../src/lib/search/snippet';
import { BOOST, createSearch, flatHits, isEmpty, rerankFactor, type SearchHit } from '../../src/lib/search/engine';
import { exercisePath, sectionPath, termAnchor } from '../../src/lib/urls';

const text = (segments: Segment[] | undefined) => (segments ?? []).map((s) => s.text).join('');
const marked = (segments: Segment[] | undefined) => (segments ?? []).filter((s) => s.mark).map((s) => s.text);

/** The search source from the content files, as src/pages/zoekindex.json.ts makes it from the course. */
function sourceFromContent(): SearchSource {
  const { input, problems } = loadContent();
  expect(problems).toEqual([]);
  const chapters = input.chapters.map((c) => c.data);
  const sectionOf = (number: string) => {
    for (const chapter of chapters) {
      const section = chapter.sections.find((s) => s.number === number);
      if (section) return { chapter, section };
    }
    throw new Error(`no section ${number}`);
  };
  return {
    lessons: input.lessons.map(({ data, body }) => {
      const { chapter, section } = sectionOf(data.section);
      return { number: data.section, title: data.title, path: sectionPath(chapter, section), summary: data.summary, body, samenvatting: data.samenvatting };
    }),
    terms: input.glossary.flatMap(({ data }) => {
      const chapter = chapters.find((c) => c.number === data.chapter)!;
      const glossary = chapter.sections.find((s) => s.kind === 'begrippen')!;
      return data.terms.map((term) => ({ ...term, path: `${sectionPath(chapter, glossary)}#${termAnchor(term.id)}` }));
    }),
    exercises: input.exercises.map(({ data, id }) => ({ ...data, id, path: exercisePath(id) })),
    labels: { samenvatting: 'Samenvatting' },
  };
}

describe('fold', () => {
  it('lower-cases and drops accents', () => {
    expect(fold('Oriëntatie')).toBe('orientatie');
    expect(fold('geïntegreerd Beïnvloedbare CRÈME façade')).toBe('geintegreerd beinvloedbare creme facade');
  });
  it('keeps the length, so positions in the folded text mark the original', () => {
    for (const s of ['Oriëntatie op één klant', 'Coördinator', 'İstanbul ß ﬁ', 'pbm’s — €49']) expect(fold(s)).toHaveLength(s.length);
  });
  it('splits a query into words and drops what is not a letter or digit', () => {
    expect(queryTokens('  DESTEP-analyse, (Porter)? ')).toEqual(['destep', 'analyse', 'porter']);
    expect(queryTokens('Ori\u0065\u0308ntatie')).toEqual(['orientatie']);
  });
});

describe('matchWord', () => {
  it('grades exact, prefix and part of a compound; typos are left to the engine', () => {
    expect(matchWord('swot', 'swot')).toBe(Quality.Exact);
    expect(matchWord('accountpl', 'accountplan')).toBe(Quality.Prefix);
    expect(matchWord('analyse', 'concurrentieanalyse')).toBe(Quality.Infix);
    expect(matchWord('destpe', 'destep')).toBe(Quality.None);
  });
  it('allows no typo in short words, one up to 7 letters, then two', () => {
    expect([3, 4, 7, 8].map(typosAllowed)).toEqual([0, 1, 1, 2]);
  });
});

describe('typos (Fuse.js over the vocabulary)', () => {
  const index: SearchIndex = {
    v: 1,
    lessons: [
      { n: '2.4', t: 'DESTEP-analyse', u: '/destep/', s: 'Trends in de omgeving.', b: [] },
      { n: '2.6', t: 'Afnemersanalyse', u: '/afnemers/', s: 'De DMU en du wie beslist.', b: [] },
      { n: '2.8', t: 'Concurrentieanalyse', u: '/concurrentie/', s: 'Wanneer is een concurrent sterk?', b: [] },
    ],
    terms: [],
    exercises: [],
  };
  const search = createSearch(index);
  it('finds a swap of two letters and a missing letter, and marks the word', () => {
    const destep = search.search('destpe').lessons[0]!;
    expect(destep.number).toBe('2.4');
    expect(marked(destep.title)).toEqual(['DESTEP']);
    expect(search.search('concurentie').lessons[0]!.number).toBe('2.8');
  });
  it('allows no typo in a short word, and none where the word itself occurs', () => {
    expect(search.search('dmu').lessons.map((h) => h.number)).toEqual(['2.6']);
    expect(isEmpty(search.search('mdu'))).toBe(true);
  });
});

describe('mdxToBlocks', () => {
  const mdx = [
    'Sanne leest het <Begrip id="trend">nieuws</Begrip>. {/* niet tonen */}',
    '',
    '## Wat is een trend?',
    '',
    'Een **trend** gaat [lang](/x/) door.',
    '',
    '| Letter | Factor |',
    '| --- | --- |',
    '| D | Demografisch |',
    '',
    '<Kader soort="onthoud" titel="Kansen komen van buiten">',
    '',
    '- Een kans komt uit de omgeving',
    '',
    '</Kader>',
    '',
    '### 1. Eén plan, verschillende lezers',
    '',
    '<Voorbeeld titel="Sanne werkt vier trends uit">Tekst van het voorbeeld.</Voorbeeld>',
    '',
    '<Oefening id="destep-veldkamp" />',
  ].join('\n');

  it('keeps what a student reads, per h2/h3, without markup', () => {
    expect(mdxToBlocks(mdx)).toEqual([
      { heading: '', anchor: '', depth: 0, text: 'Sanne leest het nieuws.' },
      {
        heading: 'Wat is een trend?',
        anchor: 'wat-is-een-trend',
        depth: 2,
        text: 'Een trend gaat lang door. Letter · Factor. D · Demografisch. Kansen komen van buiten. Een kans komt uit de omgeving',
      },
      { heading: '1. Eén plan, verschillende lezers', anchor: '1-eén-plan-verschillende-lezers', depth: 3, text: 'Sanne werkt vier trends uit. Tekst van het voorbeeld.' },
    ]);
  });
  it('uses the slugs of the rendered headings when it has them', () => {
    const headings = [
      { depth: 2, slug: 'trend-uitleg', text: 'Wat is een trend?' },
      { depth: 3, slug: 'een-plan', text: '1. Eén plan, verschillende lezers' },
    ];
    expect(mdxToBlocks(mdx, headings).map((b) => b.anchor)).toEqual(['', 'trend-uitleg', 'een-plan']);
  });
  it('makes slugs the way the markdown processor does', () => {
    expect(slugify("Meten met KPI's")).toBe('meten-met-kpis');
    expect(slugify('Verkoop en Marketing: één baas')).toBe('verkoop-en-marketing-één-baas');
    expect(slugify('Het doel: de vaste leverancier worden')).toBe('het-doel-de-vaste-leverancier-worden');
  });
});

describe('snippets', () => {
  const original = 'De DESTEP-analyse kijkt naar trends. Demografisch gaat over mensen. ' + 'Vul dit aan met meer tekst. '.repeat(12) + 'Aan het eind staat Oriëntatie.';
  it('marks matching words, also without accents', () => {
    expect(marked(highlight('De DESTEP-analyse', fold('De DESTEP-analyse'), ['destep']))).toEqual(['DESTEP']);
    expect(marked(highlight('Oriëntatie op de strategie', fold('Oriëntatie op de strategie'), ['orientatie']))).toEqual(['Oriëntatie']);
  });
  it('marks only the matching part of a compound word', () => {
    expect(marked(highlight('Concurrentieanalyse', fold('Concurrentieanalyse'), ['analyse']))).toEqual(['analyse']);
  });
  it('shows a short piece around the match, cut at words, with an ellipsis where text goes on', () => {
    const s = snippet(original, fold(original), ['orientatie']);
    expect(s[0]!.text.startsWith(ELLIPSIS)).toBe(true);
    expect(marked(s)).toEqual(['Oriëntatie']);
    expect(text(s).length).toBeLessThanOrEqual(170);
    const start = snippet(original, fold(original), ['destep']);
    expect(text(start).startsWith('De DESTEP-analyse')).toBe(true);
    expect(text(start).endsWith(ELLIPSIS)).toBe(true);
  });
});

describe('rerankFactor', () => {
  const never = () => false;
  it('puts the exact title first, then a title that starts with the query, then whole words', () => {
    expect(rerankFactor(['smart'], [], [], ['smart'], ['smart'], never)).toBe(BOOST.exact);
    expect(rerankFactor(['ladder', 'van', 'vertrouwen'], [], [], ['ladder', 'van', 'vertrouwen'], ['ladder', 'vertrouwen'], never)).toBe(BOOST.exact);
    expect(rerankFactor(['destep', 'analyse'], [], [], ['destep'], ['destep'], never)).toBe(BOOST.prefix);
    expect(rerankFactor(['analyse', 'van', 'het', 'product'], [], [], ['product'], ['product'], never)).toBe(BOOST.words);
    expect(rerankFactor(['iets', 'anders'], [], [], ['product'], ['product'], never)).toBe(1);
    expect(BOOST.exact).toBeGreaterThan(BOOST.prefix);
    expect(BOOST.prefix).toBeGreaterThan(BOOST.words);
  });
});

describe('search over the real content', () => {
  const source = sourceFromContent();
  const index: SearchIndex = buildSearchIndex(source);
  const engine = createSearch(index);

  it('indexes every lesson, term and exercise, with unique anchors per lesson', () => {
    expect(isSearchIndex(JSON.parse(JSON.stringify(index)))).toBe(true);
    expect(index.lessons).toHaveLength(source.lessons.length);
    expect(index.terms).toHaveLength(source.terms.length);
    expect(index.exercises).toHaveLength(source.exercises.length);
    for (const lesson of index.lessons) {
      const anchors = lesson.b.map((b) => b.a).filter(Boolean);
      expect(new Set(anchors).size, lesson.n).toBe(anchors.length);
      expect(lesson.b.every((b) => b.x || b.h), lesson.n).toBe(true);
      expect(lesson.b.some((b) => /<|\{\/\*|\*\*/.test(b.x)), `markup left in ${lesson.n}`).toBe(false);
    }
  });

  it('stays small: under 120 KB gzip', () => {
    const json = JSON.stringify(index);
    expect(gzipSync(json, { level: 9 }).length).toBeLessThan(120 * 1024);
  });

  const first = (hits: SearchHit[]) => hits[0] && { title: text(hits[0].title), url: hits[0].url };

  // [query, group, title of the first hit, its URL]
  const cases: [string, 'lessons' | 'terms' | 'exercises', string, string][] = [
    // exact titles and terms
    ['DESTEP', 'lessons', 'DESTEP-analyse', '/hoofdstuk-2/destep-analyse/'],
    ['DESTEP', 'terms', 'DESTEP-analyse', '/hoofdstuk-2/begrippen/#destep-analyse'],
    ['DESTEP', 'exercises', 'DESTEP voor Veldkamp', '/oefenen/destep-veldkamp/'],
    ['SMART', 'lessons', 'SMART', '/hoofdstuk-4/smart/'],
    ['SMART', 'terms', 'SMART', '/hoofdstuk-4/begrippen/#smart'],
    ['DMU', 'terms', 'DMU', '/hoofdstuk-1/begrippen/#dmu'],
    ['hunter of farmer', 'lessons', 'Hunter of farmer?', '/hoofdstuk-1/hunter-of-farmer/'],
    ['hunter of farmer', 'exercises', 'Hunter of farmer?', '/oefenen/hunter-of-farmer/'],
    ['ladder van vertrouwen', 'terms', 'Ladder van vertrouwen', '/hoofdstuk-1/begrippen/#ladder-van-vertrouwen'],
    ['ladder van vertrouwen', 'lessons', 'De ladder van vertrouwen', '/hoofdstuk-1/ladder-van-vertrouwen/'],
    ['kenweg', 'terms', 'Kenweg', '/hoofdstuk-4/begrippen/#kenweg'],
    ['accountplan', 'terms', 'Accountplan', '/hoofdstuk-1/begrippen/#accountplan'],
    // typos
    ['destpe', 'terms', 'DESTEP-analyse', '/hoofdstuk-2/begrippen/#destep-analyse'],
    ['destpe', 'lessons', 'DESTEP-analyse', '/hoofdstuk-2/destep-analyse/'],
    ['concurentieanalyse', 'terms', 'Concurrentieanalyse', '/hoofdstuk-2/begrippen/#concurrentieanalyse'],
    ['swto', 'terms', 'SWOT-analyse', '/hoofdstuk-2/begrippen/#swot-analyse'],
    // without accents
    ['orientatie', 'lessons', 'Oriëntatie op de strategie van het bedrijf', '/hoofdstuk-4/strategie-van-het-bedrijf/'],
    ['geintegreerd', 'terms', 'Geïntegreerd accountmanagement', '/hoofdstuk-1/begrippen/#geintegreerd-accountmanagement'],
    ['geintegreerd', 'lessons', 'Wat is accountmanagement?', '/hoofdstuk-1/wat-is-accountmanagement/#geïntegreerd-accountmanagement'],
    ['beinvloedbare factoren', 'terms', 'Beïnvloedbare factoren', '/hoofdstuk-2/begrippen/#beinvloedbare-factoren'],
    // several words, questions, aliases
    ['wat is een trend', 'terms', 'Trend', '/hoofdstuk-2/begrippen/#trend'],
    ['wat is een trend', 'lessons', 'DESTEP-analyse', '/hoofdstuk-2/destep-analyse/#wat-is-een-trend'],
    ['swot veldkamp', 'exercises', 'SWOT van Veldkamp', '/oefenen/swot-veldkamp/'],
    ['vertrouwensladder', 'terms', 'Ladder van vertrouwen', '/hoofdstuk-1/begrippen/#ladder-van-vertrouwen'],
    ['PESTEL', 'terms', 'DESTEP-analyse', '/hoofdstuk-2/begrippen/#destep-analyse'],
    ['5 krachten', 'exercises', 'De vijf krachten van Porter', '/oefenen/vijf-krachten/'],
    // a section number
    ['2.4', 'lessons', 'DESTEP-analyse', '/hoofdstuk-2/destep-analyse/'],
    ['4,12', 'lessons', 'SMART', '/hoofdstuk-4/smart/'],
  ];

  it.each(cases)('"%s": first of %s is "%s"', (query, group, title, url) => {
    expect(first(engine.search(query)[group])).toEqual({ title, url });
  });

  it('ranks an exact title or term above a mention in passing', () => {
    const results = engine.search('SWOT');
    expect(text(results.terms[0]!.title)).toBe('SWOT-analyse');
    expect(results.lessons.slice(0, 2).map((h) => text(h.title))).toEqual(['SWOT-analyse', 'SWOT-analyse']);
    expect(results.lessons[0]!.score).toBeGreaterThan(results.lessons[2]!.score * 10);
  });

  it('shows a lesson once, at the part that matched best, with the match marked', () => {
    const results = engine.search('klantwaarde');
    const urls = results.lessons.map((h) => h.url.split('#')[0]);
    expect(new Set(urls).size).toBe(urls.length);
    const lesson = results.lessons[0]!;
    expect(lesson).toMatchObject({ kind: 'lesson', number: '1.7', url: '/hoofdstuk-1/toegevoegde-waarde/#wat-is-klantwaarde' });
    expect(marked(lesson.heading)).toEqual(['klantwaarde']);
    expect(marked(lesson.snippet).map(fold)).toContain('klantwaarde');
  });

  it('says which alias matched when the term itself did not', () => {
    const hit = engine.search('vertrouwensladder').terms[0]!;
    expect(text(hit.alias)).toBe('vertrouwensladder');
  });

  it('finds nothing for nonsense, and "sanne" does not also find "wanneer"', () => {
    expect(isEmpty(engine.search('xyzzyq'))).toBe(true);
    expect(isEmpty(engine.search('   '))).toBe(true);
    const words = flatHits(engine.search('sanne')).flatMap((h) => [...marked(h.title), ...marked(h.heading), ...marked(h.snippet)]).map(fold);
    expect(words.length).toBeGreaterThan(0);
    expect(words.every((w) => w.startsWith('sanne'))).toBe(true);
  });

  it('limits each group', () => {
    const results = engine.search('klant', { limit: 3 });
    expect(results.lessons).toHaveLength(3);
    expect(results.terms).toHaveLength(3);
  });
});
