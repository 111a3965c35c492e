// Categorise: cards go into zones (SWOT quadrants, DESTEP columns, hunter/farmer …).
// One point per card in its right zone; cards not yet placed are "open".
import { z } from 'astro/zod';
import type { Exercise } from '../../schemas';
import type { CheckResult, PartResult } from './types';
import { seededRandom, shuffle } from './random';

type Categorise = Pick<Exercise, 'items' | 'categories'>;

export const categoriseStateSchema = z.object({
  /** The seed of this attempt's shuffle. */
  seed: z.string(),
  /** Item ids in the order the cards are dealt. */
  order: z.array(z.string()),
  /** itemId → categoryId for every placed card. */
  placed: z.record(z.string(), z.string()),
  /** Whether the student pressed "Controleer" (feedback shown) since the last change. */
  checked: z.boolean().default(false),
  /** Whether the solution is shown. */
  revealed: z.boolean().default(false),
});
export type CategoriseState = z.output<typeof categoriseStateSchema>;

export interface CategorisePart extends PartResult {
  /** Where the student put it, if anywhere. */
  chosen?: string;
  /** Where it belongs. */
  expected: string;
}

export function startCategorise(exercise: Categorise, seed: string): CategoriseState {
  return { seed, order: shuffle(exercise.items.map((i) => i.id), seededRandom(seed)), placed: {}, checked: false, revealed: false };
}

/** Puts a card in a zone (or back on the pile with `null`). Checking starts over after a change. */
export function placeItem(state: CategoriseState, itemId: string, categoryId: string | null): CategoriseState {
  const placed = { ...state.placed };
  if (categoryId === null) delete placed[itemId];
  else placed[itemId] = categoryId;
  return { ...state, placed, checked: false };
}

export function checkCategorise(exercise: Categorise, state: CategoriseState): CheckResult<CategorisePart> {
  const parts = exercise.items.map((item): CategorisePart => {
    const chosen = state.placed[item.id];
    return { id: item.id, chosen, expected: item.category, status: chosen === undefined ? 'open' : chosen === item.category ? 'correct' : 'wrong' };
  });
  return {
    parts,
    score: parts.filter((p) => p.status === 'correct').length,
    max: exercise.items.length,
    complete: parts.every((p) => p.status !== 'open'),
  };
}

/** The solved board: every card in its zone. */
export function solveCategorise(exercise: Categorise, state: CategoriseState): CategoriseState {
  return { ...state, placed: Object.fromEntries(exercise.items.map((i) => [i.id, i.category])), checked: true, revealed: true };
}

/**
 * Restores saved state against the current content: cards that no longer exist are dropped,
 * new cards are dealt at the end, placements in removed zones are undone. Content edits
 * therefore never break a saved board; renaming an item id does orphan its placement.
 */
export function reconcileCategorise(exercise: Categorise, state: CategoriseState): CategoriseState {
  const ids = new Set(exercise.items.map((i) => i.id));
  const zones = new Set(exercise.categories.map((c) => c.id));
  const order = [...state.order.filter((id) => ids.has(id)), ...exercise.items.map((i) => i.id).filter((id) => !state.order.includes(id))];
  const placed = Object.fromEntries(Object.entries(state.placed).filter(([item, zone]) => ids.has(item) && zones.has(zone)));
  return { ...state, order, placed };
}
