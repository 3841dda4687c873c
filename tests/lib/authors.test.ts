import { copyFileSync, cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAuthors } from '@/lib/content/authors';
import { ContentError, formatIssue } from '@/lib/content/error';
import { loadContent, loadContentWithStats } from '@/lib/content/loader';
import { tempDir } from '../temp';

const fixtures = 'tests/fixtures/bad';

const AUTHORS = `- id: brief-desk
  name: Brief Desk
  type: organization
  role: Newsroom desk
  bio: The site's desk.
- id: jane-doe
  name: Jane Doe
  role: Correspondent
  bio: Writes about chips.
  names:
    tr: Ceyn Do
`;

/** A brief whose front matter has `byline` (one or more lines) where the author goes, on line 5. */
const brief = (byline: string) => `---
title: Fixture
description: A fixture.
date: 2026-11-01
${byline}
topic: markets
summary:
  - One.
  - Two.
  - Three.
whyItMatters:
  - Reason.
---

Body.
`;

/** A content folder with the bad fixtures' topics.yml, `authors` as authors.yml (unless undefined) and the given articles. */
function folderWith(authors: string | undefined, files: Record<string, string>): string {
  const dir = tempDir('brief-authors-');
  copyFileSync(path.join(fixtures, 'topics.yml'), path.join(dir, 'topics.yml'));
  if (authors !== undefined) writeFileSync(path.join(dir, 'authors.yml'), authors);
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

async function problemsOf(dir: string): Promise<string[]> {
  const error = await loadContent(dir).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ContentError);
  return error instanceof ContentError ? error.issues.map((i) => formatIssue(i).replace(`${dir}/`, '')) : [];
}

describe('authors.yml', () => {
  it('parses people and desks, with their translations, links and a person as the default type', () => {
    const { authors, issues } = checkAuthors(
      `${AUTHORS}  photo: images/jane.jpg\n  url: https://jane.example.org/\n  links:\n    - label: Mastodon\n      url: https://social.example.org/@jane\n`,
      'content/authors.yml',
    );
    expect(issues).toEqual([]);
    expect(authors).toEqual([
      { id: 'brief-desk', name: 'Brief Desk', type: 'organization', role: 'Newsroom desk', bio: "The site's desk.", links: [] },
      {
        id: 'jane-doe', name: 'Jane Doe', type: 'person', role: 'Correspondent', bio: 'Writes about chips.', names: { tr: 'Ceyn Do' },
        photo: 'images/jane.jpg', url: 'https://jane.example.org/', links: [{ label: 'Mastodon', url: 'https://social.example.org/@jane' }],
      },
    ]);
  });

  it('refuses a duplicate id, naming where the second one is', () => {
    const { authors, issues } = checkAuthors(`${AUTHORS}- id: jane-doe\n  name: Jane Again\n  role: Editor\n  bio: Twice.\n`, 'content/authors.yml');
    expect(authors).toEqual([]);
    expect(issues.map(formatIssue)).toEqual(['content/authors.yml:12:7: [2].id: expected a unique id, found "jane-doe" a second time']);
  });

  it.each([
    ['../secret.jpg'],
    ['images/../../etc/passwd'],
    ['/etc/passwd'],
    ['https://example.org/jane.jpg'],
    ['data:image/png;base64,AAAA'],
  ])('refuses the photo path %s: only a relative path inside the content folder', (photo) => {
    const { issues } = checkAuthors(`${AUTHORS}  photo: "${photo}"\n`, 'content/authors.yml');
    expect(issues.map(formatIssue)).toEqual([
      `content/authors.yml:12:10: [1].photo: expected a path inside the content folder, such as images/jane.jpg (relative, no \`..\`, not a URL), found ${JSON.stringify(photo)}`,
    ]);
  });

  it('says a missing name is required, a wrong type what it may be, and suggests a misspelt key', () => {
    const { issues } = checkAuthors('- id: jane-doe\n  type: robot\n  role: Correspondent\n  bio: Writes.\n  lnks: []\n', 'content/authors.yml');
    expect(issues.map(formatIssue)).toEqual([
      'content/authors.yml:1:3: [0].name: is required: expected a name of 1–80 characters',
      'content/authors.yml:2:9: [0].type: expected person or organization, found "robot"',
      'content/authors.yml:5:3: [0].lnks: unknown key; did you mean `links`?',
    ]);
  });

  it('refuses a link without an http(s) URL', () => {
    const { issues } = checkAuthors(`${AUTHORS}  links:\n    - label: Site\n      url: javascript:alert(1)\n`, 'content/authors.yml');
    expect(issues.map(formatIssue)).toEqual(['content/authors.yml:14:12: [1].links[0].url: expected an absolute http:// or https:// URL, found "javascript:alert(1)"']);
  });
});

