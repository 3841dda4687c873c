import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/lib/content/article';
import { ContentError, formatIssue } from '@/lib/content/error';
import { checkTopics } from '@/lib/content/topics';

const dir = 'tests/fixtures/articles';
const { topics } = checkTopics(readFileSync(path.join(dir, 'topics.yml'), 'utf8'), `${dir}/topics.yml`);
const fixture = (name: string) => readFileSync(path.join(dir, name), 'utf8');

/** Parses a fixture that must fail, returning its formatted problems. */
async function problems(name: string): Promise<string[]> {
  const file = `${dir}/${name}`;
  try {
    await parseArticle(fixture(name), file, topics);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    if (error instanceof ContentError) return error.issues.map(formatIssue);
  }
  throw new Error(`${name} parsed without error`);
}

describe('parseArticle: a valid article', () => {
  it('returns every front-matter field, typed and normalised', async () => {
    const article = await parseArticle(fixture('valid.md'), `${dir}/valid.md`, topics);
    expect(article).toMatchObject({
      slug: 'custom-slug',
      file: `${dir}/valid.md`,
      title: 'A valid brief: every field set',
      description: 'The dek of a valid brief.',
      date: '2026-11-01',
      updated: '2026-11-02T09:30:00Z',
      authors: [{ name: 'Ada Editor', type: 'person' }, { name: 'Bo Reporter', type: 'person' }],
      tags: ['ai-policy', 'copyright'],
      summary: ['First summary point.', 'Second summary point.', 'Third summary point.'],
      whyItMatters: ['It matters for one reason.', 'And for another.'],
      relevance: 'short-term',
      sources: [{ title: 'The original report', url: 'https://example.com/report', publisher: 'Example News' }],
      draft: false,
      lang: 'en-GB',
    });
    expect(article.topic).toEqual({ id: 'markets', name: 'Markets', description: 'Money and companies.' });
  });

  it('lists the H2 sections with the ids the HTML carries', async () => {
    const article = await parseArticle(fixture('valid.md'), 'valid.md', topics);
    expect(article.sections.map((s) => s.title)).toEqual(['First section', 'Second section']);
    for (const section of article.sections) {
      expect(article.html).toContain(`<h2 id="${section.id}"><a href="#${section.id}">${section.title}</a></h2>`);
    }
    expect(article.html).toContain('<strong>bold</strong>');
    expect(article.html).toContain('<a href="https://example.com">link</a>');
  });

  it('defaults slug to the file name, lang to en, draft to false, lists to empty', async () => {
    const source = fixture('valid.md').replace(/^slug: .*\n/m, '').replace(/^lang: .*\n/m, '').replace(/^sources:\n(?: .*\n)+/m, '').replace(/^tags: .*\n/m, '');
    const article = await parseArticle(source, 'content/my-new-brief.md', topics);
    expect(article).toMatchObject({ slug: 'my-new-brief', lang: 'en', draft: false, sources: [], tags: [] });
  });

  it('estimates reading time from every word on the page at about 220 per minute', async () => {
    const withWords = (n: number) => fixture('valid.md').replace(/\n---\n[\s\S]*$/, `\n---\n\n${'word '.repeat(n)}\n`);
    // The front matter's visible text (title, dek, summary, why it matters) is 26 words.
    expect((await parseArticle(withWords(1), 'a.md', topics)).readingTime).toBe(1);
    expect((await parseArticle(withWords(660 - 26), 'a.md', topics)).readingTime).toBe(3);
    expect((await parseArticle(withWords(2200 - 26), 'a.md', topics)).readingTime).toBe(10);
  });

  it('accepts quoted and unquoted dates alike', async () => {
    const quoted = fixture('valid.md').replace('date: 2026-11-01', 'date: "2026-11-01"');
    expect((await parseArticle(quoted, 'a.md', topics)).date).toBe('2026-11-01');
  });
});

describe('parseArticle: invalid articles name the file, the field and the expectation', () => {
  it.each([
    ['missing-title.md', /missing-title\.md:\d+:\d+: title: is required: expected a string of 1–160 characters/],
    ['wrong-type.md', /wrong-type\.md:2:8: title: expected a string of 1–160 characters, found number 42/],
    ['two-summary-points.md', /two-summary-points\.md:8:3: summary: expected exactly 3 points \(a list of 3 strings\), found a list of 2 items/],
    ['bad-date.md', /bad-date\.md:4:7: date: expected a real calendar date as YYYY-MM-DD, found "2026-02-30": February 2026 has 28 days/],
    ['unknown-topic.md', /unknown-topic\.md:6:8: topic: expected one of the ids in topics\.yml \(ethics-safety-regulation, markets\), found "sports"/],
    ['unknown-key.md', /unknown-key\.md:7:1: sumary: unknown key; did you mean `summary`\?/],
    ['bad-slug.md', /bad-slug\.md:13:7: slug: expected lowercase kebab-case.*, found "Bad Slug"/],
    ['updated-before-date.md', /updated-before-date\.md:13:10: updated: must not be before `date`/],
    ['js-front-matter.md', /js-front-matter\.md:1:1: front matter: JavaScript front matter is not allowed/],
    ['javascript-front-matter.md', /javascript-front-matter\.md:1:1: front matter: JavaScript front matter is not allowed/],
    ['alias-bomb.md', /alias-bomb\.md: front matter: invalid YAML: too many YAML aliases/],
  ])('%s', async (name, expected) => {
    const found = await problems(name);
    expect(found.join('\n')).toMatch(expected);
  });

  it('unknown key also reports the missing required key it was meant to be', async () => {
    expect(await problems('unknown-key.md')).toContainEqual(expect.stringMatching(/summary: is required/));
  });

  it('never runs JavaScript front matter', async () => {
    await problems('js-front-matter.md');
    await problems('javascript-front-matter.md');
    expect(Reflect.get(globalThis, 'briefPwned')).toBeUndefined();
  });

  it('refuses the alias bomb quickly', async () => {
    const started = performance.now();
    await problems('alias-bomb.md');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('reports every problem of a file at once', async () => {
    const source = fixture('valid.md').replace('title: "A valid brief: every field set"', 'title: ""').replace('date: 2026-11-01', 'date: yesterday');
    const error = await parseArticle(source, 'x.md', topics).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    if (error instanceof ContentError) expect(error.issues.map((i) => i.field).sort()).toEqual(['date', 'title']);
  });
});
