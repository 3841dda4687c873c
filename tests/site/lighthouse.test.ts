/**
 * Lighthouse's own delivery audits, mobile preset, on an article of the test export behind real
 * nginx with deploy/nginx.conf: every text resource compressed (`uses-text-compression`) and every
 * static resource cacheable for long (`uses-long-cache-ttl`). Only these two audits run (scores
 * are noisy on 2 cores: `npm run lighthouse` reports them), and they fail when a resource is
 * flagged, whatever the machine's speed.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { deployedServer, startNginx, type Nginx } from '../../scripts/nginx';
import { exportDir, freePort } from './helpers';

let nginx: Nginx | undefined;
let chrome: chromeLauncher.LaunchedChrome | undefined;

beforeAll(async () => {
  const port = await freePort();
  nginx = await startNginx(deployedServer(exportDir(), port), port);
  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

afterAll(async () => {
  chrome?.kill();
  await nginx?.stop();
});

describe('Lighthouse behind nginx (deploy/nginx.conf)', () => {
  it('passes uses-text-compression and uses-long-cache-ttl on an article with a photo', { timeout: 120_000 }, async () => {
    const result = await lighthouse(`${nginx?.origin ?? ''}/articles/photo-brief/`, {
      port: chrome?.port,
      output: 'json',
      logLevel: 'error',
      onlyAudits: ['uses-text-compression', 'uses-long-cache-ttl', 'network-requests'],
    });
    const audits = result?.lhr.audits ?? {};
    const items = (id: string): { url: string }[] => {
      const details = audits[id]?.details;
      return z.array(z.looseObject({ url: z.string() })).parse(details && 'items' in details ? details.items : []);
    };
    // The page really loaded its stylesheet, script and photo through nginx.
    const urls = items('network-requests').map((item) => item.url);
    for (const kind of [/\/_next\/static\/.+\.css$/, /\/assets\/brief\.[0-9a-f]{12}\.js$/, /\/images\/.+\.avif$/]) expect(urls.some((url) => kind.test(url)), String(kind)).toBe(true);
    expect(items('uses-text-compression')).toEqual([]);
    expect(audits['uses-text-compression']?.score).toBe(1);
    expect(items('uses-long-cache-ttl')).toEqual([]);
    expect(audits['uses-long-cache-ttl']?.score).toBe(1);
  });
});