describe('bylines', () => {
  it('with authors.yml, take ids and carry each author’s name, id, type and role; Turkish briefs get the Turkish name (and the English role, marked en)', async () => {
    const dir = folderWith(AUTHORS, {
      'one.md': brief('author: brief-desk'),
      'two.md': brief('authors: [jane-doe, brief-desk]'),
      'two.tr.md': brief('author: [jane-doe]\nlang: tr'),
    });
    const { articles, authors } = await loadContent(dir);
    expect(authors.map((a) => a.id)).toEqual(['brief-desk', 'jane-doe']);
    const bySlug = (slug: string, locale: string) => articles.find((a) => a.slug === slug && a.locale === locale)?.authors;
    expect(bySlug('one', 'en')).toEqual([{ name: 'Brief Desk', id: 'brief-desk', type: 'organization', role: 'Newsroom desk' }]);
    expect(bySlug('two', 'en')).toEqual([{ name: 'Jane Doe', id: 'jane-doe', type: 'person', role: 'Correspondent' }, { name: 'Brief Desk', id: 'brief-desk', type: 'organization', role: 'Newsroom desk' }]);
    expect(bySlug('two', 'tr')).toEqual([{ name: 'Ceyn Do', id: 'jane-doe', type: 'person', role: 'Correspondent', roleLang: 'en' }]);
  });

  it('refuse an unknown id with a suggestion and the known ids', async () => {
    const found = await problemsOf(folderWith(AUTHORS, { 'x.md': brief('author: jane-do') }));
    expect(found).toEqual(['x.md:5:9: author: expected an author id from authors.yml (brief-desk, jane-doe), found "jane-do"; did you mean "jane-doe"?']);
  });

  it('refuse a plain name once authors.yml exists, and point at the entry in a list', async () => {
    const found = await problemsOf(folderWith(AUTHORS, { 'x.md': brief('authors:\n  - brief-desk\n  - Somebody Else Entirely') }));
    expect(found).toEqual(['x.md:7:5: authors[1]: expected an author id from authors.yml (brief-desk, jane-doe), found "Somebody Else Entirely"']);
  });

  it('refuse both `author` and `authors`, and neither', async () => {
    expect(await problemsOf(folderWith(AUTHORS, { 'x.md': brief('author: brief-desk\nauthors: [jane-doe]') }))).toEqual([
      'x.md:6:1: authors: expected either `author` or `authors`, found both: keep one (both take a list)',
    ]);
    const none = await problemsOf(folderWith(AUTHORS, { 'x.md': brief('lang: en') }));
    expect(none).toEqual([expect.stringMatching(/^x\.md:\d+:\d+: author: is required: expected an author id from authors\.yml, or a list of them$/)]);
  });

  it('without authors.yml (the reference corpus, older sites), stay plain names', async () => {
    const dir = folderWith(undefined, { 'one.md': brief('author: Ada Editor'), 'two.md': brief('authors: [Ada Editor, Bo Reporter]') });
    const { articles, authors } = await loadContent(dir);
    expect(authors).toEqual([]);
    expect(articles.find((a) => a.slug === 'one')?.authors).toEqual([{ name: 'Ada Editor', type: 'person' }]);
    expect(articles.find((a) => a.slug === 'two')?.authors).toEqual([{ name: 'Ada Editor', type: 'person' }, { name: 'Bo Reporter', type: 'person' }]);
  });

  it('measure an author’s photo like any image, and refuse one that cannot be published at its line in authors.yml', async () => {
    const withPhoto = (photo: string) => `${AUTHORS}  photo: ${photo}\n`;
    const dir = folderWith(withPhoto('images/jane.jpg'), { 'x.md': brief('author: jane-doe') });
    cpSync('tests/fixtures/images', path.join(dir, 'images'), { recursive: true });
    cpSync('tests/fixtures/images/sideways.jpg', path.join(dir, 'images/jane.jpg'));
    const { authors } = await loadContent(dir);
    expect(authors.find((a) => a.id === 'jane-doe')?.portrait).toMatchObject({ src: 'images/jane.jpg', width: 200, height: 300 });
    writeFileSync(path.join(dir, 'authors.yml'), withPhoto('images/drawing.svg'));
    expect(await problemsOf(dir)).toEqual([
      'authors.yml:12:10: [1].photo: expected a JPEG, PNG, WebP or AVIF image, found an SVG (images/drawing.svg): SVG can carry script, so it is not published; export it as PNG',
    ]);
    writeFileSync(path.join(dir, 'authors.yml'), withPhoto('images/gone.jpg'));
    expect(await problemsOf(dir)).toEqual(['authors.yml:12:10: [1].photo: expected an image file at "images/gone.jpg" in the content folder, found no such file']);
  });

  it('report a broken authors.yml once, not once per brief', async () => {
    const found = await problemsOf(folderWith('- id: Not Kebab\n  name: X\n  role: Y\n  bio: Z.\n', { 'x.md': brief('author: brief-desk'), 'y.md': brief('author: jane-doe') }));
    expect(found).toEqual(['authors.yml:1:7: [0].id: expected lowercase kebab-case, such as jane-doe, found "Not Kebab"']);
  });

  it('a brief and its translation by a desk both name it, as an organisation', async () => {
    const { articles } = await loadContent(folderWith(AUTHORS, { 'desk.md': brief('author: brief-desk'), 'desk.tr.md': brief('author: brief-desk\nlang: tr') }));
    expect(articles.map((a) => a.locale).sort()).toEqual(['en', 'tr']);
    for (const article of articles) expect(article.authors).toEqual([expect.objectContaining({ name: 'Brief Desk', id: 'brief-desk', type: 'organization', role: 'Newsroom desk' })]);
  });
});

