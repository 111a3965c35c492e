// The werkboek (workbook): a student's own analysis and account plan of their internship
// company, in six steps that follow the chapters. One workbook is one localStorage entry
// (am:werkboek:<id>), so a damaged workbook costs only itself and several live side by side.
// This file is the contract between the store, the forms, the document view and the content:
// the shape of a workbook (zod/mini, because it runs in the browser), the fixed lists the
// lessons teach, and the steps with their parts.
//
// Content edits that orphan saved work: renaming a part id, a criterion, a DESTEP factor, a
// meso part, a DMU role or a process (the old field is dropped when the workbook is read).
import * as z from 'zod/mini';

export const WERKBOEK_PREFIX = 'am:werkboek:';
/** The id of the workbook the student works in now. */
export const ACTIVE_KEY = 'am:werkboek-actief';
export const WORKBOOK_VERSION = 1;

/** Limits that keep one workbook far below the ~5 MB a browser keeps per site. */
export const MAX_TEXT = 4000;
export const MAX_ITEMS = 40;
export const MAX_TITLE = 80;

/** Account-selection criteria of lesson 1.3, in the lesson's order. */
export const SELECTION_CRITERIA = ['omzet', 'uitstraling', 'beslissers', 'klantkenmerken', 'inkoopbeleid', 'innovatie', 'duurzaamheid', 'samenwerking'] as const;
/** The six DESTEP factors of lesson 2.4. */
export const DESTEP_FACTORS = ['demografisch', 'economisch', 'sociaal-cultureel', 'technologisch', 'ecologisch', 'politiek-juridisch'] as const;
/** The meso environment, ABCD (lessons 2.5–2.9). */
export const MESO_PARTS = ['afnemers', 'bedrijfstak', 'concurrenten', 'distributie'] as const;
/** DMU roles as taught in lesson 2.6 and used in 3.3. */
export const DMU_ROLES = ['gebruiker', 'beinvloeder', 'beslisser', 'inkoper', 'poortwachter'] as const;
/** Processes at the account (lessons 3.6–3.8). */
export const PROCESSES = ['waardeketen', 'logistiek', 'financien', 'it', 'service', 'duurzaamheid'] as const;
/** Growth directions of the Ansoff matrix (lesson 4.9). */
export const ANSOFF = ['marktpenetratie', 'productontwikkeling', 'marktontwikkeling', 'diversificatie'] as const;

export type Criterion = (typeof SELECTION_CRITERIA)[number];
export type DestepFactor = (typeof DESTEP_FACTORS)[number];
export type MesoPart = (typeof MESO_PARTS)[number];
export type DmuRole = (typeof DMU_ROLES)[number];
export type Process = (typeof PROCESSES)[number];
export type Ansoff = (typeof ANSOFF)[number];

const text = z._default(z.string().check(z.maxLength(MAX_TEXT)), '');
/** An amount in euros or a percentage; null while the student has not filled it in. */
const amount = z._default(z.nullable(z.number()), null);
const id = z.string().check(z.minLength(1), z.maxLength(24), z.regex(/^[a-z0-9-]+$/));
const list = <T extends z.core.SomeType>(item: T) => z._default(z.array(item).check(z.maxLength(MAX_ITEMS)), []);
/**
 * An object whose missing fields are filled in by their own defaults. Every field of a part has a
 * default, so {} is a valid input; the generic type cannot know that, hence the cast.
 */
const part = <S extends z.core.$ZodLooseShape>(shape: S) => z.prefault(z.object(shape), {} as z.input<z.ZodMiniObject<S>>);
const byKey = <K extends string, T extends z.core.SomeType>(keys: readonly K[], value: T) =>
  part(Object.fromEntries(keys.map((key) => [key, value])) as Record<K, T>);

/** A line of text in a list (a strength, a weakness, a note). */
export const itemSchema = z.object({ id, text });
/** A trend or fact from the environment, marked as opportunity (kans) or threat (bedreiging). */
export const findingSchema = z.object({ id, text, effect: z._default(z.nullable(z.enum(['kans', 'bedreiging'])), null) });

