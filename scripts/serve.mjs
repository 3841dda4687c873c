#!/usr/bin/env node
// Serves a static export on 127.0.0.1 (never other interfaces), the way a static host would:
// `x/` → `x/index.html`, `x` → `x.html` or `x/index.html`, otherwise the nearest `404.html` up the
// path (`tr/404.html` for `/tr/…`, else `404.html`) with status 404. Sends the build's Brotli or
// gzip copy (`x.br`, `x.gz`) to browsers that accept it; the server configuration files are 404.
// Usage: node scripts/serve.mjs [dir=out] [--port 3000] [--base /sub-path]
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.xml': 'application/xml; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.webp': 'image/webp', '.avif': 'image/avif', '.ico': 'image/x-icon', '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json', '.wasm': 'application/wasm', '.pf_meta': 'application/octet-stream',
};

/** Starts a server for `root`; resolves to `{ url, close }`. Port 0 picks a free port. */
export function serveStatic(root, { port = 3000, base = '' } = {}) {
  const dir = path.resolve(root);
  const prefix = base.replace(/\/+$/, '');
  const isFile = async (file) => (await stat(file).catch(() => null))?.isFile() ?? false;

  const resolve = async (urlPath) => {
    if (/\/(?:_headers|nginx-headers\.conf|nginx-cache\.conf|\.htaccess)$/.test(urlPath)) return null;
    if (prefix && !(urlPath === prefix || urlPath.startsWith(`${prefix}/`))) return null;
    const rel = decodeURIComponent(urlPath.slice(prefix.length)) || '/';
    const file = path.join(dir, rel);
    if (file !== dir && !file.startsWith(dir + path.sep)) return null;
    for (const candidate of rel.endsWith('/') ? [path.join(file, 'index.html')] : [file, `${file}.html`, path.join(file, 'index.html')]) {
      if (await isFile(candidate)) return candidate;
    }
    return null;
  };

  /** The 404 page of the closest folder that has one, like Cloudflare Pages: an edition's own, else the site's. */
  const notFoundPage = async (urlPath) => {
    let rel = '';
    try {
      rel = decodeURIComponent(urlPath.slice(prefix.length));
    } catch {
      rel = '';
    }
    const parts = rel.split('/').filter((p) => p && p !== '.' && p !== '..');
    for (let n = parts.length - 1; n > 0; n--) {
      const candidate = path.join(dir, ...parts.slice(0, n), '404.html');
      if (candidate.startsWith(dir + path.sep) && (await isFile(candidate))) return candidate;
    }
    return path.join(dir, '404.html');
  };

  const server = createServer(async (req, res) => {
    let file = null;
    try {
      file = await resolve(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      file = null;
    }
    const status = file ? 200 : 404;
    file ??= await notFoundPage(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (!(await isFile(file))) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const headers = { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' };
    const accepted = String(req.headers['accept-encoding'] ?? '');
    for (const [extension, name] of [['br', 'br'], ['gz', 'gzip']]) {
      if (!new RegExp(`\\b${name}\\b`).test(accepted) || !(await isFile(`${file}.${extension}`))) continue;
      Object.assign(headers, { 'content-encoding': name, vary: 'Accept-Encoding' });
      file = `${file}.${extension}`;
      break;
    }
    res.writeHead(status, headers);
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });

  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      done({ url: `http://127.0.0.1:${actual}${prefix}/`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i === -1 ? fallback : args.splice(i, 2)[1];
  };
  const port = Number(option('--port', process.env.PORT ?? '3000'));
  const base = option('--base', process.env.BASE_PATH ?? '');
  const { url } = await serveStatic(args[0] ?? 'out', { port, base });
  console.log(`Serving ${args[0] ?? 'out'} at ${url} (Ctrl+C to stop)`);
}
