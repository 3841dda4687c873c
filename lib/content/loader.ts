/** The content loader: the only module that reads `CONTENT_DIR`. Reads and parses every file once per process. */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { checkArticle, type Article, type ArticleSummary, type CheckOptions } from './article';
import { ContentError, contentIssueSchema, type ContentIssue } from './error';
import { toTime } from './dates';
import { z } from 'zod';
import { articleSchema, topicSchema, type Topic } from './schema';
import { site } from '../site/config';
import { checkTopics } from './topics';

export interface Content {
  /** Every valid article, drafts included, newest first. */
  readonly articles: readonly Article[];
  readonly topics: readonly Topic[];
  /** Advice for editors (`npm run check` prints it); never fails a build. */
  readonly warnings: readonly ContentIssue[];
}

/** What one pass over (part of) the content folder found, before cross-file checks. */
export interface ContentPart {
  readonly topics: readonly Topic[];
  readonly articles: readonly Article[];
  readonly issues: readonly ContentIssue[];
  readonly warnings: readonly ContentIssue[];
}

/** Zod schema of a `ContentPart`, for parts parsed in another process and handed over as JSON. */
export const contentPartSchema = z.object({
  topics: z.array(topicSchema),
  articles: z.array(articleSchema),
  issues: z.array(contentIssueSchema),
  warnings: z.array(contentIssueSchema),
});

export interface LoadOptions extends CheckOptions {
  /** Parse only every `count`-th article file starting at `index` (for parallel builds). */
  readonly shard?: { readonly index: number; readonly count: number };
}

/** Reads topics.yml and the article files of `dir` (or of one shard), validating each file; never throws for content. */
export async function readContentPart(dir: string, options: LoadOptions = {}): Promise<ContentPart> {
  const issues: ContentIssue[] = [];
  const warnings: ContentIssue[] = [];
  const shown = path.relative(process.cwd(), dir);
  const rel = (name: string) => path.join(shown.startsWith('..') ? dir : shown || '.', name);
  const decoder = new TextDecoder('utf-8', { fatal: true });

  const readText = async (name: string): Promise<string | null> => {
    const bytes = await readFile(path.join(dir, name));
    try {
      return decoder.decode(bytes);
    } catch {
      issues.push({ file: rel(name), field: 'file', message: 'expected UTF-8 text, found bytes that are not valid UTF-8 (save the file as UTF-8)' });
      return null;
    }
  };

  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch {
    throw new ContentError([{ file: dir, field: 'CONTENT_DIR', message: 'expected a folder of Markdown articles, found no such folder' }]);
  }

  const { index = 0, count = 1 } = options.shard ?? {};
  const topicsSource = names.includes('topics.yml') ? await readText('topics.yml') : null;
  if (!names.includes('topics.yml') && index === 0) {
    issues.push({ file: rel('topics.yml'), field: 'topics', message: 'expected a topics.yml listing the topic clusters, found no file' });
  }
  const { topics, issues: topicIssues } = topicsSource === null ? { topics: [], issues: [] } : checkTopics(topicsSource, rel('topics.yml'));
  if (index === 0) issues.push(...topicIssues);

  const articles: Article[] = [];
  const files = names.filter((n) => n.toLowerCase().endsWith('.md')).filter((_, i) => i % count === index);
  for (const name of files) {
    const source = await readText(name);
    if (source === null) continue;
    const result = await checkArticle(source, rel(name), topics, options);
    warnings.push(...result.warnings);
    if (result.article) articles.push(result.article);
    else if (topics.length > 0 || topicIssues.length === 0) issues.push(...result.issues);
    else issues.push(...result.issues.filter((i) => i.field !== 'topic'));
  }
  return { topics, articles, issues, warnings };
}

/** Joins the parts of a content folder, checks what spans files (unique slugs, translations), and sorts; throws one `ContentError` listing all problems. */
export function assembleContent(parts: readonly ContentPart[]): Content {
  const issues = parts.flatMap((p) => p.issues);
  const articles = parts.flatMap((p) => p.articles).sort((a, b) => a.file.localeCompare(b.file));
  const byKey = new Map<string, Article>();
  for (const article of articles) {
    const key = editionKey(article.locale, article.slug);
    const first = byKey.get(key);
    if (first) {
      issues.push({ file: article.file, field: 'slug', message: `expected a unique slug in the ${article.locale} edition, found ${JSON.stringify(article.slug)}, already used by ${first.file}` });
    } else {
      byKey.set(key, article);
    }
  }
  const translations = checkTranslations(articles);
  issues.push(...translations.issues);
  if (issues.length > 0) throw new ContentError(issues);
  return { articles: sortNewestFirst(articles), topics: parts[0]?.topics ?? [], warnings: [...parts.flatMap((p) => p.warnings), ...translations.warnings] };
}

