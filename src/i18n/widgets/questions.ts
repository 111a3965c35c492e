import questions from '../nl/questions.json';
import { makeT } from '../format';

// The answer controls every question shares (Check jezelf and the self-tests).
export const t = makeT(questions);
