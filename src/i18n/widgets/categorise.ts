import exercises from '../nl/exercises.json';
import categorise from '../nl/categorise.json';
import { makeT } from '../format';

export const t = makeT({ ...exercises, ...categorise });
