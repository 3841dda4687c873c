/**
 * `npm run lighthouse`: Lighthouse 12 (mobile preset, simulated slow 4G) in Debian's Chromium on
 * the home page, an article and a topic page of the built site (out/, or BRIEF_OUT_DIR), served on
 * loopback. Prints the four category scores and LCP / TBT / CLS per page. A report, not a test:
 * scores move a little from run to run on 2 cores.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveStatic } from './serve.mjs';

const outDir = path.resolve(process.env.BRIEF_OUT_DIR ?? 'out');
if (!existsSync(path.join(outDir, 'index.html'))) {
  console.error(`No built site in ${outDir}: run npm run build first.`);
  process.exit(1);
}
const firstDir = (dir: string) => readdirSync(path.join(outDir, dir), { withFileTypes: true }).find((e) => e.isDirectory())?.name;
const pages = [
  ['home', '/'],
  ['article', `/articles/${firstDir('articles') ?? ''}/`],
  ['topic', `/topics/${firstDir('topics') ?? ''}/`],
] as const;

const server = await serveStatic(outDir, { port: 0 });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const score = (value: number | null | undefined) => (value === null || value === undefined ? '  –' : String(Math.round(value * 100)).padStart(3));
try {
  console.log('page      perf  a11y  best   seo     LCP      TBT    CLS   bytes');
  for (const [name, route] of pages) {
    const result = await lighthouse(new URL(route.slice(1), server.url).href, { port: chrome.port, output: 'json', logLevel: 'error' });
    if (!result) throw new Error(`Lighthouse returned nothing for ${route}`);
    const { categories, audits } = result.lhr;
    const ms = (id: string) => `${Math.round(audits[id]?.numericValue ?? 0)} ms`.padStart(8);
    console.log(
      `${name.padEnd(8)} ${score(categories.performance?.score)}   ${score(categories.accessibility?.score)}   ${score(categories['best-practices']?.score)}   ${score(categories.seo?.score)}` +
        ` ${ms('largest-contentful-paint')} ${ms('total-blocking-time')}  ${(audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)}  ${Math.round((audits['total-byte-weight']?.numericValue ?? 0) / 1024)} KB`,
    );
    for (const [id, audit] of Object.entries(audits)) {
      if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary' && id !== 'is-on-https') console.log(`           ✗ ${id}: ${audit.title}`);
    }
  }
} finally {
  await chrome.kill();
  await server.close();
}
