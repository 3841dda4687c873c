/**
 * `npm run lighthouse`: Lighthouse 12 (mobile preset, simulated slow 4G) in Debian's Chromium on
 * the home page, an article and a topic page of the built site (out/, or BRIEF_OUT_DIR), and any
 * other page given (`npm run lighthouse -- /articles/x/`). The site is served on loopback by real
 * nginx with deploy/nginx.conf (compression, cache policy, headers) where nginx is installed, else
 * by `npm start`'s server (`--node` chooses it). Prints the four category scores, LCP / TBT / CLS,
 * bytes per page, the bytes of its largest image (a brief's photo), and every failed binary audit.
 * A report, not a test: scores move a little from run to run on 2 cores.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import { z } from 'zod';
import lighthouse from 'lighthouse';
import { deployedServer, freePort, nginxBinary, startNginx } from './nginx';
import { serveStatic } from './serve.mjs';

const outDir = path.resolve(process.env.BRIEF_OUT_DIR ?? 'out');
if (!existsSync(path.join(outDir, 'index.html'))) {
  console.error(`No built site in ${outDir}: run npm run build first.`);
  process.exit(1);
}
const firstDir = (dir: string) => readdirSync(path.join(outDir, dir), { withFileTypes: true }).find((e) => e.isDirectory())?.name;
const pages: (readonly [string, string])[] = [
  ['home', '/'],
  ['article', `/articles/${firstDir('articles') ?? ''}/`],
  ['topic', `/topics/${firstDir('topics') ?? ''}/`],
  ...process.argv
    .slice(2)
    .filter((arg) => arg.startsWith('/'))
    .map((route) => [route, route] as const),
];
/** The largest image a page loaded: its path and transferred bytes, from Lighthouse's network requests. */
const itemSchema = z.object({ url: z.string(), resourceType: z.string().optional(), transferSize: z.number().optional() });

/** The export on loopback: behind nginx as deployed, or `npm start`'s server. */
async function serve(): Promise<{ url: string; close(): Promise<void> }> {
  if (process.argv.includes('--node') || !nginxBinary()) return serveStatic(outDir, { port: 0 });
  const port = await freePort();
  const nginx = await startNginx(deployedServer(outDir, port), port);
  return { url: `${nginx.origin}/`, close: () => nginx.stop() };
}

const server = await serve();
console.log(`Serving ${outDir} with ${process.argv.includes('--node') || !nginxBinary() ? "npm start's server" : 'nginx (deploy/nginx.conf)'}`);
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
    const requests = z.array(itemSchema).safeParse(audits['network-requests']?.details && 'items' in audits['network-requests'].details ? audits['network-requests'].details.items : []);
    const images = (requests.success ? requests.data : []).filter((r) => r.resourceType === 'Image').sort((a, b) => (b.transferSize ?? 0) - (a.transferSize ?? 0));
    if (images[0]) console.log(`           largest image: ${new URL(images[0].url).pathname} ${((images[0].transferSize ?? 0) / 1024).toFixed(1)} KB (${images.length} images)`);
    const delivery = ['uses-text-compression', 'uses-long-cache-ttl'].map((id) => {
      const audit = audits[id];
      const items = audit?.details && 'items' in audit.details ? audit.details.items.length : 0;
      return `${id} ${audit?.score === 1 ? 'passed' : `score ${audit?.score ?? '–'}, ${items} resources flagged`}`;
    });
    console.log(`           ${delivery.join('; ')}`);
    for (const [id, audit] of Object.entries(audits)) {
      if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary' && id !== 'is-on-https') console.log(`           ✗ ${id}: ${audit.title}`);
    }
  }
} finally {
  await chrome.kill();
  await server.close();
}
