import werkboek from '../nl/werkboek.json';
import forms from '../nl/werkboek-forms.json';
import checks from '../nl/werkboek-checks.json';
import { makeT } from '../format';

// One t() for every werkboek island: the forms, the manager and the document share most words.
export const t = makeT({ ...werkboek, ...forms, ...checks });
