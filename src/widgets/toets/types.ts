// What the test pages pass to the widget about the course.
import type { Question } from '../../schemas';

/** A section that has questions: where to read back after the test. */
export interface SectionInfo {
  number: string;
  title: string;
  chapter: number;
  /** The lesson's URL, with the base path. */
  href: string;
  /** How many questions the bank has for it. */
  count: number;
}

/** A fixed test: a chapter test or the proeftoets. */
export interface FixedTest {
  id: string;
  title: string;
  /** How many questions to draw. */
  size: number;
}

/** A link to a fixed test, offered when a teacher's link does not work. */
export interface TestLink {
  title: string;
  href: string;
}

/** Where a chapter's question bank is fetched from (JSON: Question[]). */
export interface BankLink {
  chapter: number;
  href: string;
}

const cache = new Map<string, Promise<Question[]>>();

async function fetchBank(href: string): Promise<Question[]> {
  const response = await fetch(href);
  if (!response.ok) throw new Error(`${href}: HTTP ${response.status}`);
  const data: unknown = await response.json();
  if (!Array.isArray(data)) throw new Error(`${href}: not a list of questions`);
  return data as Question[];
}

/**
 * The questions of these banks, fetched once per page and in the order given. A failed fetch
 * may be tried again. Built at the same time as the page, so the content is trusted.
 */
export async function loadBanks(banks: readonly BankLink[]): Promise<Question[]> {
  const lists = await Promise.all(
    banks.map((bank) => {
      let loading = cache.get(bank.href);
      if (!loading) {
        loading = fetchBank(bank.href);
        cache.set(bank.href, loading);
        loading.catch(() => cache.delete(bank.href));
      }
      return loading;
    }),
  );
  return lists.flat();
}
