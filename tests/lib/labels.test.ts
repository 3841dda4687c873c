/** Issue 23's labels: the type of work (`kind`), a sponsor, "How we reported this" and author expertise, as `check` reads them and JSON-LD says them. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArticle, parseArticle } from '@/lib/content/article';
import { checkAuthors } from '@/lib/content/authors';
import { formatIssue } from '@/lib/content/error';
import type { Author } from '@/lib/content/schema';
import { checkTopics } from '@/lib/content/topics';
import { newsArticle, profilePage } from '@/lib/syndication/structured-data';
import { articleSharing } from '@/lib/syndication/metadata';

const dir = 'tests/fixtures/labels';
const read = (name: string) => readFileSync(path.join(dir, name), 'utf8');
const { topics } = checkTopics(read('topics.yml'), `${dir}/topics.yml`);
const known = checkAuthors(read('authors.yml'), `${dir}/authors.yml`);
const authors: readonly Author[] = known.authors;
const publisher = { name: 'Brief', origin: 'https://brief.example', logo: '/icon.svg' };

const parse = (name: string, options: { authors?: readonly Author[] } = {}) => parseArticle(read(name), `${dir}/${name}`, topics, options);
async function problems(name: string, options: { authors?: readonly Author[] } = {}): Promise<string[]> {
  const result = await checkArticle(read(name), `${dir}/${name}`, topics, options);
  return result.issues.map(formatIssue);
}
/** The JSON-LD as a page carries it: serialised, then parsed back. */
const jsonLd = (value: unknown): Record<string, unknown> => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;

describe('kind: the type of work', () => {
  it('is explainer when absent, and the kind written otherwise', async () => {
    expect((await parse('plain.md')).kind).toBe('explainer');
    expect((await parse('analysis.md')).kind).toBe('analysis');
  });

  it('refuses an unknown kind, naming the file, the field and the allowed values', async () => {
    expect(await problems('bad-kind.md')).toEqual([
      `${dir}/bad-kind.md:7:7: kind: expected one of explainer, news, analysis, opinion, sponsored (the type of work; default explainer), found "shouting"`,
    ]);
  });
});

describe('sponsor', () => {
  it('is required by kind: sponsored', async () => {
    expect(await problems('sponsored-no-sponsor.md')).toEqual([expect.stringMatching(/sponsored-no-sponsor\.md:\d+:\d+: sponsor: is required with `kind: sponsored`: name who paid for the brief/)]);
  });

  it('is refused without kind: sponsored', async () => {
    expect(await problems('sponsor-without-kind.md')).toEqual([`${dir}/sponsor-without-kind.md:7:10: sponsor: is only for sponsored content: add \`kind: sponsored\`, or remove \`sponsor\``]);
  });

  it('is kept with kind: sponsored, with the backstory as plain text', async () => {
    const article = await parse('sponsored.md');
    expect(article).toMatchObject({ kind: 'sponsored', sponsor: 'Acme Energy', backstory: { methods: 'We read the <b>filing</b>.', contacted: 'Acme Energy\'s press office.', unverified: 'The figures for 2025.' } });
  });
});

describe('backstory', () => {
  it('needs at least one part', async () => {
    expect(await problems('backstory-empty.md')).toEqual([expect.stringMatching(/backstory-empty\.md:\d+:\d+: backstory: expected at least one of methods, contacted, unverified, found none/)]);
  });

  it('refuses an unknown part by name', async () => {
    expect(await problems('backstory-unknown-key.md')).toEqual([`${dir}/backstory-unknown-key.md:9:3: backstory.sauces: unknown key; expected one of methods, contacted, unverified`]);
  });
});

describe('authors.yml: expertise, languages, profiles, handle', () => {
  it('reads them, the language tags canonical', () => {
    expect(known.issues).toEqual([]);
    expect(authors[0]).toMatchObject({ expertise: ['Semiconductors', 'Export controls'], languages: ['en', 'tr', 'pt-BR'], twitter: '@janedoe' });
  });

  it('refuses a handle without @, an empty area and a tag that is no language, each at its line', () => {
    const { issues } = checkAuthors(read('bad-authors.yml'), `${dir}/bad-authors.yml`);
    expect(issues.map(formatIssue)).toEqual([
      `${dir}/bad-authors.yml:6:15: [0].expertise[0]: expected an area of expertise of 1–60 characters, found an empty string`,
      `${dir}/bad-authors.yml:7:15: [0].languages[0]: expected a language tag (BCP-47) such as en, tr or pt-BR, found "english!"`,
      `${dir}/bad-authors.yml:5:12: [0].twitter: expected an X/Twitter handle such as @janedoe (@ and 1–15 letters, digits or underscores), found "janedoe"`,
    ]);
  });
});