const editionKey = (locale: string, slug: string) => `${locale}\u0000${slug}`;

/**
 * `translationOf: <slug>` names an original in another language. Each is checked against every
 * article: the original must exist, be in another language and not be a translation itself, and an
 * original has at most one translation per language. Messages name both files. A published
 * translation of a draft is valid but gets a warning: the two are linked once both are published.
 */
export function checkTranslations(articles: readonly Article[]): { issues: ContentIssue[]; warnings: ContentIssue[] } {
  const bySlug = new Map<string, Article[]>();
  for (const article of articles) bySlug.set(article.slug, [...(bySlug.get(article.slug) ?? []), article]);
  const issues: ContentIssue[] = [];
  const warnings: ContentIssue[] = [];
  const claimed = new Map<string, Article>();
  for (const article of articles) {
    const target = article.translationOf;
    if (target === undefined) continue;
    const fail = (message: string) => issues.push({ file: article.file, field: 'translationOf', message });
    const candidates = bySlug.get(target) ?? [];
    const others = candidates.filter((c) => c.locale !== article.locale);
    const original = others.find((c) => c.translationOf === undefined);
    if (candidates.length === 0) {
      fail(`expected the slug of the original article, found ${JSON.stringify(target)}: no article has that slug`);
    } else if (others.length === 0) {
      const same = candidates.find((c) => c !== article);
      fail(
        same
          ? `expected an original in another language, found ${same.file}, which is in ${article.locale} like ${article.file}`
          : `expected the slug of an original in another language, found ${JSON.stringify(target)}: no article in another language has that slug (only this one)`,
      );
    } else if (!original) {
      const chained = others[0];
      fail(`expected the slug of an original, found ${chained?.file ?? target}, which is itself a translation of ${JSON.stringify(chained?.translationOf)}: point at that one`);
    } else {
      const key = editionKey(article.locale, `${original.locale}:${original.slug}`);
      const first = claimed.get(key);
      if (first) fail(`expected one ${article.locale} translation of ${original.file}, found two: ${first.file} and ${article.file}`);
      else claimed.set(key, article);
      if (original.draft && !article.draft) {
        warnings.push({
          file: article.file,
          field: 'translationOf',
          severity: 'warning',
          message: `the original ${original.file} is a draft: this brief is published alone, and the two are linked once both are published`,
        });
      }
    }
  }
  return { issues, warnings };
}

/** Reads the whole content folder, validating everything; throws one `ContentError` listing all problems. */
export async function loadContent(dir: string, options: CheckOptions = {}): Promise<Content> {
  return assembleContent([await readContentPart(dir, options)]);
}

/** Newest first by publication time (not by string), then by slug so the order is stable. */
export function sortNewestFirst<T extends Pick<ArticleSummary, 'date' | 'slug'>>(articles: readonly T[]): T[] {
  return [...articles].sort((a, b) => toTime(b.date) - toTime(a.date) || a.slug.localeCompare(b.slug));
}

/**
 * The parsed content of one build, shared between its processes. `npm run build` validates and
 * parses every file once, writes this file and names it in BRIEF_CONTENT_CACHE for `next build`,
 * whose workers then read it instead of parsing every file again. It lives only for that build.
 */
const contentCacheSchema = z.object({
  contentDir: z.string(),
  articles: z.array(articleSchema),
  topics: z.array(topicSchema),
});

/** Writes the cache that `getContent` reads in the build's other processes. */
export async function writeContentCache(file: string, contentDir: string, content: Content): Promise<void> {
  await writeFile(file, JSON.stringify({ contentDir, articles: content.articles, topics: content.topics }));
}

async function readContentCache(file: string, contentDir: string): Promise<Content | undefined> {
  const parsed = contentCacheSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success || parsed.data.contentDir !== contentDir) return undefined;
  return { articles: parsed.data.articles, topics: parsed.data.topics, warnings: [] };
}

let cached: Promise<Content> | undefined;

/** Drafts are shown by `next dev` (with a label) and left out of production builds. */
export const includeDrafts = (): boolean => process.env.NODE_ENV === 'development';

/** The site's content, loaded once per process from `CONTENT_DIR` (re-read on every call in `next dev`). */
export function getContent(): Promise<Content> {
  const dir = path.resolve(site.contentDir);
  if (process.env.NODE_ENV === 'development') return loadContent(dir);
  const cacheFile = process.env.BRIEF_CONTENT_CACHE;
  cached ??= (cacheFile ? readContentCache(cacheFile, dir) : Promise.resolve(undefined)).then(
    (fromCache) => fromCache ?? loadContent(dir),
  );
  return cached;
}
