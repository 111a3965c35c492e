// What a categorise board says, as pure functions: the feedback on a card after "Controleer"
// (naming the misconception from the category hints) and the Dutch announcements of every move,
// as functions of {item, zone, position} (after svelte-dnd-action's aria helpers).
import { t } from '../../i18n/widgets/categorise';
import type { CategoriseExercise } from '../../schemas';
import type { CategorisePart } from './categorise';
import type { CheckResult } from './types';

type Category = CategoriseExercise['categories'][number];
type Categorise = Pick<CategoriseExercise, 'items' | 'categories'>;

/** "Kansen (extern, positief)", or just the label when the category has no hint. */
export function zoneName(category: Pick<Category, 'label' | 'hint'>): string {
  return category.hint ? t('categorise.zoneWithHint', { label: category.label, hint: category.hint }) : category.label;
}

const hintParts = (hint: string | undefined) => (hint ?? '').split(',').map((p) => p.trim().toLowerCase()).filter(Boolean);

/**
 * When two hints share a part ("intern, positief" and "extern, positief"), the rest is exactly
 * what the student mixed up: "Het verschil: dit is extern, niet intern."
 */
export function differenceSentence(expected: string | undefined, chosen: string | undefined): string | undefined {
  const a = hintParts(expected);
  const b = hintParts(chosen);
  if (a.length < 2 || b.length < 2 || !a.some((p) => b.includes(p))) return undefined;
  const onlyA = a.filter((p) => !b.includes(p));
  const onlyB = b.filter((p) => !a.includes(p));
  if (!onlyA.length || !onlyB.length) return undefined;
  return t('categorise.feedbackDifference', { expected: onlyA.join(' en '), chosen: onlyB.join(' en ') });
}

export interface CardFeedback {
  /** "Goed", "Fout" or "Nog niet geplaatst". */
  verdict: string;
  /** For a wrong card: what was mixed up, in one or two sentences. */
  misconception?: string;
  /** The item's explanation from the content. */
  explanation: string;
}

export function cardFeedback(exercise: Categorise, part: CategorisePart): CardFeedback {
  const item = exercise.items.find((i) => i.id === part.id)!;
  const byId = (id: string | undefined) => exercise.categories.find((c) => c.id === id);
  if (part.status === 'correct') return { verdict: t('exercise.correct'), explanation: item.explanation };
  // An open card keeps its secret: the explanation would give the answer away.
  if (part.status === 'open') return { verdict: t('categorise.open'), explanation: item.explanation };
  const expected = byId(part.expected)!;
  const chosen = byId(part.chosen)!;
  const difference = differenceSentence(expected.hint, chosen.hint);
  const wrong = t('categorise.feedbackWrong', { expected: zoneName(expected), chosen: zoneName(chosen) });
  return { verdict: t('exercise.wrong'), misconception: difference ? `${wrong} ${difference}` : wrong, explanation: item.explanation };
}

/** The line under the buttons after "Controleer" or "Toon oplossing". */
export function resultMessage(result: Pick<CheckResult, 'score' | 'max' | 'complete'>, revealed: boolean): string {
  if (revealed) return t('exercise.solutionShown');
  if (result.score >= result.max) return t('exercise.allCorrect');
  return result.complete ? t('exercise.someWrong') : t('exercise.notComplete');
}

/** What a move is about: the card's text, the zone's label (null: the pile), the zone's place among all stops. */
export interface MoveInfo {
  item: string;
  zone?: string | null;
  position?: number;
  total?: number;
}

/** A card's text inside a sentence: "Kaart opgepakt: Meer ouderen. Kies …", not "ouderen.. Kies". */
const inSentence = (text: string) => text.replace(/\.+$/, '');

/** Every announcement of the board's live region. */
export const announce = {
  pickedUp: ({ item }: MoveInfo) => t('categorise.announcePickedUp', { item: inSentence(item) }),
  selected: ({ item }: MoveInfo) => t('categorise.announceSelected', { item: inSentence(item) }),
  over: ({ zone, position = 1, total = 1 }: Omit<MoveInfo, 'item'>) =>
    zone ? t('categorise.announceOver', { zone, position, total }) : t('categorise.announceOverPile', { position, total }),
  placed: ({ zone }: MoveInfo) => (zone ? t('categorise.announcePlaced', { zone }) : t('categorise.announceToPile')),
  cancelled: () => t('categorise.announceCancelled'),
  returned: () => t('categorise.announceReturned'),
  undone: ({ item, zone }: MoveInfo) => (zone ? t('categorise.announceUndone', { item, zone }) : t('categorise.announceUndonePile', { item })),
  nothingToUndo: () => t('categorise.announceNothingToUndo'),
  restarted: () => t('categorise.announceRestarted'),
  checked: (result: Pick<CheckResult, 'score' | 'max' | 'complete'>) =>
    `${t('exercise.score', { score: result.score, max: result.max })}. ${resultMessage(result, false)}`,
};

/** "1 kaart", "3 kaarten". */
export const cardCount = (count: number) => (count === 1 ? t('categorise.cardsOne') : t('categorise.cardsMany', { count }));
