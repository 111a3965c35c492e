#!/usr/bin/env node
// Validates every HTML file of the built site with html-validate (rules: .htmlvalidate.json) and
// prints each problem with file, line and rule; exits 1 when there is any error.
// Usage: node scripts/validate-html.mjs [dist]   (default: $DIST_DIR or dist)
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';

const dist = resolve(process.argv[2] ?? process.env.DIST_DIR ?? 'dist');
if (!existsSync(dist)) {
  console.error(`validate-html: ${dist} does not exist; run npm run build first`);
  process.exit(2);
}

/** @param {string} dir @returns {string[]} */
const htmlFiles = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });

// The rules live in .htmlvalidate.json at the project root (found from each file's folder upwards
// would miss it for a dist outside the project, so it is loaded explicitly).
const loader = new FileSystemConfigLoader({ extends: [resolve('.htmlvalidate.json')] });
const validator = new HtmlValidate(loader);
const files = htmlFiles(dist).sort();
const results = [];
let errors = 0;
let warnings = 0;
for (const file of files) {
  const report = await validator.validateFile(file);
  errors += report.errorCount;
  warnings += report.warningCount;
  results.push(...report.results.map((r) => ({ ...r, filePath: relative(process.cwd(), r.filePath) })));
}

if (results.length) console.log(formatterFactory('stylish')(results));
console.log(`validate-html: ${files.length} pages, ${errors} errors, ${warnings} warnings`);
process.exit(errors > 0 ? 1 : 0);
