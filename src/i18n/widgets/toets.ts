import toets from '../nl/toets.json';
import questions from '../nl/questions.json';
import { makeT } from '../format';

export const t = makeT({ ...toets, ...questions });
