import { describe, expect, it } from 'vitest';
import { aboutWords, hasMeasure, hasTime, isSmart, smartCheck } from '../../src/lib/werkboek/smart';
import checks from '../../src/i18n/nl/werkboek-checks.json';

/** The letters a goal text misses (S, M, T only: A and R come from their own fields). */
function missing(text: string): string {
  return smartCheck({ text, acceptable: 'x', realistic: 'x' })
    .filter((r) => !r.ok)
    .map((r) => r.letter)
    .join('');
}

describe('smartCheck on the lesson’s before and after', () => {
  it('finds S, M and T missing in the vague goal', () => {
    expect(missing('We willen meer verkopen aan Hendriks.')).toBe('SMT');
  });
  it('finds nothing missing in the SMART version', () => {
    expect(missing('In 2026 stijgt de omzet bij Hendriks van € 186.000 naar € 210.000, vooral door werkhandschoenen.')).toBe('');
  });
});

describe('smartCheck on realistic goals', () => {
  it.each([
    // The quiz goals of 4.12 (what the text alone can show).
    ['Hendriks moet meer bij ons kopen.', 'SMT'],
    ['Hendriks koopt al zijn werkhandschoenen bij Veldkamp, voor € 24.000 per jaar.', 'T'],
    ['Vanaf 1 april 2026 koopt Hendriks al zijn werkhandschoenen bij Veldkamp, voor € 24.000 per jaar.', ''],
    ['Eind 2026 zijn de teamleiders van De Linde meer tevreden over de wasservice.', 'M'],
    ['Op 1 maart 2026 koopt Van Wijk Logistiek al zijn werkkleding en pbm’s bij Veldkamp.', ''],
    ['In 2026 haalt Sanne bij Hendriks een klantaandeel van 65%.', ''],
    ['Van Wijk Logistiek koopt voor € 2 miljoen per jaar bij Veldkamp.', 'T'],
    ['Vóór 1 juli 2026 verbetert Sanne de relatie.', 'SM'],
    ['Vóór 1 april 2026 is alle kleding van De Linde van gerecycled materiaal.', ''],
    ['We gaan iets doen met veiligheid.', 'SMT'],
    ['Sanne verkoopt veiligheidsschoenen aan de magazijnmedewerkers van Van Wijk Logistiek.', 'MT'],
    ['De timmerlieden van Hendriks dragen betere handschoenen.', 'MT'],
    ['Vóór 1 oktober 2026 verkoopt Sanne bij Hendriks voor € 10.000 extra.', 'S'],
    ['Eind 2026 heeft Marco Hendriks Sanne minstens twee keer om advies gevraagd over veilig werken.', ''],
    // Goals students write about their own internship company.
    ['Binnen 6 maanden verkopen we 40 koffiemachines aan Bakkerij de Vries.', ''],
    ['We willen groeien.', 'SMT'],
    ['De klanttevredenheid van Garage Bos stijgt naar een 8.', 'T'],
    ['In het derde kwartaal van 2027 levert Drukkerij Jansen alle folders voor Sportschool Fit.', ''],
    ['In 2026 willen we meer omzet.', 'SM'],
    ['Voor eind juni sluiten we een contract van € 15.000 voor schoonmaak van kantoor Zuid met Gemeente Ede.', ''],
    ['Het aantal klachten van Hotel Zonnig over de levering daalt in Q2 met 50%.', ''],
    ['Beter worden.', 'SMT'],
    ['De omzet in verpakkingen bij Supermarkt Plus groeit volgend jaar met 10 procent.', ''],
  ])('%s → misses "%s"', (text, letters) => {
    expect(missing(text)).toBe(letters);
  });
});

describe('the parts of the rule', () => {
  it('does not take a year or a period for a measure', () => {
    expect(hasMeasure('In 2026 verkopen we meer.')).toBe(false);
    expect(hasMeasure('Binnen 6 maanden is de relatie beter.')).toBe(false);
    expect(hasMeasure('Vóór 1-4-2026 is het contract rond.')).toBe(false);
    expect(hasMeasure('We verkopen € 2026 extra.')).toBe(true);
    expect(hasMeasure('Hij koopt 2000 stuks.')).toBe(true);
  });
  it('does not take a rate or a name for a moment', () => {
    expect(hasTime('Voor € 24.000 per jaar.')).toBe(false);
    expect(hasTime('Jan de Vries koopt handschoenen.')).toBe(false);
    expect(hasTime('We verkopen 2000 stuks.')).toBe(false);
    expect(hasTime('Uiterlijk in week 12 ligt er een offerte.')).toBe(true);
    expect(hasTime('Over een jaar is het klaar.')).toBe(true);
  });
  it('counts only the words that say what a goal is about', () => {
    expect(aboutWords('We willen meer verkopen aan Hendriks.')).toEqual(['hendriks']);
    expect(aboutWords('pbm’s en pbm’s')).toEqual(['pbm']);
  });
  it('takes A and R from their own fields', () => {
    const goal = { text: 'In 2026 stijgt de omzet bij Hendriks van € 186.000 naar € 210.000, vooral door werkhandschoenen.', acceptable: '', realistic: '  ' };
    expect(smartCheck(goal).filter((r) => !r.ok).map((r) => r.letter)).toEqual(['A', 'R']);
    expect(isSmart(goal)).toBe(false);
    expect(isSmart({ ...goal, acceptable: 'Karim en Ellen zijn akkoord.', realistic: 'De test maakt het haalbaar.' })).toBe(true);
  });
  it('gives a hint key that exists, for every letter and either outcome', () => {
    const results = [...smartCheck({ text: '', acceptable: '', realistic: '' }), ...smartCheck({ text: 'In 2026 stijgt de omzet bij Hendriks met 10% door handschoenen.', acceptable: 'ja', realistic: 'ja' })];
    expect(results.map((r) => r.letter).join('')).toBe('SMARTSMART');
    for (const r of results) expect(checks).toHaveProperty([r.hint]);
  });
});
