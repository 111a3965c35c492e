import { z } from 'astro/zod';
import { kebabId, text } from './common';

const person = z.strictObject({ id: kebabId, name: text, role: text, description: text });
const account = z.strictObject({
  id: kebabId,
  name: text,
  place: text,
  sector: text,
  employees: z.number().int().positive(),
  /** prospect (not yet a customer), klant (a customer, not an account), account, or key-account. */
  status: z.enum(['prospect', 'klant', 'account', 'key-account']),
  contact: text,
  description: text,
});
const yearFigures = z.strictObject({
  year: z.number().int(),
  /** What the account bought from the case company, in euros. */
  turnover: z.number().nonnegative(),
  /** Turnover minus purchase cost, in euros. */
  grossMargin: z.number().nonnegative(),
  /** What the account spent on these products with all suppliers, in euros. */
  totalSpend: z.number().nonnegative(),
});

/** content/case/*.yaml: the running case company that students meet in every chapter. */
export const caseSchema = z.strictObject({
  company: z.strictObject({
    name: text,
    shortName: text,
    place: text,
    founded: z.number().int(),
    employees: z.number().int().positive(),
    /** Yearly turnover in euros. */
    turnover: z.number().positive(),
    description: text,
    offer: z.array(text).min(1),
  }),
  people: z.array(person).min(1),
  accounts: z.array(account).min(1),
  /** Figures per account id, by year. */
  figures: z.record(kebabId, z.array(yearFigures)),
});

export type CaseCompany = z.output<typeof caseSchema>;
