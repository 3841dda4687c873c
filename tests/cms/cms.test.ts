/**
 * The CMS as an editor uses it: `npm run cms` (decap-server, the real local backend, next to the dev
 * server) in a copy of the project with a copy of content/ (an editor's working copy), driven in
 * Chromium through Decap's form.
 * What it saves must be what the content contract expects: `npm run check` accepts it and a build
 * publishes it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../lib/content/article';
import { loadContent } from '../../lib/content/loader';
import { copyProject, runBuild } from '../build/project';
import { freePort, launchChromium } from '../site/helpers';

// Its own copy: its own .next (Next allows one dev server per project) and build folders.
const repo = copyProject();
const content = path.join(repo, 'content');
let cms: ChildProcess;
let browser: Browser;
let admin: string;
let original: readonly Article[];

const NEW_TITLE = 'Regulators open an inquiry into model distillation';
const NEW_SLUG = 'regulators-open-an-inquiry-into-model-distillation';

beforeAll(async () => {
  cpSync('content', content, { recursive: true });
  original = (await loadContent(content)).articles;
  const [port, backendPort] = [await freePort(), await freePort()];
  admin = `http://127.0.0.1:${port}/admin/`;
  cms = spawn('npm', ['run', 'cms', '--', '--port', String(port)], {
    cwd: repo,
    env: { ...process.env, CMS_PORT: String(backendPort), NODE_ENV: 'development', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm run cms did not start in 90 s:\n${log}`)), 90_000);
    cms.stdout?.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      if (/Ready in/.test(log)) {
        clearTimeout(timer);
        resolve();
      }
    });
    cms.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  const group = cms?.pid;
  if (group === undefined) return;
  // The dev server writes into the copy until every process of the group has exited; then the copy can go.
  process.kill(-group, 'SIGTERM');
  for (let tries = 0; tries < 100; tries++) {
    try {
      process.kill(-group, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  process.kill(-group, 'SIGKILL');
});

/** A page signed in to the local backend (Decap's "Login" with decap-server needs no account). */
async function signedIn(hash = ''): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(admin, { timeout: 90_000 });
  await page.getByRole('button', { name: 'Login' }).click({ timeout: 60_000 });
  await page.getByRole('link', { name: /Musk seemingly admits xAI trained/ }).waitFor({ timeout: 30_000 });
  if (hash) await page.goto(`${admin}#${hash}`);
  return page;
}

const field = (page: Page, name: string, nth = 0) => page.locator(`[id^="${name}-field-"]`).nth(nth);

/** Picks an option of a select or relation widget by typing part of its label. */
async function choose(page: Page, name: string, typed: string, option: RegExp): Promise<void> {
  await field(page, name).fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

async function addPoints(page: Page, list: string, points: readonly string[]): Promise<void> {
  const before = await page.locator('[id^="point-field-"]').count();
  for (const [index, point] of points.entries()) {
    await page.getByRole('button', { name: `Add ${list}` }).click();
    await field(page, 'point', before + index).fill(point);
  }
}

async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Publish' }).first().click();
  await page.getByRole('menuitem', { name: 'Publish now' }).click();
}

async function waitForFile(file: string): Promise<string> {
  for (let tries = 0; tries < 100 && !existsSync(file); tries++) await new Promise((resolve) => setTimeout(resolve, 100));
  return readFileSync(file, 'utf8');
}

/** Fills what every brief needs; the caller adds its summary and why-it-matters points. */
async function fillBrief(page: Page, title: string, { byline = true } = {}): Promise<void> {
  await field(page, 'title').fill(title);
  await field(page, 'description').fill('Written through the CMS form, to prove it saves what the contract expects.');
  if (byline) await choose(page, 'author', 'Brief', /^Brief Desk$/);
  await choose(page, 'topic', 'Ethics', /^Ethics, Safety & Regulation$/);
  // The body's Markdown editor (raw mode, the first) is a contenteditable.
  await page.locator('[data-slate-editor="true"]').last().click();
  await page.keyboard.type('The body, in Markdown.\n\n## A section\n\nWith **bold** text.');
}

