// Hints for one account goal, letter by letter (lesson 4.12: Specifiek, Meetbaar, Acceptabel,
// Realistisch, Tijdgebonden). The rules are simple on purpose, so a hint can say why:
// - T: the goal names a moment: a year ("in 2026"), a month, a quarter, a date ("1 april",
//   "1-4-2026"), a period ("binnen 6 maanden") or words like "eind", "uiterlijk", "vanaf".
//   "per jaar" is a rate, not a moment.
// - M: apart from those time words, the goal has a number, amount or percentage ("€ 210.000",
//   "12%", "40 paar", "twee keer"), or says "alle", "alles" or "al zijn" (that is 100%).
// - S: the goal names at least three things it is about (a customer, a product, a group, a
//   measure such as "omzet"), not counting small and vague words like "meer", "beter",
//   "verbeteren", "groeien", "verkopen", "iets".
// - A and R cannot be read from the goal, so the student explains them in their own fields;
//   the letter is ok when that explanation is written.
// A hint is a nudge, not a mark: the student decides.
import type { Workbook } from './model';

export type Goal = Workbook['plan']['goals'][number];
export type SmartLetter = 'S' | 'M' | 'A' | 'R' | 'T';
export interface SmartResult {
  letter: SmartLetter;
  ok: boolean;
  /** Key in werkboek-checks.json: what is good, or what to add with a small example. */
  hint: string;
}

export const SMART_LETTERS: readonly SmartLetter[] = ['S', 'M', 'A', 'R', 'T'];

const MONTHS_FULL = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
/** With abbreviations, only used right after a day ("1 apr"): "Jan" alone is more often a name. */
const MONTHS = `${MONTHS_FULL}|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec`;
const NUMBER_WORDS = 'twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|dertig|veertig|vijftig|honderd|duizend|miljoen|helft|half|dubbel|verdubbelen|verdubbelt|tweemaal|driemaal';
const PERIOD = '(?:dag|dagen|week|weken|maand|maanden|kwartaal|kwartalen|jaar|jaren|halfjaar)';
const COUNT = `(?:\\d+|een|${NUMBER_WORDS})`;

/** Expressions that place the goal in time; removed before looking for a measure. */
const TIME_PATTERNS: RegExp[] = [
  // 1 april (2026), 1 apr
  new RegExp(`\\b\\d{1,2}\\s+(?:${MONTHS})\\b\\.?(?:\\s+(?:19|20)\\d{2})?`, 'gi'),
  // 1-4-2026, 01/04/26, 1-4
  /\b\d{1,2}[-/]\d{1,2}(?:[-/](?:\d{4}|\d{2}))?\b/g,
  // Q1, Q2 2026, kwartaal 3, het 3e kwartaal
  /\bq[1-4]\b/gi,
  /\bkwartaal\s+\d\b/gi,
  /\b\d\s*(?:e|de|ste)\s+(?:kwartaal|halfjaar|helft)\b/gi,
  // binnen 6 maanden, na twee weken, over een jaar, in 3 maanden, week 12
  new RegExp(`\\b(?:binnen|na|over|in)\\s+${COUNT}\\s+${PERIOD}\\b`, 'gi'),
  /\bweek\s+\d{1,2}\b/gi,
];
/** A year such as 2026; not when it is an amount ("€ 2000", "2000 stuks", "2025,50"). */
const YEAR = /(€\s?)?\b(?:19|20)\d{2}\b(?!\s*(?:%|procent|euro|eur\b|stuks|paar|keer|klanten|medewerkers)|[.,]\d)/gi;
const TIME_WORDS = new RegExp(
  `\\b(?:${MONTHS_FULL}|kwartaal|uiterlijk|deadline|eind|einde|dit\\s+jaar|volgend\\s+jaar|komend\\s+jaar|volgende\\s+maand|deze\\s+maand|komende\\s+maand|zomer|winter|voorjaar|najaar|zomervakantie|kerst)\\b`,
  'i',
);

