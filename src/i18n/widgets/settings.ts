import settings from '../nl/settings.json';
import { makeT } from '../format';

export const t = makeT(settings);
