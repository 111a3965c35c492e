import teacher from '../nl/teacher.json';
import { makeT } from '../format';

export const t = makeT(teacher);
