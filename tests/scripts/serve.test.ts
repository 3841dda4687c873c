/**
 * `npm start`'s server (scripts/serve.mjs) as a reader, an attacker and an unlucky host meet it,
 * on a small export of the test's own: run as a real process (as `nobody` when the tests run as
 * root, so that an unreadable file really is unreadable), asked over raw HTTP (node:http, which
 * decodes nothing), its open descriptors counted in /proc.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/serve.mjs';
import { tempDir } from '../temp';

const SCRIPT = path.join(import.meta.dirname, '..', '..', 'scripts', 'serve.mjs');
const BIG = 5 * 1024 * 1024;

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request on its own connection (no keep-alive, so no socket outlives it). */
function ask(url: string, { method = 'GET', headers = {} }: { method?: string; headers?: Record<string, string> } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    request(url, { method, headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('latin1') }));
    })
      .on('error', reject)
      .end();
  });
}

/** Starts a download and hangs up on its first bytes. */
function abortedDownload(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent: false }, (response) => {
      response.once('data', () => {
        req.destroy();
        resolve();
      });
    });
    req.on('error', (error) => (req.destroyed ? resolve() : reject(error)));
    req.end();
  });
}

/** Files of the test export, a secret outside it, and links that lead out. */
function makeExport(): { root: string; outside: string } {
  const dir = tempDir('brief-serve-');
  chmodSync(dir, 0o755);
  const root = path.join(dir, 'out');
  const outside = path.join(dir, 'outside');
  const files: Record<string, string | Buffer> = {
    'index.html': 'home',
    '404.html': 'site 404',
    'tr/404.html': 'tr 404',
    'tr/index.html': 'tr home',
    'articles/a/index.html': 'article a',
    'page.html': 'page',
    'style.css': 'body{}',
    'style.css.br': 'BROTLI',
    'style.css.gz': 'GZIP',
    'big.bin': Buffer.alloc(BIG, 7),
    'secret.html': 'nobody may read this',
    '_headers': 'headers file',
    '.htaccess': 'apache file',
    'nginx-headers.conf': 'nginx file',
    'nginx-cache.conf': 'nginx map',
    '.env': 'TOKEN=1',
    '.git/config': '[core]',
    'app.js.map': '{}',
    '.well-known/security.txt': 'Contact: mailto:security@example.com',
  };
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  }
  mkdirSync(outside);
  writeFileSync(path.join(outside, 'secret.txt'), 'outside the export');
  symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'leak.txt'));
  symlinkSync(outside, path.join(root, 'linked'));
  symlinkSync('/etc/passwd', path.join(root, 'passwd.html'));
  symlinkSync('page.html', path.join(root, 'alias.html'));
  chmodSync(path.join(root, 'secret.html'), 0o000);
  return { root, outside };
}

let child: ChildProcess | undefined;
let origin = '';
let stderr = '';
let root = '';

beforeAll(async () => {
  root = makeExport().root;
  // As root, chmod 000 stops nobody: the server runs as `nobody`, as it would under a normal account.
  const asNobody = process.getuid?.() === 0 ? ['setpriv', '--reuid=nobody', '--regid=nogroup', '--clear-groups'] : [];
  const [command = process.execPath, ...args] = [...asNobody, process.execPath, SCRIPT, root, '--port', '0'];
  const started = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  child = started;
  started.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  origin = await new Promise<string>((resolve, reject) => {
    let out = '';
    started.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(out)?.[1];
      if (url) resolve(url);
    });
    started.once('exit', (code) => reject(new Error(`serve.mjs exited (${String(code)}): ${stderr}`)));
  });
});

afterAll(() => {
  child?.kill();
});

const descriptors = (): number => readdirSync(`/proc/${child?.pid ?? 0}/fd`).length;

