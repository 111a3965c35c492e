// Dutch words for the flashcards' times and answers.
import { describeInterval, type GradeName } from '../../lib/scheduling';
import { t } from '../../i18n/widgets/flashcards';

/** "over 10 min.", "over 3 dagen". */
export function whenText(from: Date, to: Date): string {
  const { unit, count } = describeInterval(from, to);
  if (unit === 'day') return t(count === 1 ? 'flashcards.interval.day' : 'flashcards.interval.days', { count });
  if (unit === 'month') return t(count === 1 ? 'flashcards.interval.month' : 'flashcards.interval.months', { count });
  return t(`flashcards.interval.${unit}`, { count });
}

export const gradeLabel = (grade: GradeName) => t(`flashcards.grade.${grade}`);

/** The data of one card, as the page passes it. */
export interface CardTerm {
  id: string;
  term: string;
  definition: string;
  example: string;
}
