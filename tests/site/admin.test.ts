/**
 * /admin/ in the export, behind the real nginx of deploy/nginx.conf: the CMS loads there under its own
 * policy, and nowhere else: reader pages keep the site's policy and load none of its JavaScript.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DECAP_FOLDER, YAML_BUNDLE } from '../../lib/cms/admin-page';
import { deployedServer, startNginx, type Nginx } from '../../scripts/nginx';
import { exportDir, freePort, isReaderPage, launchChromium, listFiles, readExport } from './helpers';

let nginx: Nginx;
let browser: Browser;

beforeAll(async () => {
  const port = await freePort();
  nginx = await startNginx(deployedServer(exportDir(), port), port);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
});

describe('/admin/ in the export', () => {
  it('is the CMS page, its generated config and the vendored bundle', () => {
    const files = listFiles(exportDir());
    expect(files).toEqual(expect.arrayContaining(['admin/index.html', 'admin/config.yml', `admin/${DECAP_FOLDER}/decap-cms.js`, 'admin/brief-cms.js', 'admin/brief-format.js', `admin/${YAML_BUNDLE}`]));
    const config: unknown = parse(readExport('admin/config.yml'));
    expect(config).toMatchObject({ publish_mode: 'editorial_workflow', backend: { name: 'github', repo: 'newsroom/brief' }, collections: [{ name: 'briefs' }, { name: 'briefs-tr', extension: 'tr.md' }, { name: 'standards', label: 'Standards pages' }] });
    expect(readExport('robots.txt')).toContain('\nDisallow: /admin/\n');
    expect(readExport('sitemap.xml')).not.toContain('/admin/');
  });

  it('no reader page loads or links the CMS', () => {
    const pages = listFiles(exportDir()).filter(isReaderPage);
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) {
      const html = readExport(file);
      expect(html, file).not.toMatch(/decap|\/admin\//i);
      for (const [, src] of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) expect(src, file).toMatch(/^\/assets\/brief\.[0-9a-f]{12}\.js$/);
    }
  });

  it('behind nginx, only /admin/ may evaluate code, and Decap starts there with no policy violation', async () => {
    const site = (await fetch(`${nginx.origin}/`)).headers.get('content-security-policy') ?? '';
    const admin = (await fetch(`${nginx.origin}/admin/`)).headers.get('content-security-policy') ?? '';
    expect(site).toMatch(/^default-src 'self'; script-src 'self' 'sha256-/);
    expect(site).not.toContain("'unsafe-eval'");
    expect(admin).toContain("script-src 'self' 'unsafe-eval'");
    expect(admin).toContain("frame-ancestors 'none'");

    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    // Every file the editor's browser asks for is there (a browser asks /favicon.ico of a page that names no icon).
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${new URL(response.url()).pathname}`);
    });
    await page.goto(`${nginx.origin}/admin/`);
    const config = await fetch(`${nginx.origin}/admin/config.yml`, { headers: { 'accept-encoding': 'br' } });
    expect(config.headers.get('content-type')).toBe('text/yaml; charset=utf-8');
    // The test build names a repository (CMS_REPO); the local backend is not running: Decap offers GitHub sign-in.
    await page.getByRole('button', { name: /Login with GitHub/i }).waitFor({ timeout: 30_000 });
    expect(violations).toEqual([]);
    await expect(page.locator('link[rel="icon"]').evaluate((link) => (link instanceof HTMLLinkElement ? fetch(link.href).then((r) => r.status) : 0))).resolves.toBe(200);
    expect(failed).toEqual([]);
    await page.close();
  });
});
