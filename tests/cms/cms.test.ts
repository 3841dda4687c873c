/**
 * The CMS as an editor uses it: `npm run cms` (decap-server, the real local backend, next to the dev
 * server) in a copy of the project with a copy of content/ (an editor's working copy), driven in
 * Chromium through Decap's form.
 * What it saves must be what the content contract expects: `npm run check` accepts it and a build
 * publishes it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../lib/content/article';
import { loadContent } from '../../lib/content/loader';
import { copyProject, runBuild } from '../build/project';
import { launchChromium } from '../site/helpers';
import { startCms, stopCms, type RunningCms } from './server';

// Its own copy: its own .next (Next allows one dev server per project) and build folders.
const repo = copyProject();
const content = path.join(repo, 'content');
let cms: RunningCms | undefined;
let browser: Browser;
let admin: string;
let original: readonly Article[];

const NEW_TITLE = 'Regulators open an inquiry into model distillation';
const NEW_SLUG = 'regulators-open-an-inquiry-into-model-distillation';
const PHOTO = path.resolve('tests/fixtures/site/images/harbour-at-dawn.jpg');
const ALT = 'Fishing boats moored in a harbour at dawn';
const CREDIT = "Photo: Jane O'Neil / Fixture & Co";

beforeAll(async () => {
  cpSync('content', content, { recursive: true });
  original = (await loadContent(content)).articles;
  cms = await startCms(repo);
  admin = `${cms.origin}/admin/`;
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await stopCms(cms);
});

/** A page signed in to the local backend (Decap's "Login" with decap-server needs no account). */
async function signedIn(hash = ''): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(admin, { timeout: 90_000 });
  await page.getByRole('button', { name: 'Login' }).click({ timeout: 150_000 });
  await page.getByRole('link', { name: /Musk seemingly admits xAI trained/ }).waitFor({ timeout: 60_000 });
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

/** The control of a field, with its label, value and hint, as an editor sees it. */
const control = (page: Page, name: string) => page.locator('[aria-label$=" field"]').filter({ has: page.locator(`[id^="${name}-field-"]`) }).last();

/** Uploads a photo through Decap's media library into the form's Photo, with its alt text and credit. */
async function addPhoto(page: Page, file: string, alt: string, credit: string): Promise<void> {
  await page.getByRole('button', { name: 'Add photo' }).click();
  await page.getByRole('button', { name: 'Choose an image' }).click();
  await page.locator('input[type="file"]').first().setInputFiles(file);
  await page.getByRole('button', { name: /Choose selected/i }).click();
  await field(page, 'alt').fill(alt);
  await field(page, 'credit').fill(credit);
}

async function waitForFile(file: string): Promise<string> {
  for (let tries = 0; tries < 100 && !existsSync(file); tries++) await new Promise((resolve) => setTimeout(resolve, 100));
  return readFileSync(file, 'utf8');
}

/** Fills what every brief needs; the caller adds its summary and why-it-matters points. */
async function fillBrief(page: Page, title: string, { byline = true, topic = true } = {}): Promise<void> {
  await field(page, 'title').fill(title);
  await field(page, 'description').fill('Written through the CMS form, to prove it saves what the contract expects.');
  if (byline) await choose(page, 'authors', 'Brief', /^Brief Desk$/);
  if (topic) await choose(page, 'topic', 'Ethics', /^Ethics, Safety & Regulation$/);
  // The body's Markdown editor (raw mode, the first) is a contenteditable.
  await page.locator('[data-slate-editor="true"]').last().click();
  await page.keyboard.type('The body, in Markdown.\n\n## A section\n\nWith **bold** text.');
}

