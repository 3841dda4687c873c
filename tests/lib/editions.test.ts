/** The site's two editions in lib/: validation of translations, Turkish text handling, catalogs. */
import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArticle } from '@/lib/content/article';
import { ContentError, formatIssue } from '@/lib/content/error';
import { loadContent } from '@/lib/content/loader';
import { edition } from '@/lib/edition/i18n';
import { en, messages, tr } from '@/lib/edition/messages';
import { LOCALES, localeOfTag } from '@/lib/site/config';
import { slugify } from '@/lib/content/slug';
import { checkTopics } from '@/lib/content/topics';
import { languageVersions } from '@/lib/pages/language-versions';
import { tempDir } from '../temp';

const topics = [{ id: 'markets', name: 'Markets', description: 'Money.', names: { tr: 'Piyasalar' } }];

/** A valid article file with the given extra front matter lines and body. */
function brief(extra: string, body = 'Body text.\n'): string {
  return `---
title: Fixture
description: A fixture.
date: 2026-11-01
author: Ada Editor
topic: markets
summary:
  - One.
  - Two.
  - Three.
whyItMatters:
  - Reason.
${extra}---

${body}`;
}

/** A content folder holding `files` (name → source) and the fixture topics. */
function folder(files: Record<string, string>): string {
  const dir = tempDir('brief-editions-');
  copyFileSync('tests/fixtures/duplicate-slug/topics.yml', path.join(dir, 'topics.yml'));
  for (const [name, source] of Object.entries(files)) writeFileSync(path.join(dir, name), source);
  return dir;
}

async function problems(files: Record<string, string>): Promise<string[]> {
  const error = await loadContent(folder(files)).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ContentError);
  return error instanceof ContentError ? error.issues.map(formatIssue) : [];
}

describe('the Turkish edition of the real content', () => {
  it('pairs content/xai-openai-training.tr.md with the English brief: same slug, Turkish edition', async () => {
    const { articles } = await loadContent('tests/fixtures/editorial');
    const english = articles.find((a) => a.slug === 'xai-openai-training' && a.locale === 'en');
    const turkish = articles.find((a) => a.slug === 'xai-openai-training' && a.locale === 'tr');
    expect(english?.translationOf).toBeUndefined();
    expect(turkish).toMatchObject({ lang: 'tr', locale: 'tr', translationOf: 'xai-openai-training', relevance: 'short-term', date: english?.date });
    expect(turkish?.topic.names?.tr).toBe('Etik, Güvenlik ve Regülasyon');
    // Same facts: the same sections, the same tags, the same hedges ("seemingly" → "görünüşe göre", "reportedly" → "bildirildiğine göre").
    expect(turkish?.sections).toHaveLength(english?.sections.length ?? -1);
    expect(turkish?.tags).toEqual(english?.tags);
    expect(turkish?.description).toContain('görünüşe göre');
    expect(turkish?.html).toContain('bildirildiğine göre');
    expect(turkish?.html).not.toMatch(/summarize|check_circle/);
    // Reading time is computed on the Turkish text at Turkish reading speed.
    expect(turkish?.readingTime).toBeGreaterThanOrEqual(english?.readingTime ?? Infinity);
  });
});

describe('lang and the file name', () => {
  it('puts an article in the edition of its lang, regional tags included, and defaults to en', async () => {
    for (const [extra, locale, lang] of [
      ['', 'en', 'en'],
      ['lang: en-GB\n', 'en', 'en-GB'],
      ['lang: tr\n', 'tr', 'tr'],
      ['lang: tr-TR\n', 'tr', 'tr-TR'],
    ] as const) {
      const { article } = await checkArticle(brief(extra), 'content/x.md', topics);
      expect(article).toMatchObject({ locale, lang });
    }
  });

  it('refuses a language the site has no edition for, naming the languages it has', async () => {
    const { issues } = await checkArticle(brief('lang: fr\n'), 'content/x.md', topics);
    expect(issues.map(formatIssue)).toEqual([`content/x.md:13:7: lang: expected one of the site's languages (en, tr), or a regional form such as en-GB, found "fr"`]);
  });

  it('reads brief.tr.md as slug "brief" and insists its lang is tr', async () => {
    const ok = await checkArticle(brief('lang: tr\n'), 'content/brief.tr.md', topics);
    expect(ok.article).toMatchObject({ slug: 'brief', locale: 'tr' });
    const missing = await checkArticle(brief(''), 'content/brief.tr.md', topics);
    expect(missing.issues.map(formatIssue)).toEqual(['content/brief.tr.md:2:1: lang: the file name ends in .tr.md, so expected lang: tr, found no `lang` (so en)']);
    const wrong = await checkArticle(brief('lang: en\n'), 'content/brief.tr.md', topics);
    expect(wrong.issues.map(formatIssue)).toEqual(['content/brief.tr.md:13:7: lang: the file name ends in .tr.md, so expected lang: tr, found "en"']);
  });

  it('reads Turkish text at Turkish speed: the same number of words takes longer', async () => {
    const words = `${'kelime '.repeat(440)}\n`;
    const english = await checkArticle(brief('', words), 'content/a.md', topics);
    const turkish = await checkArticle(brief('lang: tr\n', words), 'content/a.tr.md', topics);
    // 440 body words + 7 in the front matter: 447 / 220 wpm → 2 min in English; 447 / 166 wpm → 3 min in Turkish.
    expect(english.article?.readingTime).toBe(2);
    expect(turkish.article?.readingTime).toBe(3);
  });
});

