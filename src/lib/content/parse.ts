import type { z } from 'astro/zod';
import type { Problem } from './validate';

/** Parses one content file with its schema; a failure becomes problems that name file and field. */
export function parseFile<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
): { ok: true; data: z.output<S> } | { ok: false; problems: Problem[] } {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      file,
      field: issue.path.length ? issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[') : '(file)',
      message: issue.message,
    })),
  };
}
