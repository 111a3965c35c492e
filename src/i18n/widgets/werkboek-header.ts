import header from '../nl/werkboek-header.json';
import checks from '../nl/werkboek-checks.json';
import { makeT } from '../format';

// The werkboek header on every step page: the open workbook and the steps with their status.
export const t = makeT({ ...header, ...checks });
