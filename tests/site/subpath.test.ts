/**
 * The site built with BASE_PATH=/brief, served by real nginx under /brief/ with the sub-path block
 * documented in deploy/nginx.conf: every internal URL carries the prefix and answers 200, and an
 * unknown path gets the site's 404 page. This build has no Turkish brief: its Turkish edition is
 * empty, and still complete.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hashedScriptFile } from '../../lib/site/assets';
import { startNginx, type Nginx } from '../../scripts/nginx';
import { rawGet } from './delivery';
import { freePort } from './helpers';

const BASE = '/brief';
let nginx: Nginx | undefined;
let origin = '';

/** The commented sub-path block of deploy/nginx.conf, uncommented, pointing at the test export. */
function subPathBlock(exportDir: string): string {
  const documented = readFileSync('deploy/nginx.conf', 'utf8');
  const block = /^#(\s+location \^~ \/brief\/ \{[\s\S]*?^#\s+\})/m.exec(documented)?.[1];
  if (!block) throw new Error('deploy/nginx.conf has no documented sub-path block');
  return block.replace(/^#/gm, '').replaceAll('/srv/brief/out', exportDir);
}


/** deploy/nginx.conf's compression lines (brotli_static, gzip_*), which the sub-path's server has too. */
function compressionLines(): string {
  return [...readFileSync('deploy/nginx.conf', 'utf8').matchAll(/^\s*(?:brotli_static|gzip\w*) [^;]+;$/gm)].map((m) => m[0]).join('\n');
}

beforeAll(async () => {
  const dir = inject('subExportDir');
  const port = await freePort();
  nginx = await startNginx(`include ${dir}/nginx-cache.conf;\nserver {\n  listen 127.0.0.1:${port};\n${compressionLines()}\n${subPathBlock(dir)}\n}`, port, `${BASE}/`);
  origin = nginx.origin;
});

afterAll(async () => {
  await nginx?.stop();
});

describe('hosting under a sub-path (BASE_PATH=/brief) behind nginx', () => {
  it('serves every internal link and asset under /brief/ with status 200', async () => {
    const seen = new Set<string>([`${BASE}/`]);
    const queue = [`${BASE}/`];
    const failures: string[] = [];
    while (queue.length > 0 && seen.size < 400) {
      const url = queue.shift() ?? '';
      const response = await fetch(`${origin}${url}`);
      if (response.status !== 200) failures.push(`${response.status} ${url}`);
      if (!(response.headers.get('content-type') ?? '').includes('text/html')) continue;
      const html = await response.text();
      for (const [, link = ''] of html.matchAll(/(?:href|src)="(\/[^"#?]*)/g)) {
        if (!link.startsWith(`${BASE}/`)) failures.push(`unprefixed ${link} in ${url}`);
        else if (!seen.has(link)) {
          seen.add(link);
          queue.push(link);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(seen.size).toBeGreaterThan(15);
    for (const needed of [`${BASE}/articles/xai-openai-training/`, `${BASE}/${hashedScriptFile()}`, `${BASE}/search/`, `${BASE}/tr/`, `${BASE}/tr/search/`]) expect(seen).toContain(needed);
  });

  it('builds an empty Turkish edition: its pages say there is nothing yet, and no placeholder page is left', async () => {
    const home = await (await fetch(`${origin}${BASE}/tr/`)).text();
    expect(home).toContain('<html lang="tr"');
    expect(home).toContain('Burada henüz yazı yok.');
    // The search page knows its edition has no index (Pagefind would fall back to the English one).
    expect(await (await fetch(`${origin}${BASE}/tr/search/`)).text()).toMatch(/<form[^>]*data-shards="0"/);
    expect(existsSync(path.join(inject('subExportDir'), 'tr/articles'))).toBe(false);
    expect((await fetch(`${origin}${BASE}/tr/articles/xai-openai-training/`)).status).toBe(404);
    const missing = await fetch(`${origin}${BASE}/tr/no-such-page/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Sayfa bulunamadı');
  });

  it('sends the prefixed hashed files compressed and kept for a year, and pages revalidated', async () => {
    const script = await rawGet(`${origin}${BASE}/${hashedScriptFile()}`, { 'accept-encoding': 'br' });
    expect(script.headers['content-encoding']).toBe('br');
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const home = await rawGet(`${origin}${BASE}/`, { 'accept-encoding': 'gzip' });
    expect(home.headers['content-encoding']).toBe('gzip');
    expect(home.headers['cache-control']).toBe('public, no-cache');
  });

  it('answers an unknown path with the site’s 404 page', async () => {
    const response = await fetch(`${origin}${BASE}/no-such-page/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Page not found');
  });
});
