// A tiny static file server for the built site, as a plain static host would serve it: index.html
// for a folder, 404.html (status 404) for a miss, the base path stripped. For the audit and the
// offline test, which must be able to stop "the internet" at will. Not for production.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

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
    if (!path.startsWith(prefix)) return send(res, 404, join(dir, '404.html'), req.method);
    path = '/' + path.slice(prefix.length);
    const override = overrides.get(path);
    if (override !== undefined) {
      res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
      return res.end(req.method === 'HEAD' ? undefined : override);
    }
    let file = normalize(join(dir, path));
    if (file !== dir && !file.startsWith(dir + sep)) return send(res, 404, join(dir, '404.html'), req.method);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { Location: `${prefix}${path.slice(1)}/` });
        return res.end();
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) return send(res, 404, join(dir, '404.html'), req.method);
    return send(res, 200, file, req.method);
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

function send(res, status, file, method) {
  const body = existsSync(file) ? readFileSync(file) : Buffer.from('Not found');
  res.writeHead(status, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Length': body.length,
    // Always ask again, so a test or audit never sees a stale file from the HTTP cache.
    'Cache-Control': 'no-cache',
  });
  res.end(method === 'HEAD' ? undefined : body);
}
