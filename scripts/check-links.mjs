#!/usr/bin/env node
// Checks the built site in dist/: every internal link, image and short-link target points to a
// file that exists, and every #anchor to an id on that page. Also keeps the promise to teachers
// that a published URL never disappears: tests/published-urls.txt lists every page, and a page
// that is missing (or new and not yet listed) fails the check.
// Usage: node scripts/check-links.mjs [dist]
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const dist = resolve(process.argv[2] ?? 'dist');
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const publishedFile = resolve('tests/published-urls.txt');

if (!existsSync(dist)) {
  console.error(`check-links: ${dist} does not exist; run npm run build first`);
  process.exit(2);
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const files = walk(dist);
const htmlFiles = files.filter((f) => f.endsWith('.html'));
const idsOf = new Map();
const ids = (file) => {
  if (!idsOf.has(file)) idsOf.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
  return idsOf.get(file);
};

/** The file a URL path on this site is served from, or undefined. */
function target(urlPath) {
  if (!urlPath.startsWith(base)) return undefined;
  const rest = decodeURIComponent(urlPath.slice(base.length));
  const candidates = rest === '' || rest.endsWith('/') ? [join(dist, rest, 'index.html')] : [join(dist, rest), join(dist, rest, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

const problems = [];
let checked = 0;
for (const file of htmlFiles) {
  const html = readFileSync(file, 'utf8');
  const page = '/' + relative(dist, file).replace(/index\.html$/, '');
  const refs = [
    ...[...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/http-equiv="refresh" content="\d+;\s*url=([^"]+)"/g)].map((m) => m[1]),
  ];
  for (const raw of refs) {
    const ref = raw.replace(/&amp;/g, '&');
    if (/^(https?:|mailto:|tel:|data:)/.test(ref)) {
      if (/^https?:/.test(ref) && !/rel="canonical"/.test(html.slice(Math.max(0, html.indexOf(ref) - 40), html.indexOf(ref)))) {
        problems.push(`${page}: link to another host (${ref}); the site makes no requests to other hosts`);
      }
      continue;
    }
    checked++;
    const url = new URL(ref, `http://site${page}`);
    const targetFile = url.pathname === page && ref.startsWith('#') ? file : target(url.pathname);
    if (!targetFile) {
      problems.push(`${page}: broken link ${ref}`);
      continue;
    }
    if (url.hash && targetFile.endsWith('.html') && !ids(targetFile).has(decodeURIComponent(url.hash.slice(1)))) {
      problems.push(`${page}: ${ref} points to an anchor that does not exist on ${url.pathname}`);
    }
  }
}

// Published URLs: each must still exist; a new page must be added deliberately.
const pages = htmlFiles
  .filter((f) => f.endsWith('index.html'))
  .map((f) => '/' + relative(dist, f).replace(/index\.html$/, ''))
  .sort();
if (process.argv.includes('--write-published')) {
  writeFileSync(publishedFile, `# Every published URL. Teachers link to these: never remove one.\n# A new page: add its URL here (node scripts/check-links.mjs dist --write-published).\n${pages.join('\n')}\n`);
  console.log(`wrote ${pages.length} URLs to ${relative(process.cwd(), publishedFile)}`);
}
const published = existsSync(publishedFile)
  ? readFileSync(publishedFile, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))
  : [];
const pageSet = new Set(pages);
for (const url of published) if (!pageSet.has(url)) problems.push(`published URL ${url} no longer exists: teachers link to it. Restore it, or forward it with a short-link page`);
const publishedSet = new Set(published);
for (const url of pages) if (!publishedSet.has(url)) problems.push(`new page ${url} is not in tests/published-urls.txt: add it there (it becomes a promise to keep)`);

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`check-links: ${problems.length} problem(s) in ${htmlFiles.length} pages`);
  process.exit(1);
}
console.log(`check-links: ${checked} internal links and anchors in ${htmlFiles.length} pages are fine; ${published.length} published URLs all exist`);
