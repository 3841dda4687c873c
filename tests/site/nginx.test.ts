/**
 * The export behind real nginx, configured by deploy/nginx.conf itself (only root, listen and the
 * headers include point at the test's files): every internal link, asset, feed and sitemap URL
 * answers 200, unknown paths get the site's 404 page, and the pages work in Chromium under the
 * generated Content-Security-Policy, which blocks an injected inline script. Files that reach an
 * export by mistake (`.env`, `.git/`, source maps: added to the test's copy of it) are never served,
 * and the documented HTTPS lines serve the site with HSTS and redirect http:// to https://.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashedScriptFile } from '../../lib/site/assets';
import { inlineScriptHashes } from '../../lib/engine/hosting/security-headers';
import { deployedHttpsServers, deployedServer, startNginx, type Nginx } from '../../scripts/nginx';
import { tempDir } from '../temp';
import { deliveryTests, STRAYS } from './delivery';
import { exportDir, freePort, launchChromium, listFiles, readExport, isReaderPage } from './helpers';

const SITE_URL = 'https://brief.example.com';
const MAX_URLS = 500;
/** Appears only in the body of content/xai-openai-training.md, so only the index can find it. */
const BODY_WORD = 'homogenised';



/** A copy of the test export with the strays in it (the shared export stays as the build wrote it). */
function exportWithStrays(): string {
  const dir = path.join(tempDir('brief-nginx-export-'), 'out');
  cpSync(exportDir(), dir, { recursive: true });
  for (const [file, text] of Object.entries(STRAYS)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

let nginx: Nginx | undefined;
let origin = '';

beforeAll(async () => {
  const port = await freePort();
  nginx = await startNginx(deployedServer(exportWithStrays(), port), port);
  origin = nginx.origin;
});

afterAll(async () => {
  await nginx?.stop();
});

/** Internal URLs a document points at: attributes of HTML pages, and every absolute site URL in any text. */
function linksOf(text: string, base: string, isHtml: boolean): string[] {
  const found: string[] = [];
  for (const [, raw] of text.matchAll(new RegExp(`${SITE_URL.replace(/\./g, '\\.')}(/[^\\s"'<>\\\\)]*)`, 'g'))) found.push(`${origin}${raw}`);
  if (isHtml) {
    for (const match of text.matchAll(/<(a|link)\b[^>]*?\shref="([^"]*)"|<(script|img)\b[^>]*?\ssrc="([^"]*)"/g)) {
      const value = (match[2] ?? match[4] ?? '').replaceAll('&amp;', '&');
      if (value) found.push(new URL(value, base).href);
    }
  }
  return found
    .map((url) => {
      const parsed = new URL(url);
      parsed.hash = '';
      return parsed.href;
    })
    .filter((url) => url.startsWith(`${origin}/`));
}

describe('the export behind real nginx (deploy/nginx.conf)', () => {
  it('answers 200 for every internal link, asset, feed and sitemap URL reachable from / (at most 500)', async () => {
    const seeds = ['/', '/sitemap.xml', '/news-sitemap.xml', '/robots.txt', '/feed.xml', '/atom.xml', '/feed.json'];
    const queue = seeds.map((p) => `${origin}${p}`);
    const seen = new Set(queue);
    const failures: string[] = [];
    while (queue.length > 0) {
      const url = queue.shift() ?? '';
      const response = await fetch(url);
      if (response.status !== 200) failures.push(`${response.status} ${url}`);
      const type = response.headers.get('content-type') ?? '';
      if (!/html|xml|json|text\/plain/.test(type)) {
        await response.arrayBuffer();
        continue;
      }
      for (const link of linksOf(await response.text(), url, type.includes('html'))) {
        if (seen.has(link) || seen.size >= MAX_URLS) continue;
        seen.add(link);
        queue.push(link);
      }
    }
    console.log(`[nginx] crawled ${seen.size} URLs`);
    expect(failures).toEqual([]);
    const paths = [...seen].map((url) => new URL(url).pathname);
    // The crawl reached every page of the export, the feeds and the share images.
    const pages = listFiles(exportDir())
      .filter((f) => isReaderPage(f) && f.endsWith('index.html') && !['404/index.html', '_not-found/index.html'].includes(f))
      .map((f) => `/${f.replace(/index\.html$/, '')}`);
    expect(paths).toEqual(expect.arrayContaining([...pages, `/${hashedScriptFile()}`, '/topics/ethics-safety-regulation/feed.xml', '/og/default.png']));
    expect(paths.some((p) => p.startsWith('/_next/static/') && p.endsWith('.css'))).toBe(true);
    expect(seen.size).toBeLessThanOrEqual(MAX_URLS);
  });

  it('serves the published images with their content types', async () => {
    const types = { avif: 'image/avif', webp: 'image/webp', jpg: 'image/jpeg', png: 'image/png' };
    const images = listFiles(exportDir()).filter((f) => f.startsWith('images/'));
    for (const [extension, type] of Object.entries(types)) {
      const file = images.find((f) => f.endsWith(`.${extension}`));
      expect(file, extension).toBeDefined();
      expect((await fetch(`${origin}/${file ?? ''}`)).headers.get('content-type'), file).toBe(type);
    }
  });

  it('serves feeds and sitemaps with their own content types', async () => {
    const types = { '/feed.xml': 'application/rss+xml', '/atom.xml': 'application/atom+xml', '/feed.json': 'application/feed+json', '/sitemap.xml': 'application/xml' };
    for (const [file, type] of Object.entries(types)) {
      expect((await fetch(`${origin}${file}`)).headers.get('content-type'), file).toMatch(new RegExp(`^${type.replace('+', '\\+')}\\b`));
    }
  });

  it("answers an unknown path with status 404 and the site's 404 page, and hides the header files", async () => {
    for (const file of ['/no-such-page/', '/articles/no-such-brief/', '/_headers', '/nginx-headers.conf', '/nginx-cache.conf', '/.htaccess']) {
      const response = await fetch(`${origin}${file}`);
      expect(response.status, file).toBe(404);
      expect(await response.text(), file).toBe(readExport('404.html'));
      expect(response.headers.get('content-security-policy'), file).not.toBeNull();
    }
  });

  it('never serves dot files or source maps that reach the export, serves .well-known/, and names no version', async () => {
    for (const file of ['/.env', '/.git/config', '/x.js.map', '/tr/.env', '/_next/static/y.js.map', '/%2eenv', '/.well-known/../.env']) {
      const response = await fetch(`${origin}${file}`);
      expect(response.status, file).toBe(404);
      expect(await response.text(), file).toBe(readExport('404.html'));
    }
    const security = await fetch(`${origin}/.well-known/security.txt`);
    expect(security.status).toBe(200);
    expect(await security.text()).toBe(STRAYS['.well-known/security.txt']);
    expect(security.headers.get('content-type')).toMatch(/^text\/plain\b/);
    for (const file of ['/', '/no-such-page/']) expect((await fetch(`${origin}${file}`)).headers.get('server'), file).toBe('nginx');
  });

  it('sends the generated security headers, whose CSP names the hash of every inline script of every page', async () => {
    const response = await fetch(`${origin}/articles/xai-openai-training/`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(readExport('_headers')).toContain(`  Content-Security-Policy: ${csp}\n`);
    expect(csp).toMatch(/^default-src 'self'; script-src 'self' ('sha256-[A-Za-z0-9+/]+=*' )+'wasm-unsafe-eval';/);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    for (const page of listFiles(exportDir()).filter((f) => f.endsWith('.html'))) {
      for (const hash of inlineScriptHashes(readExport(page))) expect(csp, page).toContain(hash);
    }
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('permissions-policy')).toBe('camera=(), microphone=(), geolocation=(), interest-cohort=()');
  });
});

/** GET over TLS, trusting only `ca`. */
function httpsGet(url: string, ca: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    request(url, { ca, agent: false }, (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers }));
    })
      .on('error', reject)
      .end();
  });
}

