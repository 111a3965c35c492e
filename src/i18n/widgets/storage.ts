import storage from '../nl/storage.json';
import { makeT } from '../format';

export const t = makeT(storage);
