import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDir, exportDir, ICON_WORDS, listFiles, readExport, isReaderPage } from './helpers';

const files = () => listFiles(exportDir());
const htmlFiles = () => files().filter(isReaderPage);
const markdownIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.md'));

describe('static export', () => {
  it('writes one page per published article, the topic pages, the home page and a 404', () => {
    const pages = htmlFiles();
    expect(pages).toEqual(
      expect.arrayContaining([
        'index.html',
        '404.html',
        'articles/xai-openai-training/index.html',
        'articles/second-brief/index.html',
        'topics/index.html',
        'topics/ethics-safety-regulation/index.html',
      ]),
    );
  });

  it('has exactly one article page per non-draft file in CONTENT_DIR, in its edition', () => {
    const sources = markdownIn(contentDir()).map((name) => readFileSync(path.join(contentDir(), name), 'utf8'));
    const published = sources.filter((source) => !/^draft:\s*true\s*$/m.test(source));
    expect(sources.length - published.length).toBe(1);
    const turkish = published.filter((source) => /^lang:\s*tr\b/m.test(source));
    expect(turkish.length).toBeGreaterThan(0);
    const englishPages = htmlFiles().filter((f) => /^articles\/[^/]+\/index\.html$/.test(f));
    const turkishPages = htmlFiles().filter((f) => /^tr\/articles\/[^/]+\/index\.html$/.test(f));
    expect(englishPages).toHaveLength(published.length - turkish.length);
    expect(turkishPages).toHaveLength(turkish.length);
  });

  it('keeps the English pages at their URLs and puts the Turkish edition under /tr/, with its own 404', () => {
    for (const page of ['index.html', 'articles/xai-openai-training/index.html', 'topics/index.html', 'search/index.html', '404.html']) {
      expect(readExport(page), page).toMatch(/<html lang="en"/);
    }
    for (const page of ['tr/index.html', 'tr/articles/xai-openai-training/index.html', 'tr/topics/index.html', 'tr/search/index.html', 'tr/404.html']) {
      expect(readExport(page), page).toMatch(/<html lang="tr"/);
    }
    // Only Turkish briefs get Turkish article pages: the English-only ones have none.
    expect(files().filter((f) => f.startsWith('tr/articles/')).sort()).toEqual(
      ['corrected-brief', 'xai-openai-training'].flatMap((slug) => ['', '.br', '.gz'].map((ext) => `tr/articles/${slug}/index.html${ext}`)),
    );
    expect(files().some((f) => f.startsWith('tr/404/') || f.startsWith('_not-found'))).toBe(false);
  });

  it('leaves drafts out entirely', () => {
    expect(files().some((f) => f.includes('unpublished-draft'))).toBe(false);
    for (const file of htmlFiles()) expect(readExport(file)).not.toContain('An unpublished draft');
  });

  it('never references the image optimiser, which no static host serves', () => {
    for (const file of files().filter((f) => /\.(html|js|css|txt|json)$/.test(f))) {
      expect(readExport(file), file).not.toContain('/_next/image');
    }
  });

  it('gives every page one h1 and the language of its edition', () => {
    for (const file of htmlFiles()) {
      const html = readExport(file);
      expect(html.match(/<h1[\s>]/g), file).toHaveLength(1);
      expect(html, file).toMatch(file.startsWith('tr/') ? /<html lang="tr"/ : /<html lang="en"/);
    }
  });

  it('never leaks icon-font words into a page', () => {
    for (const file of htmlFiles()) {
      const html = readExport(file).toLowerCase();
      for (const word of ICON_WORDS) expect(html, `${file} contains ${word}`).not.toContain(word);
    }
  });
});