export const workbookSchema = z.object({
  v: z.literal(WORKBOOK_VERSION),
  id,
  title: z.string().check(z.minLength(1), z.maxLength(MAX_TITLE)),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** The student's name (and class), for the title page of the printed document. */
  author: text,

  /** Step 1: the internship company, the account, and why this customer is an account (1.3). */
  company: part({ name: text, place: text, sector: text, offer: text, customers: text, size: text }),
  account: part({ name: text, place: text, sector: text, relation: text, contact: text }),
  selection: part({
    /** Score 1 (poor) to 5 (strong) per criterion, with the student's reason. */
    scores: byKey(SELECTION_CRITERIA, part({ score: z._default(z.nullable(z.int().check(z.minimum(1), z.maximum(5))), null), note: text })),
    /** What the account gains from the relationship (win-win). */
    benefit: text,
    /** Why the two companies need each other. */
    dependence: text,
    conclusion: text,
  }),

  /** Step 2: external analysis of the internship company: DESTEP (2.4) and ABCD (2.5–2.9). */
  destep: byKey(DESTEP_FACTORS, list(findingSchema)),
  meso: byKey(MESO_PARTS, list(findingSchema)),

  /** Step 3: internal analysis (2.10). */
  internal: part({ strengths: list(itemSchema), weaknesses: list(itemSchema) }),

  /**
   * Step 4: SWOT and confrontation matrix (2.11). Strengths/weaknesses come from step 3 and
   * opportunities/threats from the findings of step 2; a combination links one of each by id.
   */
  confrontation: part({
    options: list(
      z.object({
        id,
        /** Id of a strength or weakness from `internal`. */
        internal: z._default(z.nullable(id), null),
        /** Id of a finding (kans or bedreiging) from `destep` or `meso`. */
        external: z._default(z.nullable(id), null),
        /** The strategic option the student writes for this combination. */
        option: text,
      }),
    ),
    /** Which option(s) the student chooses, and why. */
    choice: text,
  }),

  /** Step 5: account analysis (chapter 3). */
  accountAnalysis: part({
    /** 3.2: what the account buys and what for. */
    products: text,
    /** 3.3: the profile. */
    profile: part({ companyData: text, market: text, strategy: text, organisation: text }),
    dmu: list(
      z.object({
        id,
        name: text,
        position: text,
        roles: z._default(z.array(z.enum(DMU_ROLES)).check(z.maxLength(DMU_ROLES.length)), []),
        /** What this person finds important (koopmotief). */
        motive: text,
        /** How often and how the student's company is in touch. */
        contact: text,
      }),
    ),
    /** 3.4: figures per year; growth, margin % and share of wallet are computed, never stored. */
    performance: list(z.object({ id, year: z._default(z.nullable(z.int()), null), revenue: amount, grossMargin: amount, totalSpend: amount })),
    /** 3.4: cost to serve the account in the last year, for customer profitability. */
    costToServe: amount,
    /** 3.5: other suppliers at the account. */
    competitors: list(z.object({ id, name: text, share: amount, strengths: text, weaknesses: text })),
    processes: byKey(PROCESSES, text),
    /** 3.9: the account's own SWOT. */
    swot: part({ strengths: list(itemSchema), weaknesses: list(itemSchema), opportunities: list(itemSchema), threats: list(itemSchema) }),
  }),

  /** Step 6: the account plan (chapter 4). */
  plan: part({
    /** 4.7 */
    vision: text,
    /** 4.8 and 4.12: acceptable and realistic cannot be read from the goal text, so the student explains them. */
    goals: list(
      z.object({
        id,
        text,
        kind: z._default(z.nullable(z.enum(['kwalitatief', 'kwantitatief'])), null),
        acceptable: text,
        realistic: text,
      }),
    ),
    /** 4.9 */
    strategy: part({ ansoff: z._default(z.nullable(z.enum(ANSOFF)), null), text, relationship: text }),
    /** 4.10 */
    actions: list(z.object({ id, action: text, owner: text, date: text, means: text, cost: amount, goal: z._default(z.nullable(id), null) })),
    /** 4.11: revenue goal and margin percentage; costs per line. Gross margin and contribution are computed. */
    budget: part({ revenue: amount, marginPercent: amount, costs: list(z.object({ id, label: text, amount })) }),
    /** 4.13 */
    evaluation: part({ kpis: list(z.object({ id, kpi: text, norm: text, frequency: text })), moments: text, text }),
    /** 4.6: the management summary, written last. */
    summary: text,
  }),
});

export type Workbook = z.output<typeof workbookSchema>;
export type Item = z.output<typeof itemSchema>;
export type Finding = z.output<typeof findingSchema>;

/** The six steps and their parts, in order. Part ids name the parts in content/werkboek and in the status overview. */
export const STEPS = [
  { step: 1, slug: 'bedrijf-en-account', parts: ['bedrijf', 'account', 'selectie'] },
  { step: 2, slug: 'externe-analyse', parts: ['destep', 'meso'] },
  { step: 3, slug: 'interne-analyse', parts: ['sterktes', 'zwaktes'] },
  { step: 4, slug: 'swot', parts: ['confrontatie', 'keuze'] },
  { step: 5, slug: 'accountanalyse', parts: ['producten', 'profiel', 'dmu', 'performance', 'concurrenten', 'processen', 'account-swot'] },
  { step: 6, slug: 'accountplan', parts: ['visie', 'doelen', 'strategie', 'actieplan', 'budget', 'evaluatie', 'samenvatting'] },
] as const;
export type StepNumber = (typeof STEPS)[number]['step'];
export type PartId = (typeof STEPS)[number]['parts'][number];

/** A new empty workbook. */
export function emptyWorkbook(workbookId: string, title: string, now: Date): Workbook {
  const at = now.toISOString();
  return workbookSchema.parse({ v: WORKBOOK_VERSION, id: workbookId, title, createdAt: at, updatedAt: at });
}

/** A short random id for a workbook or a list item ("k7x2m9qa"). */
export function newId(random: () => number = Math.random): string {
  let out = '';
  for (let i = 0; i < 8; i++) out += '0123456789abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 36)];
  return out;
}

/** The valid workbook with defaults filled in, or null. Never throws. */
export function parseWorkbook(data: unknown): Workbook | null {
  const parsed = workbookSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}