describe('the parse cache and authors.yml', () => {
  it('takes bylines from authors.yml as it is now: renaming or adding an author parses nothing again, removing authors.yml parses everything', async () => {
    const dir = folderWith(AUTHORS, { 'a.md': brief('author: brief-desk'), 'b.md': brief('author: brief-desk') });
    const cache = { dir: tempDir('brief-cache-'), salt: 'pipeline-1' };
    const first = await loadContentWithStats(dir, { cache });
    expect(first.stats.parsed).toBeGreaterThan(0);
    const file = path.join(dir, 'authors.yml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('name: Brief Desk', 'name: The Brief Desk'));
    const renamed = await loadContentWithStats(dir, { cache });
    expect(renamed.stats.parsed).toBe(0);
    expect(renamed.content.articles.map((a) => a.authors[0]?.name)).toEqual(['The Brief Desk', 'The Brief Desk']);
    writeFileSync(file, `${readFileSync(file, 'utf8')}- id: john-roe\n  name: John Roe\n  role: Correspondent\n  bio: Writes.\n`);
    const more = await loadContentWithStats(dir, { cache });
    expect(more.stats).toMatchObject({ parsed: 0, cached: first.stats.parsed });
    // Without authors.yml, `author: brief-desk` is a plain name again: a different contract, parsed anew.
    rmSync(file);
    const plain = await loadContentWithStats(dir, { cache });
    expect(plain.stats).toMatchObject({ parsed: first.stats.parsed, cached: 0 });
    expect(plain.content.articles.map((a) => a.authors)).toEqual([[{ name: 'brief-desk', type: 'person' }], [{ name: 'brief-desk', type: 'person' }]]);
  });
});