describe('npm run cms (Decap CMS on decap-server, in Chromium)', () => {
  it('creates a brief through the form: the file is what the contract expects', async () => {
    const page = await signedIn('/collections/briefs/new');
    await fillBrief(page, NEW_TITLE);
    await addPoints(page, 'summary', ['The first point.', 'The second point.', 'The third point.']);
    await addPoints(page, 'why it matters', ['It matters to readers.']);
    await publish(page);
    const text = await waitForFile(path.join(content, `${NEW_SLUG}.md`));
    expect(text).toMatch(/^---\ntitle: Regulators open an inquiry into model distillation\n/);
    expect(text).toContain('\n## A section\n\nWith **bold** text.');
    const brief = (await loadContent(content)).articles.find((a) => a.slug === NEW_SLUG);
    expect(brief).toMatchObject({
      title: NEW_TITLE,
      topic: { id: 'ethics-safety-regulation' },
      authors: [{ id: 'brief-desk', name: 'Brief Desk' }],
      summary: ['The first point.', 'The second point.', 'The third point.'],
      whyItMatters: ['It matters to readers.'],
      draft: false,
      locale: 'en',
      sections: [{ id: 'user-content-a-section', title: 'A section' }],
    });
    await page.close();
  });

  it('refuses a brief with two summary points, with a message, and saves nothing', async () => {
    const page = await signedIn('/collections/briefs/new');
    await fillBrief(page, 'A brief with two points');
    await addPoints(page, 'summary', ['One.', 'Two.']);
    await addPoints(page, 'why it matters', ['It matters.']);
    await publish(page);
    await page.getByText('Summary must have exactly 3 item(s).').waitFor({ timeout: 10_000 });
    expect(existsSync(path.join(content, 'a-brief-with-two-points.md'))).toBe(false);
    await page.close();
  });

  it('refuses a brief with no byline, saying what it needs, and saves nothing', async () => {
    const page = await signedIn('/collections/briefs/new');
    await fillBrief(page, 'A brief with no byline', { byline: false });
    await addPoints(page, 'summary', ['One.', 'Two.', 'Three.']);
    await addPoints(page, 'why it matters', ['It matters.']);
    await publish(page);
    await page.getByText('Give the brief an Author, or Authors for several (not both).').waitFor({ timeout: 10_000 });
    expect(existsSync(path.join(content, 'a-brief-with-no-byline.md'))).toBe(false);
    await page.close();
  });

  for (const [collection, slug, file] of [['briefs', 'xai-openai-training', 'xai-openai-training.md'], ['briefs-tr', 'xai-openai-training', 'xai-openai-training.tr.md']] as const) {
    it(`edits ${file}: the parsed article is unchanged but for the edited field`, async () => {
      const before = original.find((a) => a.file.endsWith(file));
      if (!before) throw new Error(`no ${file} in content/`);
      const page = await signedIn(`/collections/${collection}/entries/${slug}`);
      const description = field(page, 'description');
      await expect(description.inputValue({ timeout: 30_000 })).resolves.toBe(before.description);
      await description.fill(`${before.description} (edited)`);
      await publish(page);
      for (let tries = 0; tries < 100 && !readFileSync(path.join(content, file), 'utf8').includes('(edited)'); tries++) await new Promise((resolve) => setTimeout(resolve, 100));
      const after = (await loadContent(content)).articles.find((a) => a.file.endsWith(file));
      expect(after).toEqual({ ...before, description: `${before.description} (edited)` });
      await page.close();
    });
  }

  it('previews hostile text as text: no script an editor wrote runs in a reviewer’s browser', async () => {
    writeFileSync(
      path.join(content, 'hostile-preview.md'),
      readFileSync(path.join(content, 'xai-openai-training.md'), 'utf8')
        .replace(/^title: .*$/m, 'title: "<img src=x onerror=\\"window.__pwned=1\\">Hostile title"')
        .replace(/\n---\n/, '\n---\n\n<script>window.__pwned=2</script>\n\n<img src="x" onerror="window.__pwned=3">\n\n[link](javascript:window.__pwned=4)\n\n'),
    );
    const page = await signedIn('/collections/briefs/entries/hostile-preview');
    const preview = page.frameLocator('iframe').first();
    const title = preview.getByRole('heading', { level: 1, name: /Hostile title/ });
    await title.waitFor({ timeout: 30_000 });
    await expect(title.innerText()).resolves.toBe('<img src=x onerror="window.__pwned=1">Hostile title');
    // Decap's sanitiser may keep the link's text without its URL; a click on what is there runs nothing.
    await preview.getByText('link', { exact: true }).click({ timeout: 5_000 });
    await page.waitForTimeout(500);
    for (const frame of page.frames()) await expect(frame.evaluate(() => Reflect.get(window, '__pwned'))).resolves.toBeUndefined();
    await page.close();
    rmSync(path.join(content, 'hostile-preview.md'));
  });

  it('translates a brief: the Turkish edition is <original>.tr.md, and check and a build link the two both ways', async () => {
    const page = await signedIn('/collections/briefs-tr/new');
    await choose(page, 'translationOf', 'Regulators', /Regulators open an inquiry/);
    await fillBrief(page, 'Düzenleyiciler model damıtımı hakkında soruşturma açtı');
    await addPoints(page, 'summary', ['Birinci madde.', 'İkinci madde.', 'Üçüncü madde.']);
    await addPoints(page, 'why it matters', ['Okurlar için önemli.']);
    await publish(page);
    const text = await waitForFile(path.join(content, `${NEW_SLUG}.tr.md`));
    expect(text).toContain(`\ntranslationOf: ${NEW_SLUG}\n`);
    expect(text).toContain('\nlang: tr\n');
    await page.close();

    const check = spawnSync('npm', ['run', 'check'], { cwd: repo, encoding: 'utf8' });
    expect(check.status, `${check.stdout}\n${check.stderr}`).toBe(0);

    const build = runBuild(repo, { BRIEF_OG_IMAGES: '0' }, ['--full']);
    expect(build.status, build.log).toBe(0);
    const out = path.join(repo, 'out');
    const read = (file: string) => readFileSync(path.join(out, file), 'utf8');
    expect(read('index.html')).toContain(`href="/articles/${NEW_SLUG}/"`);
    expect(read('topics/ethics-safety-regulation/index.html')).toContain(`href="/articles/${NEW_SLUG}/"`);
    expect(read(`articles/${NEW_SLUG}/index.html`)).toContain(`href="/tr/articles/${NEW_SLUG}/"`);
    expect(read(`tr/articles/${NEW_SLUG}/index.html`)).toContain(`href="/articles/${NEW_SLUG}/"`);
  }, 240_000);
});
