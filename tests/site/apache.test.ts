/**
 * The export behind Debian's real Apache 2.4, configured only by the .htaccess the build writes
 * into it: the server's own configuration is Debian's stock one for a site folder (AllowOverride
 * limited to FileInfo and Indexes, directory listings on, .ht* files denied), so what passes here
 * passes on a shared host that copies out/ as it is. The export is copied the way docs/deploying.md says
 * (`cp -a out/.`), into a folder Apache's www-data user can read, with files that reach an export by
 * mistake (`.env`, `.git/`, source maps) added, which must never be served.
 */
import { spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hashedScriptFile } from '../../lib/site/assets';
import { deliveryTests, rawGet, STRAYS } from './delivery';
import { exportDir, freePort, listFiles, readExport, isReaderPage } from './helpers';

const MODULES = '/usr/lib/apache2/modules';
/** Debian's default modules that matter to a static site (mod_autoindex to prove folders are not listed). */
const LOADED = ['mpm_event', 'authz_core', 'dir', 'mime', 'headers', 'rewrite', 'deflate', 'filter', 'autoindex', 'alias'];
const SITE_URL = 'https://brief.example.com';

interface Apache {
  origin: string;
  stop(): Promise<void>;
}


/**
 * Debian's apache2 in the foreground on a free loopback port, its document root a fresh folder
 * that holds `exported` (copied with its hidden files, as `cp -a out/.` does) at `subPath`, plus `extra` files.
 */
