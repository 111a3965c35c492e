import search from '../nl/search.json';
import { makeT } from '../format';

export const t = makeT(search);
