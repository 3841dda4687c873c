/** A brief's photo and body images, as `npm run check` and the build read them: what pages get, and each mistake as a `path:line:col: field:` line. */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError, formatIssue } from '@/lib/content/error';
import { loadContent } from '@/lib/content/loader';
import { renderMarkdown } from '@/lib/content/markdown';
import { tempDir } from '../temp';

const FRONT = ['title: Photo fixture', 'description: A fixture.', 'date: 2026-11-01', 'author: Ada Editor', 'topic: markets', 'summary: [One., Two., Three.]', 'whyItMatters: [Reason.]'];

/** A content folder with one brief (`front` lines added to the front matter), and the image fixtures under images/. */
function folder(front: readonly string[], body: string): string {
  const dir = tempDir('brief-photos-');
  copyFileSync('tests/fixtures/bad/topics.yml', path.join(dir, 'topics.yml'));
  mkdirSync(path.join(dir, 'images'));
  for (const name of ['small-photo.jpg', 'logo.png', 'drawing.svg']) copyFileSync(path.join('tests/fixtures/images', name), path.join(dir, 'images', name));
  writeFileSync(path.join(dir, 'brief.md'), ['---', ...FRONT, ...front, '---', '', body].join('\n'));
  return dir;
}

async function problems(dir: string): Promise<string[]> {
  const error = await loadContent(dir).catch((e: unknown) => e);
  if (!(error instanceof ContentError)) throw new Error('expected the content to be refused');
  return error.issues.map((i) => formatIssue(i).replace(`${dir}${path.sep}`, ''));
}

const HERO = ['image:', '  src: images/small-photo.jpg', '  alt: A green hillside', '  credit: "Photo: Ada Photographer"'];

describe('a brief’s photo', () => {
  it('is measured and kept with its alt text, credit and caption', async () => {
    const { articles } = await loadContent(folder([...HERO, '  caption: The hillside.'], 'Body.'));
    expect(articles[0]?.image).toMatchObject({ src: 'images/small-photo.jpg', width: 600, height: 400, alt: 'A green hillside', credit: 'Photo: Ada Photographer', caption: 'The hillside.' });
    expect(articles[0]?.images.map((i) => i.src)).toEqual(['images/small-photo.jpg']);
  });

  it('may have an empty alt only when it is marked decorative', async () => {
    const decorative = await loadContent(folder(['image: { src: images/logo.png, alt: "", credit: Brief, decorative: true }'], 'Body.'));
    expect(decorative.articles[0]?.image?.alt).toBe('');
    expect(await problems(folder(['image: { src: images/logo.png, alt: "", credit: Brief }'], 'Body.'))).toEqual([
      'brief.md:9:37: image.alt: is empty: describe what the photo shows for readers who cannot see it (or, for a purely decorative image, set decorative: true)',
    ]);
  });

  it('needs alt text and a credit, and says where each mistake is', async () => {
    expect(await problems(folder(['image:', '  src: images/small-photo.jpg'], 'Body.'))).toEqual([
      'brief.md:10:3: image.alt: is required: expected a description of what the photo shows (1–300 characters), for readers who cannot see it',
      'brief.md:10:3: image.credit: is required: expected who holds the rights, such as "Photo: Jane Doe / Agency" (1–200 characters)',
    ]);
    expect(await problems(folder([...HERO, '  credits: Someone'], 'Body.'))).toEqual(['brief.md:13:3: image.credits: unknown key; did you mean `credit`?']);
    expect(await problems(folder(['image: images/small-photo.jpg'], 'Body.'))).toEqual([
      'brief.md:9:8: image: expected a photo { src, alt, credit, caption?, decorative? }, found "images/small-photo.jpg"',
    ]);
  });

  it('must be a file of the content folder that can be published', async () => {
    const at = (src: string) => ['image:', `  src: ${src}`, '  alt: A thing', '  credit: Someone'];
    expect(await problems(folder(at('images/missing.jpg'), 'Body.'))).toEqual(['brief.md:10:8: image.src: expected an image file at "images/missing.jpg" in the content folder, found no such file']);
    expect(await problems(folder(at('../outside.jpg'), 'Body.'))).toEqual([
      'brief.md:10:8: image.src: expected a path inside the content folder such as images/photo.jpg, found "../outside.jpg", which leaves the content folder',
    ]);
    expect((await problems(folder(at('images/drawing.svg'), 'Body.')))[0]).toMatch(/^brief\.md:10:8: image\.src: expected a JPEG, PNG, WebP or AVIF image, found an SVG/);
    expect((await problems(folder(at('https://example.com/a.jpg'), 'Body.')))[0]).toMatch(/^brief\.md:10:8: image\.src: .*found a remote URL/);
  });
});

