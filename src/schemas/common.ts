import { z } from 'astro/zod';

/** A section number such as "1.9" or "2.11", always written as a quoted string in YAML. */
export const sectionNumber = z
  .string({
    error: (issue) =>
      typeof issue.input === 'number'
        ? `section numbers must be quoted strings: write '${issue.input}' (unquoted, 1.10 would be read as 1.1)`
        : 'expected a section number such as "1.9"',
  })
  .regex(/^[1-9]\d?\.[1-9]\d?$/, 'expected a section number such as "1.9" (chapter, dot, section)');

/** A stable id: lower-case words joined by hyphens. Stored progress is keyed by it, so never change a published id. */
export const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case: lower-case letters and digits joined by hyphens, such as "key-account"');

/** A chapter number, 1 to 4. */
export const chapterNumber = z.number().int().min(1).max(9);

/** Text a student reads: not empty, no stray whitespace. */
export const text = z.string().trim().min(1, 'this text may not be empty');
