/**
 * What a real server (nginx with deploy/nginx.conf, Apache with the export's .htaccess) must do
 * with the export's bytes, asserted over raw HTTP (node:http, which decodes nothing): the
 * precompressed copies for browsers that accept them, the cache policy, and `304` for a
 * conditional request. Each server's test file calls `deliveryTests`.
 */
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { hashedScriptFile } from '../../lib/site/assets';
import { exportDir, listFiles, readExport } from './helpers';

/** Files that reach an export by mistake and must never be served (a top `.well-known/` must). */
export const STRAYS: Record<string, string> = {
  '.env': 'TOKEN=secret',
  '.git/config': '[core]',
  'x.js.map': '{"version":3}',
  'tr/.env': 'TOKEN=secret',
  '_next/static/y.js.map': '{"version":3}',
  '.well-known/security.txt': 'Contact: mailto:security@example.com\n',
};

export interface RawResponse {
  status: number;
  headers: Record<string, string | undefined>;
  body: Buffer;
}

/** GET `url` with exactly these request headers; the body as sent. */
export function rawGet(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const flat: Record<string, string | undefined> = {};
        for (const [name, value] of Object.entries(response.headers)) flat[name] = Array.isArray(value) ? value.join(', ') : value;
        resolve({ status: response.statusCode ?? 0, headers: flat, body: Buffer.concat(chunks) });
      });
    })
      .on('error', reject)
      .end();
  });
}

const YEAR = 'public, max-age=31536000, immutable';
const REVALIDATE = 'public, no-cache';
const ARTICLE = '/articles/xai-openai-training/';

/** The body as the browser reads it, decoded per Content-Encoding. */
function decoded(response: RawResponse): Buffer {
  const encoding = response.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(response.body);
  if (encoding === 'gzip') return gunzipSync(response.body);
  return response.body;
}

/** Registers the delivery tests against the server at `origin()`, which serves the test export at its root. */
export function deliveryTests(origin: () => string): void {
  const files = () => listFiles(exportDir());
  const url = (p: string) => `${origin()}${p}`;
  const stylesheet = () => `/${files().find((f) => f.startsWith('_next/static/') && f.endsWith('.css')) ?? ''}`;

  it('sends an article and the stylesheet Brotli-encoded, or gzip-encoded, or as they are, as the browser asks', async () => {
    for (const file of [ARTICLE, stylesheet(), `/${hashedScriptFile()}`, '/feed.xml']) {
      const onDisk = readFileSync(path.join(exportDir(), file.endsWith('/') ? `${file}index.html` : file));
      for (const [accept, encoding] of [['br, gzip', 'br'], ['gzip, deflate', 'gzip'], ['identity', undefined]] as const) {
        const response = await rawGet(url(file), { 'accept-encoding': accept });
        expect(response.status, `${file} ${accept}`).toBe(200);
        expect(response.headers['content-encoding'], `${file} ${accept}`).toBe(encoding);
        expect(response.headers.vary ?? '', `${file} ${accept}`).toMatch(/accept-encoding/i);
        expect(decoded(response).equals(onDisk), `${file} ${accept}: the page the reader gets`).toBe(true);
        if (encoding) expect(response.body.length, `${file} ${accept}`).toBeLessThan(onDisk.length / 2);
      }
    }
    // Encoded or not, a page keeps its type and the security headers.
    const page = await rawGet(url(ARTICLE), { 'accept-encoding': 'br' });
    expect(page.headers['content-type']).toMatch(/^text\/html; ?charset=utf-8$/i);
    expect(page.headers['content-security-policy']).toMatch(/^default-src 'self'/);
  });

  it('lets browsers keep hashed files for a year, and revalidate pages, feeds, sitemaps, robots.txt and share images', async () => {
    const image = files().find((f) => f.startsWith('images/') && f.endsWith('.avif'));
    const fragment = files().find((f) => f.startsWith('pagefind/') && f.includes('/fragment/'));
    for (const file of [stylesheet(), `/${hashedScriptFile()}`, `/${image ?? ''}`, `/${fragment ?? ''}`]) {
      const response = await rawGet(url(file), { 'accept-encoding': 'br, gzip' });
      expect(response.status, file).toBe(200);
      expect(response.headers['cache-control'], file).toBe(YEAR);
    }
    for (const file of ['/', ARTICLE, '/topics/', '/tr/', '/feed.xml', '/sitemap.xml', '/robots.txt', '/og/default.png', '/pagefind/en/0/pagefind-entry.json']) {
      const response = await rawGet(url(file), { 'accept-encoding': 'br, gzip' });
      expect(response.status, file).toBe(200);
      expect(response.headers['cache-control'], file).toBe(REVALIDATE);
      expect(response.headers.etag ?? response.headers['last-modified'], `${file}: a validator to revalidate with`).toBeDefined();
    }
    // A missing hashed file is not cached for a year.
    const missing = await rawGet(url('/_next/static/chunks/no-such-file.css'));
    expect(missing.status).toBe(404);
    expect(missing.headers['cache-control'] ?? '').not.toContain('immutable');
  });

  it('answers a conditional request for an unchanged page or stylesheet with 304 and no body, in every encoding', async () => {
    for (const file of [ARTICLE, stylesheet()]) {
      for (const accept of ['br', 'gzip', 'identity']) {
        const first = await rawGet(url(file), { 'accept-encoding': accept });
        const etag = first.headers.etag;
        const modified = first.headers['last-modified'];
        expect(etag, `${file} ${accept}`).toBeDefined();
        const byTag = await rawGet(url(file), { 'accept-encoding': accept, 'if-none-match': etag ?? '' });
        expect(byTag.status, `${file} ${accept} If-None-Match`).toBe(304);
        expect(byTag.body.length).toBe(0);
        expect(byTag.headers['cache-control'], `${file} ${accept}`).toBe(first.headers['cache-control']);
        const byDate = await rawGet(url(file), { 'accept-encoding': accept, 'if-modified-since': modified ?? '' });
        expect(byDate.status, `${file} ${accept} If-Modified-Since`).toBe(304);
      }
    }
    // A changed page (another validator) is sent in full.
    const stale = await rawGet(url(ARTICLE), { 'accept-encoding': 'br', 'if-none-match': '"not-this-version"' });
    expect(stale.status).toBe(200);
    expect(decoded(stale).toString('utf8')).toBe(readExport('articles/xai-openai-training/index.html'));
  });
}
