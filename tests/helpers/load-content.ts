// Reads every content file from disk the way the build does (YAML, MDX frontmatter), parses it
// with the schemas and returns the input of the cross-reference checks, plus all problems.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, basename, extname } from 'node:path';
import yaml from 'js-yaml';
import { chapterSchema, lessonSchema, glossaryFileSchema, questionFileSchema, exerciseSchema, caseSchema } from '../../src/schemas';
import { parseFile } from '../../src/lib/content/parse';
import type { CourseInput, Problem } from '../../src/lib/content/validate';

export const root = join(import.meta.dirname, '..', '..');
const contentDir = join(root, 'content');

function files(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name.startsWith('_')) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, ext);
    return extname(name) === ext ? [path] : [];
  });
}

export function splitFrontmatter(source: string): { frontmatter: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return { frontmatter: undefined, body: source };
  return { frontmatter: yaml.load(match[1]!), body: source.slice(match[0].length) };
}

export interface LoadedContent {
  input: CourseInput;
  problems: Problem[];
  caseData: unknown;
}

export function loadContent(): LoadedContent {
  const problems: Problem[] = [];
  const input: CourseInput = { chapters: [], lessons: [], glossary: [], questions: [], exercises: [] };
  const rel = (path: string) => relative(root, path);
  const yamlFiles = (folder: string) =>
    files(join(contentDir, folder), '.yaml').map((path) => ({ path, file: rel(path), raw: yaml.load(readFileSync(path, 'utf8')) }));

  for (const { file, raw } of yamlFiles('chapters')) {
    const r = parseFile(chapterSchema, raw, file);
    if (r.ok) input.chapters.push({ file, data: r.data }); else problems.push(...r.problems);
  }
  for (const path of files(join(contentDir, 'lessons'), '.mdx')) {
    const file = rel(path);
    const { frontmatter, body } = splitFrontmatter(readFileSync(path, 'utf8'));
    const r = parseFile(lessonSchema, frontmatter, file);
    if (r.ok) input.lessons.push({ file, data: r.data, body }); else problems.push(...r.problems);
  }
  for (const { file, raw } of yamlFiles('glossary')) {
    const r = parseFile(glossaryFileSchema, raw, file);
    if (r.ok) input.glossary.push({ file, data: r.data }); else problems.push(...r.problems);
  }
  for (const { file, raw } of yamlFiles('questions')) {
    const r = parseFile(questionFileSchema, raw, file);
    if (r.ok) input.questions.push({ file, data: r.data }); else problems.push(...r.problems);
  }
  for (const { path, file, raw } of yamlFiles('exercises')) {
    const r = parseFile(exerciseSchema, raw, file);
    if (r.ok) input.exercises.push({ file, data: r.data, id: basename(path, '.yaml') }); else problems.push(...r.problems);
  }
  const cases = yamlFiles('case');
  for (const { file, raw } of cases) {
    const r = parseFile(caseSchema, raw, file);
    if (!r.ok) problems.push(...r.problems);
  }
  return { input, problems, caseData: cases[0]?.raw };
}