/** The goal with every time expression blanked out, and whether there was one. */
function stripTime(text: string): { rest: string; found: boolean } {
  let found = false;
  let rest = text;
  for (const pattern of TIME_PATTERNS) {
    rest = rest.replace(pattern, () => {
      found = true;
      return ' ';
    });
  }
  rest = rest.replace(YEAR, (match: string, euro: string | undefined) => {
    if (euro) return match;
    found = true;
    return ' ';
  });
  return { rest, found: found || TIME_WORDS.test(rest) };
}

const MEASURE = new RegExp(`(?:\\d|%|€|\\b(?:${NUMBER_WORDS}|procent|alle|alles|elke|iedere|al\\s+(?:zijn|haar|hun|de|het))\\b)`, 'i');

/** Small and vague words that do not make a goal specific. */
const VAGUE = new Set(
  (
    'de het een en of van bij aan in op voor vóór met naar door over uit om tot dan dat die dit deze er ze we wij ik jij je u hij zij ' +
    'ons onze mijn jouw hun zijn haar is was wordt worden werd zijn heeft hebben had moet moeten willen wil wilt gaan gaat ' +
    'kan kunnen zal zullen mag mogen al ook nog vooral zo zoals veel alle alles elke iedere graag niet geen wel nu als want maar ' +
    'meer minder beter betere best goed goede hoger groter groot nieuwe nieuw extra samen totaal minstens maximaal ongeveer circa ' +
    'verbeteren verbetert verbeterd groeien groeit gegroeid stijgen stijgt gestegen verhogen verhoogt verhoogd dalen daalt ' +
    'verkopen verkoopt verkocht kopen koopt gekocht doen doet gedaan maken maakt gemaakt krijgen krijgt halen haalt hebben ' +
    'iets dingen ding zaken zaak klant klanten product producten dienst diensten bedrijf bedrijven toekomst ' +
    'euro procent keer stuks per jaar jaren maand maanden week weken dag dagen kwartaal eind einde begin vanaf uiterlijk ' +
    'dit volgend komend komende deze'
  ).split(' '),
);
const MONTH_SET = new Set(MONTHS_FULL.split('|'));
const NUMBER_SET = new Set(NUMBER_WORDS.split('|'));

/** The words that say what the goal is about: three letters or more, not vague, not time or number words. */
export function aboutWords(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const seen = new Set<string>();
  for (const raw of words) {
    const word = raw.replace(/['’]s$/, '').replace(/-+$/, '');
    if (word.length < 3 || VAGUE.has(word) || MONTH_SET.has(word) || NUMBER_SET.has(word)) continue;
    seen.add(word);
  }
  return [...seen];
}

export function hasTime(text: string): boolean {
  return stripTime(text).found;
}

export function hasMeasure(text: string): boolean {
  return MEASURE.test(stripTime(text).rest);
}

export function isSpecific(text: string): boolean {
  return aboutWords(text).length >= 3;
}

const filled = (s: string | undefined) => (s ?? '').trim() !== '';

/** One result per letter, in the order S, M, A, R, T. */
export function smartCheck(goal: Pick<Goal, 'text'> & Partial<Pick<Goal, 'acceptable' | 'realistic'>>): SmartResult[] {
  const text = goal.text ?? '';
  const result = (letter: SmartLetter, ok: boolean): SmartResult => ({ letter, ok, hint: `werkboek.checks.smart.${letter}.${ok ? 'ok' : 'missing'}` });
  return [
    result('S', isSpecific(text)),
    result('M', hasMeasure(text)),
    result('A', filled(goal.acceptable)),
    result('R', filled(goal.realistic)),
    result('T', hasTime(text)),
  ];
}

/** True when every letter is ok. */
export const isSmart = (goal: Parameters<typeof smartCheck>[0]) => smartCheck(goal).every((r) => r.ok);
