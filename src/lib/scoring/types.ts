// The contract every exercise and question type fulfils, as pure functions (after H5P's
// question contract): start, check, score, max score. State is plain JSON, so it can be saved
// and restored as it is; its schema lives next to the type so stored state can be decoded safely.

/** The verdict on one part of an answer (a card, an option, a position, a pair). */
export type PartStatus = 'correct' | 'wrong' | 'open';

export interface PartResult {
  /** The id of the part: an item id, option index, position … */
  id: string;
  status: PartStatus;
}

export interface CheckResult<P extends PartResult = PartResult> {
  parts: P[];
  /** Points earned; partial credit is allowed. */
  score: number;
  /** Points possible. */
  max: number;
  /** Whether every part has been answered. */
  complete: boolean;
}

export const isFullMarks = (r: Pick<CheckResult, 'score' | 'max'>) => r.max > 0 && r.score >= r.max;
