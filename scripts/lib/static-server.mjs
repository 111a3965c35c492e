// A tiny static file server for the built site, as a plain static host would serve it: index.html
// for a folder, 404.html (status 404) for a miss, the base path stripped, text compressed with
// gzip when the browser asks for it (as every real host does; Lighthouse's figures depend on it). For the audit and the
// offline test, which must be able to stop "the internet" at will. Not for production.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

/**
 * Serves `root` on http://host:port/ (port 0: any free port).
 * `overrides` maps a URL path (without base) to a body to serve instead of the file, for tests
 * that publish "a new version" of one file.
 * @param {{ root: string, port?: number, host?: string, base?: string, overrides?: Map<string, string | Buffer> }} options
 */
export async function startStaticServer({ root, port = 0, host = '127.0.0.1', base = '/', overrides = new Map() }) {
  const dir = resolve(root);
  const prefix = base.replace(/\/?$/, '/');
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(prefix)) return send(req, res, 404, join(dir, '404.html'));
    path = '/' + path.slice(prefix.length);
    const override = overrides.get(path);
    if (override !== undefined) {
      res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
      return res.end(req.method === 'HEAD' ? undefined : override);
    }
    let file = normalize(join(dir, path));
    if (file !== dir && !file.startsWith(dir + sep)) return send(req, res, 404, join(dir, '404.html'));
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { Location: `${prefix}${path.slice(1)}/` });
        return res.end();
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) return send(req, res, 404, join(dir, '404.html'));
    return send(req, res, 200, file);
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(undefined));
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    origin: `http://${host}:${actualPort}`,
    url: `http://${host}:${actualPort}${prefix}`,
    overrides,
    /** Stops serving at once, open keep-alive connections included (the site is then "offline"). */
    close: () =>
      new Promise((ok) => {
        server.close(() => ok(undefined));
        server.closeAllConnections();
      }),
  };
}

/** Compressed bodies by file, made once per file. */
const gzipped = new Map();
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.webmanifest', '.svg', '.txt', '.xml']);

function send(req, res, status, file) {
  let body = existsSync(file) ? readFileSync(file) : Buffer.from('Not found');
  const headers = {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    // Always ask again, so a test or audit never sees a stale file from the HTTP cache.
    'Cache-Control': 'no-cache',
    Vary: 'Accept-Encoding',
  };
  if (COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    if (!gzipped.has(file)) gzipped.set(file, gzipSync(body, { level: 6 }));
    body = gzipped.get(file);
    headers['Content-Encoding'] = 'gzip';
  }
  headers['Content-Length'] = body.length;
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}