async function startApache(exported: string, subPath = '', extra: Record<string, string> = {}): Promise<Apache> {
  const binary = ['/usr/sbin/apache2', '/usr/sbin/httpd'].find((file) => existsSync(file));
  if (!binary) throw new Error('Apache is not installed (Debian: apt-get install apache2); .ci/run installs it');
  const dir = mkdtempSync(path.join(tmpdir(), 'brief-apache-'));
  chmodSync(dir, 0o755);
  const root = path.join(dir, 'site');
  cpSync(`${exported}/.`, path.join(root, subPath), { recursive: true });
  for (const [file, text] of Object.entries(extra)) {
    mkdirSync(path.dirname(path.join(root, subPath, file)), { recursive: true });
    writeFileSync(path.join(root, subPath, file), text);
  }
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const config = path.join(dir, 'httpd.conf');
  writeFileSync(
    config,
    [
      'ServerName 127.0.0.1',
      `Listen 127.0.0.1:${port}`,
      `PidFile ${dir}/httpd.pid`,
      `DefaultRuntimeDir ${dir}`,
      `Mutex file:${dir}`,
      `ErrorLog ${dir}/error.log`,
      'LogLevel warn',
      ...(process.getuid?.() === 0 ? ['User www-data', 'Group www-data'] : []),
      ...LOADED.map((name) => `LoadModule ${name}_module ${MODULES}/mod_${name}.so`),
      'TypesConfig /etc/mime.types',
      `DocumentRoot ${root}`,
      '<Directory />\n  AllowOverride None\n  Require all denied\n</Directory>',
      `<Directory ${root}>\n  Options Indexes FollowSymLinks\n  AllowOverride FileInfo Indexes\n  Require all granted\n</Directory>`,
      '<FilesMatch "^\\.ht">\n  Require all denied\n</FilesMatch>',
      '',
    ].join('\n'),
  );
  let log = '';
  const child = spawn(binary, ['-X', '-f', config], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    const errors = existsSync(path.join(dir, 'error.log')) ? readFileSync(path.join(dir, 'error.log'), 'utf8') : '';
    rmSync(dir, { recursive: true, force: true });
    // .htaccess mistakes show as errors here (and as 500s in the tests).
    expect(errors).not.toMatch(/\[(?:core|rewrite|headers|mime):(?:error|alert|crit)\]/);
  };
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`apache exited (${child.exitCode}): ${log}`);
    try {
      await fetch(`${origin}${subPath}/`);
      return { origin, stop };
    } catch {
      if (Date.now() > deadline) throw new Error(`apache did not answer on ${origin}: ${log}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

let apache: Apache | undefined;
let origin = '';

beforeAll(async () => {
  apache = await startApache(exportDir(), '', STRAYS);
  origin = apache.origin;
});

afterAll(async () => {
  await apache?.stop();
});

describe('the export behind real Apache (its own .htaccess)', () => {
  it('answers 200 for every page, asset, feed and sitemap URL the pages and sitemaps link to', async () => {
    const queue = ['/', '/sitemap.xml', '/feed.xml', '/robots.txt'];
    const seen = new Set(queue);
    const failures: string[] = [];
    while (queue.length > 0 && seen.size < 500) {
      const pathname = queue.shift() ?? '';
      const response = await fetch(`${origin}${pathname}`);
      if (response.status !== 200) failures.push(`${response.status} ${pathname}`);
      const type = response.headers.get('content-type') ?? '';
      const text = /html|xml|json|text\/plain/.test(type) ? await response.text() : (await response.arrayBuffer(), '');
      const links = [...text.matchAll(/(?:href|src)="(\/[^"#?]*)/g)].map((m) => m[1] ?? '');
      const absolute = [...text.matchAll(new RegExp(`${SITE_URL.replace(/\./g, '\\.')}(/[^\\s"'<>)]*)`, 'g'))].map((m) => m[1] ?? '');
      for (const link of [...links, ...absolute].map((l) => l.replaceAll('&amp;', '&'))) {
        if (seen.has(link)) continue;
        seen.add(link);
        queue.push(link);
      }
    }
    expect(failures).toEqual([]);
    const pages = listFiles(exportDir())
      .filter((f) => isReaderPage(f) && f.endsWith('index.html') && !f.startsWith('404/'))
      .map((f) => `/${f.replace(/index\.html$/, '')}`);
    expect([...seen]).toEqual(expect.arrayContaining(pages));
  });

  it('sends feeds, sitemaps and images with their types', async () => {
    const types: Record<string, RegExp> = {
      '/feed.xml': /^application\/rss\+xml\b/,
      '/atom.xml': /^application\/atom\+xml\b/,
      '/feed.json': /^application\/feed\+json\b/,
      '/sitemap.xml': /^application\/xml\b/,
      '/robots.txt': /^text\/plain\b/,
    };
    for (const extension of ['avif', 'webp', 'jpg']) {
      const image = listFiles(exportDir()).find((f) => f.startsWith('images/') && f.endsWith(`.${extension}`));
      types[`/${image ?? ''}`] = new RegExp(`^image/${extension === 'jpg' ? 'jpeg' : extension}$`);
    }
    for (const [file, type] of Object.entries(types)) {
      for (const accept of ['br', 'identity']) expect((await rawGet(`${origin}${file}`, { 'accept-encoding': accept })).headers['content-type'], `${file} ${accept}`).toMatch(type);
    }
  });

  it("answers a missing page with 404 and the site's 404 page, in each edition's language; adds the trailing slash; hides the server files and lists no folder", async () => {
    for (const [file, page] of [['/no-such-page/', '404.html'], ['/articles/no-such-brief/', '404.html'], ['/tr/no-such-page/', 'tr/404.html'], ['/tr/articles/nope/', 'tr/404.html'], ['/images/', '404.html'], ['/_headers', '404.html'], ['/nginx-headers.conf', '404.html']] as const) {
      const response = await fetch(`${origin}${file}`);
      expect(response.status, file).toBe(404);
      expect(await response.text(), file).toBe(readExport(page));
      expect(response.headers.get('content-security-policy'), file).toMatch(/^default-src 'self'/);
    }
    expect(readExport('tr/404.html')).toContain('<html lang="tr"');
    expect((await fetch(`${origin}/.htaccess`)).status).toBe(403);
    const redirect = await fetch(`${origin}/articles/xai-openai-training`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe(`${origin}/articles/xai-openai-training/`);
  });

  it('never serves dot files or source maps that reach the export, and serves .well-known/', async () => {
    for (const file of ['/.env', '/.git/config', '/x.js.map', '/tr/.env', '/_next/static/y.js.map', '/%2eenv']) {
      const response = await fetch(`${origin}${file}`);
      expect(response.status, file).toBe(404);
      expect(await response.text(), file).toBe(readExport(file.startsWith('/tr/') ? 'tr/404.html' : '404.html'));
    }
    const security = await fetch(`${origin}/.well-known/security.txt`);
    expect(security.status).toBe(200);
    expect(await security.text()).toBe(STRAYS['.well-known/security.txt']);
    expect(security.headers.get('content-type')).toMatch(/^text\/plain\b/);
  });

  it('sends the same security headers as _headers and nginx, with the CSP of the build', async () => {
    const response = await fetch(`${origin}/articles/xai-openai-training/`);
    const headersFile = readExport('_headers');
    for (const name of ['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy']) {
      const value = response.headers.get(name);
      expect(value, name).not.toBeNull();
      expect(headersFile, name).toContain(`  ${name}: ${value ?? ''}\n`);
    }
  });
});

describe('compression and caching under Apache (.htaccess)', () => {
  deliveryTests(() => origin);
});

describe('a sub-path build (BASE_PATH=/brief) copied to /brief/ under Apache', () => {
  let sub: Apache | undefined;
  beforeAll(async () => {
    sub = await startApache(inject('subExportDir'), '/brief');
  });
  afterAll(async () => {
    await sub?.stop();
  });

  it('serves its pages, its hashed files compressed for a year, and its own 404 page in each edition', async () => {
    const at = (p: string) => `${sub?.origin ?? ''}/brief${p}`;
    const home = await rawGet(at('/'), { 'accept-encoding': 'br' });
    expect(home.status).toBe(200);
    expect(home.headers['content-encoding']).toBe('br');
    expect(home.headers['cache-control']).toBe('public, no-cache');
    const script = await rawGet(at(`/${hashedScriptFile()}`), { 'accept-encoding': 'gzip' });
    expect(script.headers['content-encoding']).toBe('gzip');
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const article = await fetch(at('/articles/xai-openai-training/'));
    expect(await article.text()).toContain('href="/brief/');
    const missing = await fetch(at('/no-such-page/'));
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Page not found');
    const turkish = await fetch(at('/tr/no-such-page/'));
    expect(turkish.status).toBe(404);
    expect(await turkish.text()).toContain('Sayfa bulunamadı');
  });
});
