// Categorise: cards go into zones (SWOT quadrants, DESTEP columns, hunter/farmer …).
// One point per card in its right zone; cards not yet placed are "open".
// Everything here is pure: the widget keeps a CategoriseState, calls these functions and saves
// the result, so scoring, undo and keyboard movement are tested without a browser.
import type { CategoriseExercise } from '../../schemas';
import type { CheckResult, PartResult } from './types';
import { seededRandom, shuffle, shuffleAway } from './random';

type Categorise = Pick<CategoriseExercise, 'items' | 'categories'>;

/** A categorise board as it is saved: plain JSON. */
export interface CategoriseState {
  /** The seed of this attempt's shuffle. */
  seed: string;
  /** Item ids in the order the cards are dealt. */
  order: string[];
  /**
   * itemId → categoryId for every placed card. The key order is the order of placement, so a
   * card dropped in a zone lands at the bottom of it (JSON keeps the order of kebab-case keys).
   */
  placed: Record<string, string>;
  /** Whether the student pressed "Controleer" (feedback shown) since the last change. */
  checked: boolean;
  /** Whether the solution is shown. */
  revealed: boolean;
  /**
   * Cards that show their verdict: checked at the last "Controleer" and not moved since. Moving a
   * card clears only its own feedback, so the explanations of the other cards stay readable.
   */
  marked: string[];
}

export type SafeParse<T> = { success: true; data: T } | { success: false; error: string };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

/**
 * Decodes saved state with the same contract as a zod schema's safeParse (missing `checked`,
 * `revealed` and `marked` default to false/false/[], unknown fields are dropped). Written out
 * instead of with zod: zod is ~14 KB gzip in the browser, a third of the page's JavaScript budget.
 */
export const categoriseStateSchema = {
  safeParse(raw: unknown): SafeParse<CategoriseState> {
    const fail = (error: string) => ({ success: false, error }) as const;
    if (!isObject(raw)) return fail('expected an object');
    const { seed, order, placed, checked = false, revealed = false, marked = [] } = raw;
    if (typeof seed !== 'string') return fail('seed: expected a string');
    if (!isStrings(order)) return fail('order: expected a list of item ids');
    if (!isObject(placed) || !isStrings(Object.values(placed))) return fail('placed: expected item id → category id');
    if (typeof checked !== 'boolean') return fail('checked: expected true or false');
    if (typeof revealed !== 'boolean') return fail('revealed: expected true or false');
    if (!isStrings(marked)) return fail('marked: expected a list of item ids');
    return { success: true, data: { seed, order: [...order], placed: { ...placed } as Record<string, string>, checked, revealed, marked: [...marked] } };
  },
};

export interface CategorisePart extends PartResult {
  /** Where the student put it, if anywhere. */
  chosen?: string;
  /** Where it belongs. */
  expected: string;
}

export function startCategorise(exercise: Categorise, seed: string): CategoriseState {
  return { seed, order: shuffle(exercise.items.map((i) => i.id), seededRandom(seed)), placed: {}, checked: false, revealed: false, marked: [] };
}

/** "Opnieuw": a new seed, a deal that differs from the last one, an empty board. */
export function restartCategorise(exercise: Categorise, state: CategoriseState, seed: string): CategoriseState {
  const order = shuffleAway(exercise.items.map((i) => i.id), seededRandom(seed), state.order);
  return { seed, order, placed: {}, checked: false, revealed: false, marked: [] };
}

/**
 * Puts a card in a zone (at the bottom of it) or back on the pile with `null`.
 * The board is no longer checked, and the moved card loses its feedback.
 */
