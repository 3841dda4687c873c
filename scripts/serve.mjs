#!/usr/bin/env node
// Serves a static export on 127.0.0.1 (never other interfaces), the way a static host would:
// `x/` → `x/index.html`, `x` → `x.html` or `x/index.html`, otherwise the nearest `404.html` up the
// path (`tr/404.html` for `/tr/…`, else `404.html`) with status 404. Sends the build's Brotli or
// gzip copy (`x.br`, `x.gz`) as the browser's Accept-Encoding weighs them.
// Refused (404) after percent-decoding: the server configuration files, dot files and folders
// (`.well-known/` aside), source maps, `..`, NUL and backslashes, and anything whose real path
// (links resolved) leaves the export. Methods other than GET and HEAD get 405. A file it cannot
// read answers 500 and logs one line; a reader who hangs up leaves no descriptor open.
// Usage: node scripts/serve.mjs [dir=out] [--port 3000] [--base /sub-path]
import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.xml': 'application/xml; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.webp': 'image/webp', '.avif': 'image/avif', '.ico': 'image/x-icon', '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json', '.wasm': 'application/wasm', '.pf_meta': 'application/octet-stream',
};

/** The build's server configuration files (SERVER_FILES in lib/engine/hosting/host-files.ts; this file stays plain JavaScript). */
const SERVER_FILES = new Set(['_headers', 'nginx-headers.conf', 'nginx-cache.conf', '.htaccess']);
/** Codings the build writes copies for, in the order preferred when the browser weighs them equally. */
const CODINGS = [['br', '.br'], ['gzip', '.gz']];
const ALLOW = 'GET, HEAD';
/** Errors that mean "there is no such file", as opposed to one the server cannot read. */
const GONE = new Set(['ENOENT', 'ENOTDIR', 'ELOOP', 'ENAMETOOLONG']);

/**
 * Accept-Encoding's weights (RFC 9110 §12.5.3): coding → q; an unlisted coding takes `*`'s weight,
 * else 0. An unlisted identity ranks last here but is still what is sent when no copy is acceptable.
 */
function weigh(header) {
  const listed = new Map();
  for (const part of String(header ?? '').toLowerCase().split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim());
    if (!name) continue;
    const q = params.find((p) => p.startsWith('q='));
    // A malformed weight counts as a refusal: never send a coding the browser may not decode.
    listed.set(name, q === undefined ? 1 : /^q=(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/.test(q) ? Number(q.slice(2)) : 0);
  }
  return (coding) => listed.get(coding) ?? listed.get('*') ?? 0;
}

/**
 * The decoded path segments below the base path, or null when the path is refused: not under the
 * base, undecodable, `..`, NUL or backslash, a dot file or folder other than a top `.well-known/`,
 * a server file, a source map.
 */
function segmentsOf(pathname, prefix) {
  if (prefix && pathname !== prefix && !pathname.startsWith(`${prefix}/`)) return null;
  let rel;
  try {
    rel = decodeURIComponent(pathname.slice(prefix.length));
  } catch {
    return null;
  }
  if (/[\0\\]/.test(rel)) return null;
  const parts = rel.split('/');
  const refused = (part, i) => part === '..' || (part.startsWith('.') && !(i === 1 && part === '.well-known')) || SERVER_FILES.has(part) || part.endsWith('.map');
  if (parts.some(refused)) return null;
  return parts.filter((p) => p !== '');
}

/** One line for the log, naming the request and the file. */
const logLine = (req, file, error) => console.error(`serve: ${req.method} ${req.url}: cannot read ${file} (${error.code ?? error.message}); check that this user can read it`);