describe('translationOf', () => {
  const original = brief('');
  const translation = brief('lang: tr\ntranslationOf: original\n');

  it('accepts a translation next to its original, with the same slug in the other edition', async () => {
    const { articles } = await loadContent(folder({ 'original.md': original, 'original.tr.md': translation }));
    expect(articles.map((a) => [a.file.split('/').pop(), a.slug, a.locale])).toEqual(
      expect.arrayContaining([
        ['original.md', 'original', 'en'],
        ['original.tr.md', 'original', 'tr'],
      ]),
    );
    const versions = languageVersions(articles);
    expect(versions.get('en:original')?.map((v) => v.locale)).toEqual(['en', 'tr']);
    expect(versions.get('tr:original')).toBe(versions.get('en:original'));
  });

  it('refuses a translation of a slug no article has', async () => {
    expect(await problems({ 'other.tr.md': brief('lang: tr\ntranslationOf: nowhere\n') })).toEqual([
      expect.stringMatching(/other\.tr\.md: translationOf: expected the slug of the original article, found "nowhere": no article has that slug/),
    ]);
  });

  it('refuses a pair in the same language, naming both files', async () => {
    const found = await problems({ 'original.md': original, 'copy.md': brief('translationOf: original\n') });
    expect(found).toEqual([expect.stringMatching(/copy\.md: translationOf: expected an original in another language, found .*original\.md, which is in en like .*copy\.md/)]);
  });

  it('refuses an article that says it translates itself', async () => {
    const found = await problems({ 'self.md': brief('translationOf: self\n') });
    expect(found).toEqual([expect.stringMatching(/self\.md: translationOf: expected the slug of an original in another language, found "self": no article in another language has that slug \(only this one\)/)]);
  });

  it('publishes a translation of a draft alone, with a warning saying why it is not linked yet', async () => {
    const { articles, warnings } = await loadContent(folder({ 'original.md': brief('draft: true\n'), 'original.tr.md': translation }));
    expect(articles).toHaveLength(2);
    expect(warnings.filter((w) => w.field === 'translationOf').map(formatIssue)).toEqual([
      expect.stringMatching(/original\.tr\.md: translationOf: warning: the original .*original\.md is a draft: this brief is published alone/),
    ]);
  });

  it('refuses a translation of a translation, pointing at the original', async () => {
    const found = await problems({
      'original.tr.md': brief('lang: tr\n'),
      'middle.md': brief('translationOf: original\n'),
      'last.tr.md': brief('lang: tr\nslug: last\ntranslationOf: middle\n'),
    });
    expect(found).toEqual([expect.stringMatching(/last\.tr\.md: translationOf: expected the slug of an original, found .*middle\.md, which is itself a translation of "original"/)]);
  });

  it('refuses two translations of one original into the same language, naming both', async () => {
    const found = await problems({
      'original.md': original,
      'original.tr.md': translation,
      'again.tr.md': brief('lang: tr\nslug: again\ntranslationOf: original\n'),
    });
    expect(found).toEqual([expect.stringMatching(/translationOf: expected one tr translation of .*original\.md, found two: .*again\.tr\.md and .*original\.tr\.md/)]);
  });

  it('still refuses the same slug twice in one edition', async () => {
    const found = await problems({ 'a.tr.md': brief('lang: tr\n'), 'b.md': brief('lang: tr\nslug: a\n') });
    expect(found).toEqual([expect.stringMatching(/b\.md: slug: expected a unique slug in the tr edition, found "a", already used by .*a\.tr\.md/)]);
  });

  it('finds the original in the other language when both editions have an original with that slug', () => {
    const versions = languageVersions([
      { locale: 'en', lang: 'en', slug: 'foo', title: 'Foo' },
      { locale: 'tr', lang: 'tr', slug: 'foo', title: 'Foo (tr, an original)' },
      { locale: 'tr', lang: 'tr', slug: 'foo-tr', title: 'Foo (tr)', translationOf: 'foo' },
    ]);
    expect(versions.get('tr:foo-tr')?.map((v) => `${v.locale}:${v.slug}`)).toEqual(['en:foo', 'tr:foo-tr']);
    expect(versions.has('tr:foo')).toBe(false);
  });

  it('links published versions only: a translation of a draft stands alone', () => {
    const versions = languageVersions([{ locale: 'tr', lang: 'tr', slug: 'x', title: 'X', translationOf: 'x' }]);
    expect(versions.size).toBe(0);
  });
});

