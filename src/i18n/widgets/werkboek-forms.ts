import forms from '../nl/werkboek-forms.json';
import checks from '../nl/werkboek-checks.json';
import { makeT } from '../format';

// The forms of the werkboek's step pages: labels, hints and messages, with the computed checks.
export const t = makeT({ ...forms, ...checks });