describe('npm start’s server (scripts/serve.mjs)', () => {
  it('closes the file of every download the reader hangs up on: 100 aborted 5 MB downloads leave no descriptor open', async () => {
    expect((await ask(`${origin}/`)).status).toBe(200);
    const baseline = descriptors();
    for (let i = 0; i < 100; i++) await abortedDownload(`${origin}/big.bin`);
    // The server sees each hang-up a moment after the client: give it a second to settle.
    let after = descriptors();
    for (let wait = 0; wait < 20 && after > baseline; wait++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      after = descriptors();
    }
    console.log(`[serve] descriptors: ${baseline} before, ${after} after 100 aborted downloads`);
    expect(after).toBeLessThanOrEqual(baseline);
    const whole = await ask(`${origin}/big.bin`);
    expect(whole.body.length).toBe(BIG);
  });

  it('answers a file it cannot read with 500 and one log line, and goes on serving', async () => {
    const before = stderr;
    const denied = await ask(`${origin}/secret.html`);
    expect(denied.status).toBe(500);
    expect(denied.body).not.toContain('nobody may read');
    // The log line travels through a pipe: it may arrive after the response.
    for (let wait = 0; wait < 30 && !stderr.slice(before.length).includes('\n'); wait++) await new Promise((resolve) => setTimeout(resolve, 100));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const logged = stderr.slice(before.length).trim().split('\n');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/secret\.html.*EACCES/);
    expect((await ask(`${origin}/page`)).body).toBe('page');
    expect(child?.exitCode).toBeNull();
  });

  it('refuses server files, dot files and source maps after decoding (.well-known/ aside), and traversal, with the site’s 404 page', async () => {
    const refused = [
      '/_headers', '/_header%73', '/%2ehtaccess', '/.htaccess', '/nginx-headers%2econf', '/nginx-cache.conf', '/.env', '/%2eenv', '/.git/config', '/%2egit/config',
      '/app.js.map', '/app.js%2emap', '/.well-known/../.env', '/tr/%2e%2e/.env',
      '/..%2f..%2fetc%2fpasswd', '/%252e%252e/%252e%252e/etc/passwd', '/..%5c..%5cetc%5cpasswd', '/page.html%00.txt', '//etc/passwd',
    ];
    for (const url of refused) {
      const reply = await ask(`${origin}${url}`);
      expect([reply.status, reply.body], url).toEqual([404, 'site 404']);
    }
    expect((await ask(`${origin}/.well-known/security.txt`)).body).toBe('Contact: mailto:security@example.com');
    expect((await ask(`${origin}/.well-known/security.txt`)).status).toBe(200);
    // Each edition's own 404 page, and the pages as a static host resolves them.
    expect(await ask(`${origin}/tr/nope/`)).toMatchObject({ status: 404, body: 'tr 404' });
    expect(await ask(`${origin}/articles/a`)).toMatchObject({ status: 200, body: 'article a' });
    expect(await ask(`${origin}/page`)).toMatchObject({ status: 200, body: 'page' });
  });

  it('follows no link out of the export (a link inside it is served)', async () => {
    for (const url of ['/leak.txt', '/linked/secret.txt', '/passwd.html', '/passwd']) {
      const reply = await ask(`${origin}${url}`);
      expect([reply.status, reply.body], url).toEqual([404, 'site 404']);
    }
    expect(await ask(`${origin}/alias`)).toMatchObject({ status: 200, body: 'page' });
  });

  it('weighs Accept-Encoding (q=0 refuses a coding) and sends Vary: Accept-Encoding with every encoding of a file that has copies', async () => {
    const cases: [accept: string | undefined, encoding: string | undefined, body: string][] = [
      ['br, gzip', 'br', 'BROTLI'],
      ['gzip, deflate, br;q=0', 'gzip', 'GZIP'],
      ['br;q=0.5, gzip;q=0.8', 'gzip', 'GZIP'],
      ['br;q=0, gzip;q=0', undefined, 'body{}'],
      ['gzip;q=0', undefined, 'body{}'],
      ['*', 'br', 'BROTLI'],
      ['*;q=0.1, br;q=0', 'gzip', 'GZIP'],
      ['identity', undefined, 'body{}'],
      [undefined, undefined, 'body{}'],
    ];
    for (const [accept, encoding, body] of cases) {
      const reply = await ask(`${origin}/style.css`, { headers: accept === undefined ? {} : { 'accept-encoding': accept } });
      expect([reply.headers['content-encoding'], reply.body, reply.headers.vary, reply.headers['content-type']], accept).toEqual([encoding, body, 'Accept-Encoding', 'text/css; charset=utf-8']);
    }
    // A file without copies does not vary.
    expect((await ask(`${origin}/page.html`, { headers: { 'accept-encoding': 'br' } })).headers.vary).toBeUndefined();
  });

  it('answers methods other than GET and HEAD with 405 and Allow: GET, HEAD', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'TRACE', 'OPTIONS', 'PATCH']) {
      const reply = await ask(`${origin}/page.html`, { method });
      expect([reply.status, reply.headers.allow], method).toEqual([405, 'GET, HEAD']);
    }
    const head = await ask(`${origin}/page.html`, { method: 'HEAD' });
    expect([head.status, head.body, head.headers['content-length']]).toEqual([200, '', '4']);
  });

  it('under a base path, the same refusals after decoding (in process, as the site tests call it)', async () => {
    const server = await serveStatic(root, { port: 0, base: '/brief' });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/brief\/$/);
      expect(await ask(server.url)).toMatchObject({ status: 200, body: 'home' });
      for (const url of ['_header%73', '%2ehtaccess', '.git/config', '../index.html']) expect((await ask(`${server.url}${url}`)).status, url).toBe(404);
      expect((await ask(`${server.url}tr/nope`)).body).toBe('tr 404');
    } finally {
      await server.close();
    }
  });
});