/** Starts a server for `root`; resolves to `{ url, close }`. Port 0 picks a free port. */
export function serveStatic(root, { port = 3000, base = '' } = {}) {
  const dir = path.resolve(root);
  const prefix = base.replace(/\/+$/, '');

  /**
   * The real path of `candidate` when it lies inside the export's real path (computed per request:
   * each build replaces out/), else null (also when it is gone); throws when it cannot be resolved.
   */
  const locate = async (realRoot, candidate) => {
    let real;
    try {
      real = await realpath(candidate);
    } catch (error) {
      if (GONE.has(error.code)) return null;
      throw Object.assign(error, { file: candidate });
    }
    if (real !== realRoot && !real.startsWith(realRoot + path.sep)) return null;
    return real;
  };

  /**
   * Opens `file` (already a real path) for reading; null when it is gone or not a regular file.
   * O_NONBLOCK: a FIFO never holds the server; O_NOFOLLOW: a link swapped in since realpath is not followed.
   */
  const openFile = async (file) => {
    let handle;
    try {
      handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
    } catch (error) {
      if (GONE.has(error.code)) return null;
      throw Object.assign(error, { file });
    }
    const info = await handle.stat().catch(async (error) => {
      await handle.close();
      throw Object.assign(error, { file });
    });
    if (info.isFile()) return { handle, size: info.size };
    await handle.close();
    return null;
  };

  /** The first candidate that is a readable regular file inside the export, opened. */
  const first = async (realRoot, candidates) => {
    for (const candidate of candidates) {
      const real = await locate(realRoot, candidate);
      const opened = real && (await openFile(real));
      if (opened) return { ...opened, file: real };
    }
    return null;
  };

  /** The page for `parts`, or the 404 page of the closest folder that has one, like Cloudflare Pages: an edition's own, else the site's. */
  const find = async (realRoot, parts, trailingSlash) => {
    if (parts) {
      const file = path.join(realRoot, ...parts);
      const found = await first(realRoot, trailingSlash || parts.length === 0 ? [path.join(file, 'index.html')] : [file, `${file}.html`, path.join(file, 'index.html')]);
      if (found) return { status: 200, ...found };
    }
    const safe = parts ?? [];
    const pages = [];
    for (let n = Math.max(safe.length - 1, 0); n >= 0; n--) pages.push(path.join(realRoot, ...safe.slice(0, n), '404.html'));
    const page = await first(realRoot, pages);
    return page ? { status: 404, ...page } : null;
  };

  /** The copy to send (`x.br`, `x.gz` or `x` itself) and whether the response varies by Accept-Encoding. */
  const negotiate = async (realRoot, found, acceptEncoding) => {
    const copies = [];
    for (const [coding, extension] of CODINGS) {
      const real = await locate(realRoot, found.file + extension);
      if (real) copies.push({ coding, file: real });
    }
    if (copies.length === 0) return found;
    const weight = weigh(acceptEncoding);
    // The highest weight wins; on a tie the first (Brotli, then gzip, then the file itself). Nothing acceptable: the file itself.
    const winner = [...copies, { coding: 'identity' }].reduce((a, b) => (weight(b.coding) > weight(a.coding) ? b : a));
    const opened = winner.coding !== 'identity' && weight(winner.coding) > 0 ? await openFile(winner.file) : null;
    if (!opened) return { ...found, vary: true };
    await found.handle.close();
    return { ...opened, file: winner.file, coding: winner.coding, vary: true };
  };

  const handle = async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: ALLOW, 'content-type': 'text/plain; charset=utf-8' }).end('Method not allowed');
      return;
    }
    const raw = (req.url ?? '/').split('?')[0];
    // Prefixed with an origin so that `//x/y` stays a path, not a host; the parser resolves `.` and `..` segments.
    const parts = raw.startsWith('/') && URL.canParse(`http://localhost${raw}`) ? segmentsOf(new URL(`http://localhost${raw}`).pathname, prefix) : null;
    let realRoot;
    try {
      realRoot = await realpath(dir);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const found = await find(realRoot, parts, raw.endsWith('/'));
    if (!found) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const chosen = await negotiate(realRoot, found, req.headers['accept-encoding']).catch(async (error) => {
      await found.handle.close();
      throw error;
    });
    const headers = { 'content-type': TYPES[path.extname(found.file)] ?? 'application/octet-stream', 'content-length': chosen.size };
    if (chosen.coding) headers['content-encoding'] = chosen.coding;
    if (chosen.vary) headers.vary = 'Accept-Encoding';
    res.writeHead(found.status, headers);
    if (req.method === 'HEAD') {
      await chosen.handle.close();
      res.end();
      return;
    }
    // pipeline destroys the file stream (closing its descriptor) when the reader hangs up or the read fails.
    pipeline(chosen.handle.createReadStream(), res, (error) => {
      if (error && error.code !== 'ERR_STREAM_PREMATURE_CLOSE') logLine(req, chosen.file, error);
    });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      logLine(req, error.file ?? req.url, error);
      if (res.headersSent) res.destroy();
      else res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('Internal server error');
    });
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
