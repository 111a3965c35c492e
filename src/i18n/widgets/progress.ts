import progress from '../nl/progress.json';
import { makeT } from '../format';

export const t = makeT(progress);
