// The result of a handed-in self-test: points per question, the grade on the Dutch 1–10 scale,
// and the points per section. Scoring reuses checkQuestion of the question engine; a test only
// differs from Check jezelf in that nothing is checked before the student hands in.
import type { Question } from '../../schemas';
import { checkQuestion, type QuestionState } from '../scoring/questions';
import { compareSections } from './draw';

/** A grade of at least this is a pass ("voldoende"). */
export const PASS_GRADE = 5.5;

/**
 * The grade for a score, the way Dutch schools commonly convert points (the linear CvTE-like
 * norm with N = 1): cijfer = 1 + 9 × score ÷ max, rounded to one decimal. All points give a 10,
 * none a 1, half of them a 5,5.
 */
export function gradeFor(score: number, max: number): number {
  if (!(max > 0)) return 1;
  const share = Math.min(1, Math.max(0, score / max));
  // Rounding the tenths as integers avoids 6.449999 → 6.4 through floating point.
  return Math.round(Math.round((1 + 9 * share) * 1000) / 100) / 10;
}

/** A grade as Dutch report cards write it: 6,0 and 7,5. */
export const formatGrade = (grade: number) => grade.toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Rounds points to two decimals for storage and display (a multiple-response question can give 1/3). */
export const roundPoints = (points: number) => Math.round(points * 100) / 100;

export type Verdict = 'right' | 'partly' | 'wrong' | 'open';

export interface ScoredQuestion {
  id: string;
  section: string;
  /** 0–1 points. */
  score: number;
  verdict: Verdict;
}

/** Whether the student gave an answer at all (an ordering question counts once something was moved). */
export function isAnswered(question: Question, state: QuestionState): boolean {
  if (state.type === 'match') return Object.keys(state.chosen).length > 0;
  return checkQuestion(question, state).complete;
}

/** Whether the answer is complete, for the question overview ("open" questions are marked). */
export const isComplete = (question: Question, state: QuestionState) => checkQuestion(question, state).complete;

/** The points for one answer. An ordering question nobody touched earns nothing, whatever its start order. */
export function scoreAnswer(question: Question, state: QuestionState | undefined): ScoredQuestion {
  const base = { id: question.id, section: question.section };
  if (!state || state.type !== question.type || !isAnswered(question, state)) return { ...base, score: 0, verdict: 'open' };
  const { score } = checkQuestion(question, state);
  return { ...base, score, verdict: score >= 1 ? 'right' : score > 0 ? 'partly' : 'wrong' };
}

export interface SectionScore {
  section: string;
  score: number;
  max: number;
}

export interface TestResult {
  questions: ScoredQuestion[];
  score: number;
  max: number;
  grade: number;
  /** In section order. */
  sections: SectionScore[];
  /** Ids of the questions not fully right. */
  wrong: string[];
}

/** Scores a whole test; `questions` in the order they were asked. */
export function scoreTest(questions: readonly Question[], answers: Readonly<Record<string, QuestionState | undefined>>): TestResult {
  const scored = questions.map((q) => scoreAnswer(q, answers[q.id]));
  const score = roundPoints(scored.reduce((sum, q) => sum + q.score, 0));
  const max = scored.length;
  return {
    questions: scored,
    score,
    max,
    grade: gradeFor(score, max),
    sections: sectionBreakdown(scored),
    wrong: scored.filter((q) => q.score < 1).map((q) => q.id),
  };
}

/** Points per section (each question is worth 1), sorted by section number. */
export function sectionBreakdown(scored: readonly Pick<ScoredQuestion, 'section' | 'score'>[]): SectionScore[] {
  const bySection = new Map<string, SectionScore>();
  for (const q of scored) {
    const part = bySection.get(q.section) ?? { section: q.section, score: 0, max: 0 };
    part.score += q.score;
    part.max += 1;
    bySection.set(q.section, part);
  }
  return [...bySection.values()]
    .map((part) => ({ ...part, score: roundPoints(part.score) }))
    .sort((a, b) => compareSections(a.section, b.section));
}

/** A section needs study when less than this share of its points was scored. */
export const STUDY_BELOW = 0.55;
export const needsStudy = (part: Pick<SectionScore, 'score' | 'max'>) => part.max > 0 && part.score / part.max < STUDY_BELOW;