// Each test drives the form as an editor would, on a dev server that compiles pages as they are first asked for.
describe('npm run cms (Decap CMS on decap-server, in Chromium)', { timeout: 300_000 }, () => {
  it('creates a brief through the form, with a photo uploaded in the media library: the file is what the contract expects', async () => {
    const page = await signedIn('/collections/briefs/new');
    await fillBrief(page, NEW_TITLE);
    await page.getByRole('button', { name: 'Add tags' }).click();
    await field(page, 'tag').fill('ai-policy');
    await page.getByRole('button', { name: 'Add tags' }).click();
    await field(page, 'tag', 1).fill('distillation');
    await choose(page, 'relevance', 'long', /^long-term$/);
    await addPoints(page, 'summary', ['The first point.', 'The second point.', 'The third point.']);
    await addPoints(page, 'why it matters', ['It matters to readers.']);
    await addPhoto(page, PHOTO, ALT, CREDIT);
    // Published: Draft (on for a new brief) turned off.
    await field(page, 'draft').click();
    await expect(field(page, 'draft').getAttribute('aria-checked')).resolves.toBe('false');
    await publish(page);
    const text = await waitForFile(path.join(content, `${NEW_SLUG}.md`));
    expect(text).toMatch(/^---\ntitle: Regulators open an inquiry into model distillation\n/);
    expect(text).toContain('\n## A section\n\nWith **bold** text.');
    expect(text).toContain('\nauthor: brief-desk\n');
    expect(text).toContain('\nimage:\n  src: images/harbour-at-dawn.jpg\n');
    // The photo is the uploaded file, in the content folder's images/.
    const uploaded = path.join(content, 'images', 'harbour-at-dawn.jpg');
    await waitForFile(uploaded);
    expect(readFileSync(uploaded).equals(readFileSync(PHOTO))).toBe(true);
    const brief = (await loadContent(content)).articles.find((a) => a.slug === NEW_SLUG);
    expect(brief).toMatchObject({
      title: NEW_TITLE,
      topic: { id: 'ethics-safety-regulation' },
      authors: [{ id: 'brief-desk', name: 'Brief Desk' }],
      tags: ['ai-policy', 'distillation'],
      relevance: 'long-term',
      summary: ['The first point.', 'The second point.', 'The third point.'],
      whyItMatters: ['It matters to readers.'],
      draft: false,
      locale: 'en',
      sections: [{ id: 'user-content-a-section', title: 'A section' }],
      image: { src: 'images/harbour-at-dawn.jpg', alt: ALT, credit: CREDIT },
    });
    await page.close();
  });

  it('starts a new brief as a draft, says what Draft does, and the list shows each brief’s state, date, language and topic', async () => {
    const page = await signedIn('/collections/briefs/new');
    await expect(field(page, 'draft').getAttribute('aria-checked', { timeout: 30_000 })).resolves.toBe('true');
    await expect(control(page, 'draft').innerText()).resolves.toMatch(/On: only editors see it \(npm run dev\)\. Turn off to publish it with the next build\./);
    await fillBrief(page, 'A brief kept as a draft');
    await addPoints(page, 'summary', ['One.', 'Two.', 'Three.']);
    await addPoints(page, 'why it matters', ['It matters.']);
    await publish(page);
    const text = await waitForFile(path.join(content, 'a-brief-kept-as-a-draft.md'));
    expect(text).toContain('\ndraft: true\n');
    expect((await loadContent(content)).articles.find((a) => a.slug === 'a-brief-kept-as-a-draft')?.draft).toBe(true);
    await page.goto(`${admin}#/collections/briefs`);
    const draft = page.getByRole('link', { name: /A brief kept as a draft/ });
    await expect(draft.innerText({ timeout: 30_000 })).resolves.toMatch(/Draft · \d{4}-\d{2}-\d{2} · en · ethics-safety-regulation/);
    await expect(page.getByRole('link', { name: /Musk seemingly admits xAI trained/ }).first().innerText()).resolves.toMatch(/^(?!.*Draft).*· 2026-11-28 · en · ethics-safety-regulation/s);
    await page.close();
  });

  it('says in one line that npm run cms is the dev server, when one already runs in the project', () => {
    const second = spawnSync('npm', ['run', '-s', 'cms', '--', '--port', '1'], { cwd: repo, encoding: 'utf8', timeout: 60_000, env: { ...process.env, CMS_PORT: '1' } });
    const said = `${second.stdout}${second.stderr}`.trim();
    expect(second.status).toBe(1);
    expect(said.split('\n')).toHaveLength(1);
    expect(said).toMatch(/^✗ npm run cms starts its own dev server, and one already runs here \(http:\/\/127\.0\.0\.1:\d+, pid \d+\): stop it/);
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
    // Decap's message, at the field (not only in a notice).
    await control(page, 'authors').getByText(/Byline is required/).waitFor({ timeout: 10_000 });
    await expect(control(page, 'authors').innerText()).resolves.toMatch(/^BYLINE\n/);
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

  it('edits three fields of the xAI brief: the file’s diff is those three lines, its comment kept', async () => {
    const file = path.join(content, 'xai-openai-training.md');
    const commented = readFileSync(file, 'utf8').replace('\ndate: ', '\n# Legal asked to keep this wording until the ruling.\ndate: ');
    writeFileSync(file, commented);
    const page = await signedIn('/collections/briefs/entries/xai-openai-training');
    const title = field(page, 'title');
    const before = await title.inputValue({ timeout: 30_000 });
    await title.fill(`${before}, sources say`);
    const description = field(page, 'description');
    await description.fill(`${await description.inputValue()} He called it fair.`);
    await field(page, 'point', 1).fill('The second point, rewritten.');
    await publish(page);
    for (let tries = 0; tries < 100 && readFileSync(file, 'utf8') === commented; tries++) await new Promise((resolve) => setTimeout(resolve, 100));
    const [old, edited] = [commented.split('\n'), readFileSync(file, 'utf8').split('\n')];
    expect(edited.length).toBe(old.length);
    const changed = edited.flatMap((line, index) => (line === old[index] ? [] : [line]));
    expect(changed).toEqual([
      `title: ${before}, sources say`,
      expect.stringMatching(/^description: .* He called it fair\.$/),
      '  - The second point, rewritten.',
    ]);
    expect(edited).toContain('# Legal asked to keep this wording until the ruling.');
    await page.close();
  });

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
    await title.waitFor({ timeout: 60_000 });
    await expect(title.innerText()).resolves.toBe('<img src=x onerror="window.__pwned=1">Hostile title');
    // Decap's sanitiser may keep the link's text without its URL; a click on what is there runs nothing.
    await preview.getByText('link', { exact: true }).click({ timeout: 5_000 });
    await page.waitForTimeout(500);
    for (const frame of page.frames()) await expect(frame.evaluate(() => Reflect.get(window, '__pwned'))).resolves.toBeUndefined();
    await page.close();
    rmSync(path.join(content, 'hostile-preview.md'));
  });

  it('translates a brief from its Translate link: what does not change is filled in, and Translation of offers only originals without one', async () => {
    const page = await signedIn(`/collections/briefs/entries/${NEW_SLUG}`);
    await page.getByRole('link', { name: 'Translate into Türkçe' }).click({ timeout: 30_000 });
    await field(page, 'title').waitFor({ timeout: 60_000 });
    // Filled in from the original: date, topic (named in Turkish), tags, relevance, byline, the photo's file and credit.
    const made = (await loadContent(content)).articles.find((a) => a.slug === NEW_SLUG);
    await expect(field(page, 'date').inputValue()).resolves.toBe(made?.date);
    await expect(control(page, 'topic').innerText()).resolves.toContain('Etik, Güvenlik ve Regülasyon');
    await expect(Promise.all([field(page, 'tag').inputValue(), field(page, 'tag', 1).inputValue()])).resolves.toEqual(['ai-policy', 'distillation']);
    await expect(control(page, 'relevance').innerText()).resolves.toContain('long-term');
    await expect(control(page, 'authors').innerText()).resolves.toContain('Brief Desk');
    await expect(control(page, 'translationOf').innerText()).resolves.toContain(NEW_TITLE);
    await expect(field(page, 'credit').inputValue()).resolves.toBe(CREDIT);
    await expect(page.locator('[aria-label="image field"]').innerText()).resolves.toContain('Remove image');
    // Left to translate: the alt text, title, points and body.
    await expect(field(page, 'alt').inputValue()).resolves.toBe('');
    // Only originals that can take a Turkish translation: not the xAI brief (translated), not a Turkish brief, not the draft's own translation.
    await field(page, 'translationOf').click();
    const offered = await page.getByRole('option').allInnerTexts();
    expect(offered).toContain(NEW_TITLE);
    expect(offered.filter((o) => /Musk|xAI/.test(o))).toEqual([]);
    await page.keyboard.press('Escape');
    await fillBrief(page, 'Düzenleyiciler model damıtımı hakkında soruşturma açtı', { byline: false, topic: false });
    await addPoints(page, 'summary', ['Birinci madde.', 'İkinci madde.', 'Üçüncü madde.']);
    await addPoints(page, 'why it matters', ['Okurlar için önemli.']);
    await field(page, 'alt').fill('Şafakta limanda demirli balıkçı tekneleri');
    await field(page, 'draft').click();
    await publish(page);
    const text = await waitForFile(path.join(content, `${NEW_SLUG}.tr.md`));
    expect(text).toContain(`\ntranslationOf: ${NEW_SLUG}\n`);
    expect(text).toContain('\nlang: tr\n');
    const translation = (await loadContent(content)).articles.find((a) => a.file.endsWith(`${NEW_SLUG}.tr.md`));
    expect(translation).toMatchObject({ tags: ['ai-policy', 'distillation'], relevance: 'long-term', topic: { id: 'ethics-safety-regulation' }, image: { src: 'images/harbour-at-dawn.jpg', credit: CREDIT, alt: 'Şafakta limanda demirli balıkçı tekneleri' } });
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
    // The photo uploaded through the CMS is published on the brief's page, with its alt text and credit.
    const article = read(`articles/${NEW_SLUG}/index.html`);
    expect(article).toMatch(new RegExp(`<img[^>]*alt="${ALT}"`));
    expect(article).toContain('Photo: Jane O&#x27;Neil / Fixture &amp; Co');
    const photo = [...article.matchAll(/<img[^>]*>/g)].map(([tag]) => tag).find((tag) => tag.includes(`alt="${ALT}"`)) ?? '';
    const src = /\ssrc="\/([^"]+)"/.exec(photo)?.[1] ?? 'no src';
    expect(existsSync(path.join(out, src)), src).toBe(true);
  }, 240_000);
});