export function placeItem(state: CategoriseState, itemId: string, categoryId: string | null): CategoriseState {
  const placed = { ...state.placed };
  delete placed[itemId];
  if (categoryId !== null) placed[itemId] = categoryId;
  return { ...state, placed, checked: false, marked: state.marked.filter((id) => id !== itemId) };
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

/** "Controleer": every card, placed or not, shows its verdict. */
export function markCategorise(exercise: Categorise, state: CategoriseState): CategoriseState {
  return { ...state, checked: true, marked: exercise.items.map((i) => i.id) };
}

/** The solved board: every card in its zone. */
export function solveCategorise(exercise: Categorise, state: CategoriseState): CategoriseState {
  return {
    ...state,
    placed: Object.fromEntries(exercise.items.map((i) => [i.id, i.category])),
    checked: true,
    revealed: true,
    marked: exercise.items.map((i) => i.id),
  };
}

/**
 * Restores saved state against the current content: cards that no longer exist are dropped,
 * new cards are dealt at the end, placements in removed zones are undone. Content edits
 * therefore never break a saved board; renaming an item id does orphan its placement.
 */
export function reconcileCategorise(exercise: Categorise, state: CategoriseState): CategoriseState {
  const ids = new Set(exercise.items.map((i) => i.id));
  const zones = new Set(exercise.categories.map((c) => c.id));
  const order = [...new Set(state.order.filter((id) => ids.has(id))), ...exercise.items.map((i) => i.id).filter((id) => !state.order.includes(id))];
  const placed = Object.fromEntries(Object.entries(state.placed).filter(([item, zone]) => ids.has(item) && zones.has(zone)));
  const changed = Object.keys(placed).length !== Object.keys(state.placed).length || order.length !== state.order.length;
  return {
    ...state,
    order,
    placed,
    // A check of a board whose cards changed no longer says anything about this board.
    checked: state.checked && !changed,
    marked: changed ? [] : state.marked.filter((id) => ids.has(id)),
  };
}

/** The cards in a zone (`null`: the pile), top to bottom. Pile: deal order; zone: order of placement. */
export function cardsIn(state: CategoriseState, zone: string | null): string[] {
  return zone === null ? state.order.filter((id) => !(id in state.placed)) : Object.keys(state.placed).filter((id) => state.placed[id] === zone);
}

/** One step of the undo history: the card that moved and the board before the move. */
export interface CategoriseMove {
  item: string;
  from: string | null;
  to: string | null;
  before: Record<string, string>;
}

/** Moves a card and returns the step to undo it, or no step when the card stays where it is. */
export function moveItem(state: CategoriseState, itemId: string, to: string | null): { state: CategoriseState; move?: CategoriseMove } {
  const from = state.placed[itemId] ?? null;
  if (from === to) return { state };
  return { state: placeItem(state, itemId, to), move: { item: itemId, from, to, before: state.placed } };
}

/** Undoes a move: the board as it was before it, with the card back in its old place. */
export function undoMove(state: CategoriseState, move: CategoriseMove): CategoriseState {
  return { ...state, placed: { ...move.before }, checked: false, marked: state.marked.filter((id) => id !== move.item) };
}

export type Direction = 'up' | 'down' | 'left' | 'right';

/**
 * Where an arrow key takes a picked-up card. `null` is the pile, which sits above the board.
 * Columns: every arrow steps through pile → zone 1 → zone 2 …, wrapping around (the columns
 * stack on a phone, so up/down and left/right mean the same). SWOT: the arrows follow the 2×2
 * board (S W / O T); up from the top row, and left or right past the edge, reach the pile.
 */
export function neighbourZone(layout: 'columns' | 'swot', zones: readonly string[], current: string | null, direction: Direction): string | null {
  const stops: (string | null)[] = [null, ...zones];
  const step = direction === 'up' || direction === 'left' ? -1 : 1;
  if (layout !== 'swot' || zones.length !== 4) {
    const i = stops.indexOf(current);
    return stops[(i + step + stops.length) % stops.length]!;
  }
  if (current === null) return step < 0 ? zones[3]! : zones[0]!;
  const i = zones.indexOf(current);
  const row = Math.floor(i / 2);
  const col = i % 2;
  if (direction === 'up' || direction === 'down') {
    const r = row + step;
    return r < 0 || r > 1 ? null : zones[r * 2 + col]!;
  }
  const c = col + step;
  return c < 0 || c > 1 ? null : zones[row * 2 + c]!;
}