describe("deploy/nginx.conf's documented HTTPS lines, with a certificate of the test's own", () => {
  let https: Nginx | undefined;
  let httpsPort = 0;
  let certificate = '';
  beforeAll(async () => {
    const dir = tempDir('brief-tls-');
    const key = path.join(dir, 'key.pem');
    const cert = path.join(dir, 'cert.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', cert], { stdio: 'ignore' });
    certificate = readFileSync(cert, 'utf8');
    httpsPort = await freePort();
    const httpPort = await freePort();
    https = await startNginx(deployedHttpsServers(exportDir(), { https: httpsPort, http: httpPort, certificate: cert, key }), httpPort);
  });
  afterAll(async () => {
    await https?.stop();
  });

  it('serves the site over TLS with HSTS (no preload) and its security headers, on pages and 404s, and redirects http:// to https://', async () => {
    for (const [file, status] of [['/articles/xai-openai-training/', 200], ['/no-such-page/', 404], ['/.env', 404]] as const) {
      const response = await httpsGet(`https://127.0.0.1:${httpsPort}${file}`, certificate);
      expect(response.status, file).toBe(status);
      expect(response.headers['strict-transport-security'], file).toBe('max-age=63072000; includeSubDomains');
      expect(response.headers['content-security-policy'], file).toMatch(/^default-src 'self'/);
      expect(response.headers.server, file).toBe('nginx');
    }
    const redirect = await fetch(`${https?.origin ?? ''}/articles/xai-openai-training/?page=2`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('https://brief.example.com/articles/xai-openai-training/?page=2');
    expect(redirect.headers.get('server')).toBe('nginx');
  });
});

