// Every string a student sees or hears lives in the JSON files of nl/ (flat dotted keys,
// {placeholders}), one file per area. Astro pages use this t() with all strings; each widget
// imports the t() of its own area from ./widgets so that it ships only the strings it shows.
// Components never hard-code visible or announced text.
import site from './nl/site.json';
import exercises from './nl/exercises.json';
import questions from './nl/questions.json';
import storage from './nl/storage.json';
import categorise from './nl/categorise.json';
import flashcards from './nl/flashcards.json';
import toets from './nl/toets.json';
import search from './nl/search.json';
import teacher from './nl/teacher.json';
import settings from './nl/settings.json';
import progress from './nl/progress.json';
import offline from './nl/offline.json';
import werkboek from './nl/werkboek.json';
import werkboekForms from './nl/werkboek-forms.json';
import werkboekChecks from './nl/werkboek-checks.json';
import werkboekHeader from './nl/werkboek-header.json';
import { makeT } from './format';

const nl = { ...site, ...exercises, ...questions, ...storage, ...categorise, ...flashcards, ...toets, ...search, ...teacher, ...settings, ...progress, ...offline, ...werkboek, ...werkboekForms, ...werkboekChecks, ...werkboekHeader };

export type StringKey = keyof typeof nl;
export type { Params } from './format';
export const t = makeT(nl);

/** All strings, for tests. */
export const strings: Readonly<Record<StringKey, string>> = nl;
