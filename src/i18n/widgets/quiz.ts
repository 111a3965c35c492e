import exercises from '../nl/exercises.json';
import questions from '../nl/questions.json';
import { makeT } from '../format';

export const t = makeT({ ...exercises, ...questions });