describe('compression and caching under nginx (deploy/nginx.conf with Debian\'s brotli_static module)', () => {
  deliveryTests(() => origin);
});

describe('in Chromium under nginx and the CSP', () => {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Opens a page, recording console errors and CSP violation events (the recorder runs outside the page's CSP). */
  async function open(pathname: string, colorScheme: 'light' | 'dark' = 'light') {
    if (!browser) throw new Error('no browser');
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.defineProperty(window, '__cspViolations', { value: seen });
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI}`));
    });
    await page.goto(`${origin}${pathname}`);
    return { page, errors, close: () => context.close() };
  }
  const violations = (page: Page): Promise<unknown> => page.evaluate(() => Reflect.get(window, '__cspViolations'));

  it('the article page has no CSP violation and the theme switch works', async () => {
    const { page, errors, close } = await open('/articles/xai-openai-training/');
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    await toggle.click();
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(page.evaluate(() => document.documentElement.getAttribute('data-theme'))).resolves.toBe('dark');
    // The next page applies the choice with the hashed inline bootstrap before brief.js runs.
    await page.goto(`${origin}/topics/`);
    await expect(page.evaluate(() => document.documentElement.getAttribute('data-theme'))).resolves.toBe('dark');
    await expect(violations(page)).resolves.toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('search works: Pagefind compiles its WebAssembly and runs its worker under the CSP', async () => {
    const { page, errors, close } = await open(`/search/?q=${BODY_WORD}`);
    await page.getByRole('status').filter({ hasText: `1 result for “${BODY_WORD}”` }).waitFor();
    await expect(page.locator('#search-results > li').count()).resolves.toBe(1);
    await expect(violations(page)).resolves.toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('blocks an injected inline script and reports the violation', async () => {
    const { page, errors, close } = await open('/articles/xai-openai-training/');
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = 1';
      document.head.append(s);
    });
    await page.waitForFunction(() => {
      const seen: unknown = Reflect.get(window, '__cspViolations');
      return Array.isArray(seen) && seen.length > 0;
    });
    await expect(page.evaluate(() => Reflect.get(window, '__injected'))).resolves.toBeUndefined();
    await expect(violations(page)).resolves.toEqual(['script-src-elem inline']);
    expect(errors.join('\n')).toMatch(/inline script (because it )?violates the following Content Security Policy directive/);
    await close();
  });
});