describe('Turkish text', () => {
  it('slugs Turkish titles by their letters: ı ş ğ ü ö ç İ → i s g u o c i', () => {
    expect(slugify('Işık, Şeker ve Çağrı: İstanbul’da Ödül Günü')).toBe('isik-seker-ve-cagri-istanbulda-odul-gunu');
    expect(slugify('İI ıi')).toBe('ii-ii');
  });

  it('formats dates in the edition’s language', () => {
    expect(edition('tr').formatDate('2026-11-28')).toBe('28 Kasım 2026');
    expect(edition('en').formatDate('2026-11-28')).toBe('28 November 2026');
  });

  it('names topics in the edition’s language, falling back to the default name', () => {
    const [topic] = topics;
    if (!topic) throw new Error('no topic');
    expect(edition('tr').topicName(topic)).toBe('Piyasalar');
    expect(edition('en').topicName(topic)).toBe('Markets');
    expect(edition('tr').hasTopicDescription(topic)).toBe(false);
    expect(edition('tr').topicDescription(topic)).toBe('Money.');
  });

  it('maps language tags to editions by their primary subtag', () => {
    expect([localeOfTag('tr-TR'), localeOfTag('EN-gb'), localeOfTag('fr')]).toEqual(['tr', 'en', undefined]);
  });

  it('refuses topic names in a language the site does not have', () => {
    const { issues } = checkTopics('- id: a\n  name: A\n  description: D\n  names:\n    fr: Le A\n', 'topics.yml');
    expect(issues.map(formatIssue)).toEqual([expect.stringContaining("[0].names: expected only the site's languages (en, tr) as keys (unknown: fr)")]);
  });
});

describe('message catalogs', () => {
  it('has a catalog for every locale of the site', () => {
    expect(Object.keys(messages).sort()).toEqual([...LOCALES].sort());
  });

  it('fills every key in every language, and translates every English string', () => {
    const keys = Object.keys(en).sort();
    for (const catalog of Object.values(messages)) expect(Object.keys(catalog).sort()).toEqual(keys);
    // Strings a Turkish reader sees must not be English.
    const turkish = new Map<string, unknown>(Object.entries(tr));
    const sameAsEnglish = Object.entries(en).filter(([key, value]) => typeof value === 'string' && turkish.get(key) === value);
    expect(sameAsEnglish).toEqual([]);
    for (const catalog of Object.values(messages)) {
      for (const [key, value] of Object.entries(catalog)) {
        if (typeof value === 'string') expect(value.trim(), key).not.toBe('');
      }
    }
  });

  it('says the issue’s words in each language', () => {
    expect([en.summaryHeading, tr.summaryHeading]).toEqual(['3-Point Summary', '3 Maddede Özet']);
    expect([en.whyItMattersHeading, tr.whyItMattersHeading]).toEqual(['Why it matters', 'Neden önemli']);
    expect([en.readingTime(3), tr.readingTime(3)]).toEqual(['3 min read', '3 dk okuma']);
    expect([en.articleCount(1), en.articleCount(2), tr.articleCount(2)]).toEqual(['1 brief', '2 briefs', '2 yazı']);
  });
});

describe('footnotes in a Turkish brief', () => {
  it('label the footnotes and their back links in Turkish, and in English in an English brief', async () => {
    const body = 'Bir iddia.[^1]\n\n[^1]: Kaynak.\n';
    const turkish = await checkArticle(brief('lang: tr\n', body), 'content/x.tr.md', topics);
    expect(turkish.article?.html).toContain('>Dipnotlar</h2>');
    expect(turkish.article?.html).toContain('aria-label="1 numaralı göndermeye dön"');
    expect(turkish.article?.html).not.toMatch(/Footnotes|Back to reference/);
    const english = await checkArticle(brief('', body), 'content/x.md', topics);
    expect(english.article?.html).toContain('>Footnotes</h2>');
    expect(english.article?.html).toContain('aria-label="Back to reference 1"');
  });
});
