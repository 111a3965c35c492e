// The werkboek content: the six steps with their instructions, and the case example, checked
// against the workbook model and the course (every part id known, every lesson existing).
// Pages ask this module, not the collections.
import { getCollection } from 'astro:content';
import { STEPS, workbookSchema, type Workbook } from '../lib/werkboek/model';
import type { WerkboekStepContent } from '../schemas';
import { getCourse } from './course';

export interface WerkboekStep extends WerkboekStepContent {
  slug: (typeof STEPS)[number]['slug'];
  /** Root-relative URL of the step page. */
  path: string;
}

export interface Werkboek {
  steps: WerkboekStep[];
  /** The case example (Veldkamp and its account Hendriks), shown per part and openable as a workbook. */
  example: Workbook;
}

export const werkboekPath = '/werkboek/';
export const documentPath = '/werkboek/document/';
export const stepPath = (slug: string) => `/werkboek/${slug}/`;

let cached: Promise<Werkboek> | undefined;

async function load(): Promise<Werkboek> {
  const [stepFiles, exampleFiles, course] = await Promise.all([getCollection('werkboekSteps'), getCollection('werkboekExamples'), getCourse()]);
  const problems: string[] = [];
  const file = 'content/werkboek/stappen.yaml';
  const content = stepFiles[0]?.data;
  if (!content) throw new Error(`${file} is missing: the werkboek needs its six steps.`);
  content.steps.forEach((step, i) => {
    const model = STEPS[i]!;
    if (step.step !== model.step) problems.push(`${file} › steps[${i}].step: expected ${model.step}, the steps are in order 1 to 6`);
    const ids = step.parts.map((p) => p.id).join(', ');
    if (ids !== model.parts.join(', ')) problems.push(`${file} › steps[${i}].parts: expected the parts ${model.parts.join(', ')} in that order, found ${ids}`);
    step.parts.forEach((part, j) => {
      for (const section of part.lessons) {
        if (!course.sectionByNumber.get(section)?.lesson) problems.push(`${file} › steps[${i}].parts[${j}].lessons: there is no lesson ${section}`);
      }
    });
  });

  const exampleEntry = exampleFiles.find((e) => e.id === 'voorbeeld') ?? exampleFiles[0];
  if (!exampleEntry) throw new Error('content/werkboek/voorbeeld.yaml is missing: every step shows part of the case example.');
  const parsed = workbookSchema.safeParse(exampleEntry.data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`content/werkboek/${exampleEntry.id}.yaml › ${issue.path.join('.') || '(top)'}: ${issue.message}`);
  }
  if (problems.length) throw new Error(`The werkboek content has ${problems.length} problem(s):\n${problems.join('\n')}`);

  return {
    steps: content.steps.map((step, i) => ({ ...step, slug: STEPS[i]!.slug, path: stepPath(STEPS[i]!.slug) })),
    example: parsed.data!,
  };
}

export function getWerkboek(): Promise<Werkboek> {
  cached ??= load();
  return cached;
}