describe('body images', () => {
  it('become a <picture> (AVIF, WebP, fallback) with width and height, loaded lazily; a titled one alone in its paragraph a <figure> with its caption', async () => {
    const { articles } = await loadContent(folder([], 'Intro.\n\n![A green hillside](images/small-photo.jpg "The hillside at noon.")\n\nText ![logo](images/logo.png) more.\n'));
    const article = articles[0];
    if (!article) throw new Error('no article');
    const [photo, logo] = article.images;
    if (!photo || !logo) throw new Error('expected two images');
    expect(article.html).toContain(
      `<figure><picture><source type="image/avif" srcset="/images/${photo.id}-320.avif 320w, /images/${photo.id}-600.avif 600w" sizes="(min-width: 1024px) 688px, calc(100vw - 2rem)">` +
        `<source type="image/webp" srcset="/images/${photo.id}-320.webp 320w, /images/${photo.id}-600.webp 600w" sizes="(min-width: 1024px) 688px, calc(100vw - 2rem)">` +
        `<img src="/images/${photo.id}-600.jpg" alt="A green hillside" width="600" height="400" loading="lazy" decoding="async"></picture><figcaption>The hillside at noon.</figcaption></figure>`,
    );
    // Inline, inside its sentence: a <picture> in the paragraph, its fallback a PNG (the logo is transparent).
    expect(article.html).toMatch(new RegExp(`<p>Text <picture>.*<img src="/images/${logo.id}-400\\.png" alt="logo" width="400" height="200" loading="lazy" decoding="async"></picture> more\\.</p>`));
  });

  it('keep the link around a badge written with a reference image', async () => {
    const { articles } = await loadContent(folder([], 'Status: [![Build status][badge]](https://ci.example.com/build)\n\n[badge]: images/logo.png\n'));
    expect(articles[0]?.html).toMatch(/^<p>Status: <a href="https:\/\/ci\.example\.com\/build"><picture>.*<img src="\/images\/[0-9a-f]{16}-400\.png" alt="Build status"[^>]*><\/picture><\/a><\/p>/);
  });

  it('refuses remote, missing and unsafe images and images without alt text, each with its line and column', async () => {
    const body = [
      'Intro.',
      '',
      '[![build](https://img.shields.io/badge/build-passing-green.svg)](https://ci.example.com)',
      '',
      'See ![a chart](images/missing.png) and ![](images/logo.png).',
      '',
      '![x](javascript:alert(1)) ![ref][r]',
      '',
      '[r]: ../../etc/passwd',
    ].join('\n');
    expect(await problems(folder([], body))).toEqual([
      'brief.md:13:2: body: image "https://img.shields.io/badge/build-passing-green.svg": expected a path inside the content folder such as images/photo.jpg, found a remote URL (https://img.shields.io/badge/build-passing-green.svg): the build is offline and cannot check, optimise or keep it; save the image in the content folder and use its path',
      'brief.md:15:5: body: image "images/missing.png": expected an image file at "images/missing.png" in the content folder, found no such file',
      'brief.md:15:40: body: image "images/logo.png": expected alt text saying what it shows (![what it shows](images/logo.png)), found none',
      'brief.md:17:1: body: image "javascript:alert(1)": expected a path inside the content folder such as images/photo.jpg, found a javascript: URL',
      'brief.md:17:27: body: image "../../etc/passwd": expected a path inside the content folder such as images/photo.jpg, found "../../etc/passwd", which leaves the content folder',
    ]);
  });

  it('without a content folder to read them from, are their alt text and a problem', async () => {
    const { html, imageProblems } = await renderMarkdown('![A chart](images/chart.png)');
    expect(html).toBe('<p><span>A chart</span></p>\n');
    expect(imageProblems).toEqual([{ line: 1, column: 1, message: 'image "images/chart.png": expected an image the build can check, found no content folder to read it from' }]);
  });
});
