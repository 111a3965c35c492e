import werkboek from '../nl/werkboek.json';
import checks from '../nl/werkboek-checks.json';
import { makeT } from '../format';

// The werkboek's start page, manager and document. The forms and the header of the step pages
// have their own t() (werkboek-forms.ts, werkboek-header.ts), so a step page ships only the
// strings it shows.
export const t = makeT({ ...werkboek, ...checks });