describe('an opinion', () => {
  it('carries each author’s role in the byline (the English one, marked, in Turkish when there is no translation)', async () => {
    const article = await parse('opinion.md', { authors });
    expect(article.authors).toEqual([expect.objectContaining({ name: 'Jane Doe', role: 'Technology correspondent' })]);
    expect(article.authors[0]).not.toHaveProperty('roleLang');
    const turkish = await parseArticle(read('opinion.md').replace('kind: opinion', 'kind: opinion\nlang: tr'), `${dir}/opinion.md`, topics, { authors });
    expect(turkish.authors).toEqual([expect.objectContaining({ name: 'Ceyn Do', role: 'Technology correspondent', roleLang: 'en' })]);
  });

  it('with a plain-name byline builds, and check advises giving the author a role', async () => {
    const result = await checkArticle(read('opinion-plain-name.md'), `${dir}/opinion-plain-name.md`, topics);
    expect(result.issues).toEqual([]);
    expect(result.warnings.map(formatIssue)).toContainEqual(expect.stringMatching(/opinion-plain-name\.md:7:7: kind: warning: an opinion shows each author's role beside their name; "Ada Editor" has none \(a plain name\)/));
  });
});

describe('JSON-LD', () => {
  it('gives each kind its schema.org subtype, beside its parent type', async () => {
    expect(jsonLd(newsArticle(await parse('plain.md'), publisher, '/og/x.png'))['@type']).toEqual(['NewsArticle', 'BackgroundNewsArticle']);
    expect(jsonLd(newsArticle(await parse('analysis.md'), publisher, '/og/x.png'))['@type']).toEqual(['NewsArticle', 'AnalysisNewsArticle']);
    expect(jsonLd(newsArticle(await parse('opinion.md', { authors }), publisher, '/og/x.png'))['@type']).toEqual(['NewsArticle', 'OpinionNewsArticle']);
    // Paid content is an Article, not news.
    expect(jsonLd(newsArticle(await parse('sponsored.md'), publisher, '/og/x.png'))['@type']).toEqual(['Article', 'AdvertiserContentArticle']);
  });

  it('names the sponsor and the backstory as text', async () => {
    const ld = jsonLd(newsArticle(await parse('sponsored.md'), publisher, '/og/x.png'));
    expect(ld.sponsor).toEqual({ '@type': 'Organization', name: 'Acme Energy' });
    expect(ld.backstory).toBe('Methods: We read the <b>filing</b>.\n\nWho we contacted: Acme Energy\'s press office.\n\nWhat we could not verify: The figures for 2025.');
  });

  it('names every author with their page, role, expertise, languages and profiles; a plain name by its name only', async () => {
    const source = read('opinion.md').replace('author: jane-doe', 'authors: [jane-doe, brief-desk]');
    const article = await parseArticle(source, `${dir}/opinion.md`, topics, { authors });
    expect(jsonLd(newsArticle(article, publisher, '/og/x.png')).author).toEqual([
      {
        '@type': 'Person', name: 'Jane Doe', url: 'https://brief.example/authors/jane-doe/', jobTitle: 'Technology correspondent',
        knowsAbout: ['Semiconductors', 'Export controls'], knowsLanguage: ['en', 'tr', 'pt-BR'],
        sameAs: ['https://example.org/jane', 'https://social.example.org/@jane', 'https://x.com/janedoe'],
      },
      // An organisation has no job title.
      { '@type': 'Organization', name: 'Brief Desk', url: 'https://brief.example/authors/brief-desk/', knowsAbout: ['AI policy'] },
    ]);
    // A plain name stays a Person with its name only.
    expect(jsonLd(newsArticle(await parse('plain.md'), publisher, '/og/x.png')).author).toEqual([{ '@type': 'Person', name: 'Ada Editor' }]);
  });

  it('an author’s page is a ProfilePage of them, in its edition', () => {
    const [jane] = authors;
    if (!jane) throw new Error('no author');
    expect(jsonLd(profilePage(jane, 'tr', publisher.origin))).toMatchObject({
      '@type': 'ProfilePage',
      mainEntity: { '@type': 'Person', name: 'Ceyn Do', url: 'https://brief.example/tr/authors/jane-doe/', jobTitle: 'Technology correspondent', knowsAbout: ['Semiconductors', 'Export controls'] },
    });
  });
});

describe('twitter:creator', () => {
  it('is the first author’s handle, and absent for a plain name', async () => {
    expect(articleSharing(await parse('opinion.md', { authors })).twitter).toMatchObject({ creator: '@janedoe' });
    expect(articleSharing(await parse('plain.md')).twitter).not.toHaveProperty('creator');
  });
});
