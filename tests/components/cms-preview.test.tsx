// @vitest-environment jsdom
/**
 * The CMS preview is the page: the browser bundle Decap runs (lib/cms/preview, built as the build and
 * `npm run cms` build it) renders a brief's form data with the very markup the article page's
 * components give the same brief, as the site parses it from its file.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { ArticleBody } from '@/components/article-body';
import { ArticleHeader } from '@/components/article-header';
import { SourcesList } from '@/components/sources-list';
import { SummaryBox } from '@/components/summary-box';
import { WhyItMatters } from '@/components/why-it-matters';
import type { Article } from '@/lib/content/article';
import { loadContent, type Content } from '@/lib/content/loader';
import { tempDir } from '../temp';

let render: (input: unknown, measure: unknown) => Promise<string>;
let content: Content;
let folder: string;

beforeAll(async () => {
  // The test content folder: the site's content, plus the photo brief, its images and authors.
  folder = tempDir('brief-preview-content-');
  cpSync('tests/fixtures/editorial', folder, { recursive: true });
  mkdirSync(path.join(folder, 'images'), { recursive: true });
  cpSync('tests/fixtures/site/images', path.join(folder, 'images'), { recursive: true });
  cpSync('tests/fixtures/site/photo-brief.md', path.join(folder, 'photo-brief.md'));
  cpSync('tests/fixtures/site/authors.yml', path.join(folder, 'authors.yml'));
  content = await loadContent(folder);
  // The bundle as the build writes it (in a process of its own: esbuild refuses jsdom's TextEncoder), run in this window.
  const built = spawnSync(process.execPath, ['--import', 'tsx', 'lib/cms/preview/print-bundle.ts'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (built.status !== 0) throw new Error(`the preview bundle did not build:\n${built.stderr}`);
  new Function(built.stdout)();
  const api: unknown = Reflect.get(window, 'briefPreview');
  const fn: unknown = typeof api === 'object' && api !== null ? Reflect.get(api, 'render') : undefined;
  if (typeof fn !== 'function') throw new Error('the bundle defines no window.briefPreview.render');
  render = async (input, measure) => z.string().parse(await Reflect.apply(fn, api, [input, measure]));
}, 60_000);

/** The form's data for a brief's file, as Decap holds it: the front matter's values, and the body. */
function formData(file: string) {
  const source = readFileSync(path.join(folder, file), 'utf8');
  const [, frontMatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
  return { ...z.record(z.string(), z.unknown()).parse(parse(frontMatter)), body };
}

const article = (file: string): Article => {
  const found = content.articles.find((a) => a.file.endsWith(`/${file}`));
  if (!found) throw new Error(`no ${file} in the test content`);
  return found;
};

async function preview(file: string, measured = { width: 2400, height: 1600 }): Promise<Document> {
  const site = { topics: content.topics, authors: content.authors.length > 0 ? content.authors : null };
  const html = await render({ entry: formData(file), site, today: '2026-12-01' }, async () => measured);
  return parseHtml(html);
}

/** A component's HTML as a browser reads it back (the preview's HTML goes through the same parser). */
const parseHtml = (html: string): Document => new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');

const markup = (element: React.ReactElement): string => {
  const html = renderToStaticMarkup(element);
  return html === '' ? '' : (parseHtml(html).body.firstElementChild?.outerHTML ?? '');
};

describe('the CMS preview bundle', () => {
  it('renders the summary box, why it matters, header and sources exactly as the article page does', async () => {
    const brief = article('xai-openai-training.md');
    const doc = await preview('xai-openai-training.md');
    expect(doc.querySelector('section[aria-labelledby="summary-heading"]')?.outerHTML).toBe(markup(<SummaryBox summary={brief.summary} locale="en" />));
    expect(doc.querySelector('section[aria-labelledby="why-heading"]')?.outerHTML).toBe(markup(<WhyItMatters article={brief} locale="en" />));
    expect(doc.querySelector('header')?.outerHTML).toBe(markup(<ArticleHeader article={brief} versions={[]} locale="en" />));
    expect(doc.querySelector('section[aria-labelledby="sources-heading"]')?.outerHTML ?? null).toBe(markup(<SourcesList sources={brief.sources} locale="en" />) || null);
    expect(doc.querySelector('.prose')?.outerHTML).toBe(markup(<ArticleBody html={brief.html} />));
  });

  it('shows the byline, the date and the relevance note a reader sees', async () => {
    const doc = await preview('xai-openai-training.md');
    const header = doc.querySelector('header');
    expect(header?.textContent).toContain('By Brief Desk');
    expect(header?.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-28');
    expect(header?.querySelector('time')?.textContent).toBe('28 November 2026');
    expect(doc.body.textContent).toContain('This brief describes the situation as of 28 November 2026.');
    expect(doc.body.textContent).toContain('Relevant for short-term AI monitoring.');
  });

  it('renders the Turkish edition in Turkish, as the Turkish page does', async () => {
    const brief = article('xai-openai-training.tr.md');
    const doc = await preview('xai-openai-training.tr.md');
    expect(doc.querySelector('section[aria-labelledby="summary-heading"]')?.outerHTML).toBe(markup(<SummaryBox summary={brief.summary} locale="tr" />));
    expect(doc.querySelector('header')?.outerHTML).toBe(markup(<ArticleHeader article={brief} versions={[]} locale="tr" />));
    expect(doc.querySelector('header time')?.textContent).toBe('28 Kasım 2026');
  });

  it('shows the photo with its caption and credit, the sources, and the body’s images from the content folder', async () => {
    const brief = article('photo-brief.md');
    const doc = await preview('photo-brief.md', { width: 2400, height: 1600 });
    const figure = doc.querySelector('figure');
    const img = figure?.querySelector('img');
    expect(img?.getAttribute('alt')).toBe('Fishing boats moored in a harbour under a pale morning sky');
    expect(img?.getAttribute('src')).toBe('#brief-preview-image=images%2Fharbour-at-dawn.jpg');
    expect([img?.getAttribute('width'), img?.getAttribute('height')]).toEqual(['2400', '1600']);
    expect(figure?.querySelector('figcaption')?.textContent).toBe('The harbour at dawn, in a synthetic test photo. Photo: Test Photographer / Fixture Agency');
    expect(doc.querySelector('header')?.textContent).toContain('By Photo Editor, Picture Desk');
    expect(doc.querySelector('#sources-heading')?.textContent).toBe('Sources');
    expect(doc.querySelector('section[aria-labelledby="sources-heading"] a')?.getAttribute('href')).toBe(brief.sources[0]?.url);
    // The body's figure, with its caption, as the page's Markdown pipeline writes it.
    const bodyFigure = doc.querySelector('.prose figure');
    expect(bodyFigure?.querySelector('img')?.getAttribute('src')).toBe('#brief-preview-image=images%2Fhillside.jpg');
    expect(bodyFigure?.querySelector('figcaption')?.textContent).toBe('The hillside, in a synthetic test photo.');
  });

  it('reads the form’s Photo, a list of one, and its one Byline field, as the form holds them', async () => {
    const { image, author, ...rest }: Record<string, unknown> = formData('photo-brief.md');
    const site = { topics: content.topics, authors: content.authors };
    const html = await render({ entry: { ...rest, authors: author, image: [image] }, site, today: '2026-12-01' }, async () => ({ width: 2400, height: 1600 }));
    const doc = parseHtml(html);
    expect(doc.querySelector('figcaption')?.textContent).toBe('The harbour at dawn, in a synthetic test photo. Photo: Test Photographer / Fixture Agency');
    expect(doc.querySelector('header')?.textContent).toContain('By Photo Editor, Picture Desk');
  });

  it('runs nothing an editor wrote: markup in the title is text, a javascript: source is left out, raw HTML in the body is dropped', async () => {
    const site = { topics: content.topics, authors: null };
    const entry = {
      title: '<img src=x onerror="window.__pwned=1">Hostile',
      summary: ['One.', 'Two.', 'Three.'],
      whyItMatters: ['Why.'],
      sources: [{ title: 'Bad', url: 'javascript:window.__pwned=2' }, { title: 'Good', url: 'https://example.org/good' }],
      body: 'Text <script>window.__pwned=3</script> and <img src="x" onerror="window.__pwned=4">.',
    };
    const doc = parseHtml(await render({ entry, site, today: '2026-12-01' }, async () => undefined));
    expect(doc.querySelector('h1')?.textContent).toBe('<img src=x onerror="window.__pwned=1">Hostile');
    expect([...doc.querySelectorAll('section[aria-labelledby="sources-heading"] a')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([['Good', 'https://example.org/good']]);
    expect(doc.querySelectorAll('script, [onerror]')).toHaveLength(0);
    expect(doc.querySelector('.prose')?.textContent).not.toContain('__pwned');
  });

  it('shows a half-written brief without failing: what is there, and an empty place for a missing summary point', async () => {
    const site = { topics: content.topics, authors: null };
    const html = await render({ entry: { title: 'Only a title', summary: ['One point.', null], whyItMatters: [], body: '' }, site, today: '2026-12-01' }, async () => undefined);
    const doc = parseHtml(html);
    expect(doc.querySelector('h1')?.textContent).toBe('Only a title');
    expect([...doc.querySelectorAll('section[aria-labelledby="summary-heading"] li p')].map((p) => p.textContent)).toEqual(['One point.', '', '']);
    expect(doc.querySelector('header time')?.getAttribute('datetime')).toBe('2026-12-01');
  });

  it('does not freeze the editor’s tab on a body past a brief’s limits: it says which line and limit instead', async () => {
    const site = { topics: content.topics, authors: null };
    // Quadratic in remark: 100,000 emphasis runs took minutes (issue 27); `npm run check` refuses it by its limits.
    const body = `Intro.\n\n${'*a_'.repeat(100_000)}\n`;
    const started = performance.now();
    const html = await render({ entry: { title: 'Pasted', body }, site, today: '2026-12-01' }, async () => undefined);
    expect(performance.now() - started).toBeLessThan(2_000);
    const alert = parseHtml(html).querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('The text is not shown');
    expect(alert?.textContent).toMatch(/Line 3: .*\*, _ or ~/);
  });
});
