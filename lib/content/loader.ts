/** The content loader: the only module that reads `CONTENT_DIR`. Reads and parses every file once per process, or only the changed ones with a parse cache. */
import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import { checkArticle, nameOfFile, type Article, type ArticleSummary, type CheckOptions } from './article';
import { ContentError, contentIssueSchema, type ContentIssue } from './error';
import { toTime } from './dates';
import { aheadOf, lastModified } from './changes';
import { z } from 'zod';
import { cacheKey, readCached, writeCached, type ParseCache } from './cache';
import { articleSchema, type Author, type Topic } from './schema';
import { checkAuthors, withPortraits } from './authors';
import { site } from '../site/config';
import { checkTopics } from './topics';
import { groupProblems, problemsText, type ContentProblems } from './problems';
import { imageResolver, isUnchanged } from '../media/resolver';
import type { Image } from '../media/schema';
import { readRegularFile, readRegularFileSync, refusal } from './files';
import { checkPage, sortPages, type StandardsPage } from './pages';

export interface Content {
  /** Every valid article, drafts included, newest first. */
  readonly articles: readonly Article[];
  readonly topics: readonly Topic[];
  /** The authors of authors.yml; empty for a site without one (bylines are then plain names). */
  readonly authors: readonly Author[];
  /** Advice for editors (`npm run check` prints it); never fails a build. */
  readonly warnings: readonly ContentIssue[];
  /** A lenient load only (`next dev`): the files left out and why. A strict load throws instead. */
  readonly problems?: ContentProblems;
  /** The standards pages of `pages/` (About, Ethics…), every edition's, in reading order (./pages.ts). */
  readonly pages: readonly StandardsPage[];
}

/** What parsing some article files found, before cross-file checks. */
export interface ArticleBatch {
  readonly articles: readonly Article[];
  readonly issues: readonly ContentIssue[];
  readonly warnings: readonly ContentIssue[];
}

/** Zod schema of an `ArticleBatch`, for batches parsed in another process and handed over as JSON. */
export const articleBatchSchema = z.object({
  articles: z.array(articleSchema),
  issues: z.array(contentIssueSchema),
  warnings: z.array(contentIssueSchema),
});

/** A content folder's files as the loader reads them: topics.yml checked, article files listed. */
export interface ContentFolder {
  readonly dir: string;
  readonly topics: readonly Topic[];
  readonly topicIssues: readonly ContentIssue[];
  /** The authors of authors.yml (empty when it is invalid); `undefined` when the folder has none (plain-name bylines). */
  readonly authors: readonly Author[] | undefined;
  readonly authorIssues: readonly ContentIssue[];
  /** Article file names (`*.md`), sorted: regular files only. */
  readonly articleFiles: readonly string[];
  /** `*.md` entries that are not read (a link, a named pipe, a folder…), each with its problem. */
  readonly refused: readonly ContentIssue[];
  /** A file's path as editors see it in messages (relative to the working directory). */
  readonly shownPath: (name: string) => string;
}

const decoder = new TextDecoder('utf-8', { fatal: true });
const NOT_UTF8 = 'expected UTF-8 text, found bytes that are not valid UTF-8 (save the file as UTF-8)';

/** A content file as text, or the one-line problem that keeps it out (a link, a pipe, unreadable, not UTF-8). */
async function readText(file: string): Promise<{ readonly source: string } | { readonly problem: string }> {
  let bytes: Awaited<ReturnType<typeof readRegularFile>>;
  try {
    bytes = await readRegularFile(file);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'an error';
    return { problem: `could not be read (${code}); check that it exists and that the build may read it` };
  }
  if ('problem' in bytes) return bytes;
  const source = decode(bytes);
  return source === undefined ? { problem: NOT_UTF8 } : { source };
}

/** Lists `dir` and reads its topics.yml; throws only when the folder itself is missing. */
export async function openContentFolder(dir: string): Promise<ContentFolder> {
  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch {
    throw new ContentError([{ file: dir, field: 'CONTENT_DIR', message: 'expected a folder of Markdown articles, found no such folder' }]);
  }
  const shown = path.relative(process.cwd(), dir);
  const shownPath = (name: string) => path.join(shown.startsWith('..') ? dir : shown || '.', name);
  // Only regular files are read: a link or a named pipe named *.md is refused before anything opens it (reading a pipe waits forever).
  const markdown = await Promise.all(names.filter((n) => n.toLowerCase().endsWith('.md')).map(async (name) => ({ name, problem: await refusal(path.join(dir, name)).catch(() => undefined) })));
  const articleFiles = markdown.filter((m) => m.problem === undefined).map((m) => m.name);
  const refused = markdown.flatMap(({ name, problem }) => (problem === undefined ? [] : [{ file: shownPath(name), field: 'file', message: problem }]));
  const authors = names.includes('authors.yml') ? await readList(dir, 'authors.yml', shownPath, (source, file) => checkAuthorsFile(dir, source, file)) : undefined;
  const people = { authors: authors?.list, authorIssues: authors?.issues ?? [] };
  if (!names.includes('topics.yml')) {
    const missing = { file: shownPath('topics.yml'), field: 'topics', message: 'expected a topics.yml listing the topic clusters, found no file' };
    return { dir, topics: [], topicIssues: [missing], ...people, articleFiles, refused, shownPath };
  }
  const topics = await readList(dir, 'topics.yml', shownPath, (source, file) => { const r = checkTopics(source, file); return { list: r.topics, issues: r.issues }; });
  return { dir, topics: topics.list, topicIssues: topics.issues, ...people, articleFiles, refused, shownPath };
}

type Listed<T> = { list: readonly T[]; issues: readonly ContentIssue[] };

/** Reads one YAML list of the folder (topics.yml, authors.yml) as UTF-8 and checks it; never throws for content. */
async function readList<T>(
  dir: string,
  name: string,
  shownPath: (name: string) => string,
  check: (source: string, file: string) => Listed<T> | Promise<Listed<T>>,
): Promise<Listed<T>> {
  const text = await readText(path.join(dir, name));
  if ('problem' in text) return { list: [], issues: [{ file: shownPath(name), field: 'file', message: text.problem }] };
  return check(text.source, shownPath(name));
}

/** authors.yml checked, then its authors' photos. */
async function checkAuthorsFile(dir: string, source: string, file: string): Promise<Listed<Author>> {
  const checked = checkAuthors(source, file);
  if (checked.issues.length > 0) return { list: [], issues: checked.issues };
  const measured = await withPortraits(source, file, checked.authors, imageResolver(dir));
  return { list: measured.authors, issues: measured.issues };
}

/** Parses and validates the article files `names` of a folder; never throws for content. */
export async function parseArticleFiles(folder: ContentFolder, names: readonly string[], options: CheckOptions = {}): Promise<ArticleBatch> {
  const articles: Article[] = [];
  const issues: ContentIssue[] = [];
  const warnings: ContentIssue[] = [];
  const images = options.images ?? imageResolver(folder.dir);
  for (const name of names) {
    const file = folder.shownPath(name);
    const text = await readText(path.join(folder.dir, name));
    if ('problem' in text) {
      issues.push({ file, field: 'file', message: text.problem });
      continue;
    }
    const result = await checkOne(text.source, file, folder, { ...options, images, ...(folder.authors ? { authors: folder.authors } : {}) });
    warnings.push(...result.warnings);
    if (result.article) articles.push(result.article);
    // With a broken topics.yml (authors.yml) every article's topic (author) is unknown: say so once, in that file's own issues.
    else issues.push(...result.issues.filter((i) => !(folder.topicIssues.length > 0 && folder.topics.length === 0 && i.field === 'topic') && !(folder.authorIssues.length > 0 && /^authors?(\[|$)/.test(i.field))));
  }
  return { articles, issues, warnings };
}

/** Bytes as UTF-8 text, or `undefined` when they are not valid UTF-8. */
function decode(bytes: Buffer): string | undefined {
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * `checkArticle`, with any crash of the parser (a stack overflow the budget did not foresee) turned
 * into that file's problem: the other files are still checked, and no stack trace reaches an editor.
 */
async function checkOne(source: string, file: string, folder: ContentFolder, options: CheckOptions): ReturnType<typeof checkArticle> {
  try {
    return await checkArticle(source, file, folder.topics, options);
  } catch (error) {
    const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { article: null, issues: [{ file, field: 'body', message: `the Markdown could not be read (${what}); simplify its structure (fewer nested quotes, lists and markup) and check it again` }], warnings: [] };
  }
}

export interface LoadOptions extends CheckOptions {
  /** Reuse articles parsed by earlier runs (`npm run build`); only files whose bytes changed are parsed. */
  readonly cache?: ParseCache;
  /** Parses a batch of files, e.g. split across processes; default: in this process. */
  readonly parse?: (folder: ContentFolder, names: readonly string[]) => Promise<ArticleBatch>;
  /** Keep every valid article and list the rest in `problems` instead of throwing (`next dev` only: a build must fail). */
  readonly lenient?: boolean;
}

/** What a load did: how many files came from the parse cache, how many were parsed, and the cache keys in use. */
export interface LoadStats {
  readonly cached: number;
  readonly parsed: number;
  readonly keys: ReadonlySet<string>;
}

/**
 * Reads a content folder, validating everything; throws one `ContentError` listing all problems.
 * With a cache, a file whose bytes, path, topic ids and author ids (and images' bytes) are unchanged is taken from it (warnings are
 * then not recomputed: `npm run check` never uses a cache).
 */
export async function loadContentWithStats(dir: string, options: LoadOptions = {}): Promise<{ content: Content; stats: LoadStats }> {
  const folder = await openContentFolder(dir);
  const { cache } = options;
  const hits: Article[] = [];
  const misses: string[] = [];
  const keys = new Map<string, string>();
  if (cache) {
    const ids = { topics: folder.topics.map((t) => t.id), authors: folder.authors?.map((a) => a.id) };
    // An image shown by many briefs (a desk's logo) is read once per load.
    const seen = new Map<string, boolean>();
    const unchanged = (image: Image) => {
      const key = `${image.src}\0${image.sha256}`;
      const known = seen.get(key) ?? isUnchanged(dir, image);
      seen.set(key, known);
      return known;
    };
    for (const name of folder.articleFiles) {
      const bytes = readRegularFileSync(path.join(dir, name));
      if ('problem' in bytes) {
        misses.push(name); // parsing it says why
        continue;
      }
      const key = cacheKey(cache, folder.shownPath(name), bytes, ids);
      keys.set(name, key);
      const hit = readCached(cache, key, folder.topics, folder.authors ?? []);
      // An entry holds when the images its brief shows still have the same bytes.
      if (hit && hit.images.every((image) => unchanged(image))) hits.push(hit);
      else misses.push(name);
    }
  } else {
    misses.push(...folder.articleFiles);
  }
  const parse = options.parse ?? ((f: ContentFolder, names: readonly string[]) => parseArticleFiles(f, names, options));
  const batch = misses.length > 0 ? await parse(folder, misses) : { articles: [], issues: [], warnings: [] };
  if (cache) {
    const fileNames = new Map(misses.map((name) => [folder.shownPath(name), name]));
    for (const article of batch.articles) {
      const key = keys.get(fileNames.get(article.file) ?? '');
      if (key) writeCached(cache, key, article);
    }
  }
  const pages = await readPagesFolder(dir, folder.shownPath);
  const part = { topics: folder.topics, authors: folder.authors ?? [], pages: pages.pages, articles: [...hits, ...batch.articles], issues: [...folder.topicIssues, ...folder.authorIssues, ...folder.refused, ...batch.issues, ...pages.issues], warnings: batch.warnings };
  const content = options.lenient ? withPageProblems(await withProblems(folder, assembleValid([part])), pages.issues) : assembleContent([part]);
  return { content, stats: { cached: hits.length, parsed: misses.length, keys: new Set(keys.values()) } };
}

/** What one pass over a content folder found, before cross-file checks. */
export interface ContentPart extends ArticleBatch {
  readonly topics: readonly Topic[];
  readonly authors?: readonly Author[];
  /** The valid standards pages (their problems are among `issues`). */
  readonly pages?: readonly StandardsPage[];
}

/** Joins the parts of a content folder, checks what spans files (unique slugs, translations), and sorts; throws one `ContentError` listing all problems. */
export function assembleContent(parts: readonly ContentPart[]): Content {
  const articles = parts.flatMap((p) => p.articles).sort((a, b) => a.file.localeCompare(b.file));
  const translations = checkTranslations(articles);
  const issues = [...parts.flatMap((p) => p.issues), ...firstOfEachSlug(articles).issues, ...translations.issues];
  if (issues.length > 0) throw new ContentError(issues);
  return { articles: sortNewestFirst(articles), topics: parts[0]?.topics ?? [], authors: parts[0]?.authors ?? [], warnings: [...parts.flatMap((p) => p.warnings), ...translations.warnings], pages: pagesOf(parts) };
}

/**
 * `next dev`'s `assembleContent`: the same checks, but an article that fails one (a second use of a
 * slug, a broken translation) is left out and every problem returned, never thrown. A translation
 * whose original is itself left out is shown alone meanwhile, not blamed for it.
 */
export function assembleValid(parts: readonly ContentPart[]): { content: Content; issues: ContentIssue[] } {
  const issues = parts.flatMap((p) => p.issues);
  const unique = firstOfEachSlug(parts.flatMap((p) => p.articles).sort((a, b) => a.file.localeCompare(b.file)));
  const beingFixed = new Set(issues.map((i) => nameOfFile(i.file).slug));
  const byFile = new Map(unique.articles.map((a) => [a.file, a]));
  const translations = checkTranslations(unique.articles);
  const blamed = translations.issues.filter((i) => !beingFixed.has(byFile.get(i.file)?.translationOf ?? ''));
  issues.push(...unique.issues, ...blamed);
  const out = new Set([...unique.issues, ...blamed].map((i) => i.file));
  const articles = unique.articles.filter((a) => !out.has(a.file));
  const warnings = [...parts.flatMap((p) => p.warnings), ...translations.warnings].filter((w) => !out.has(w.file));
  return { content: { articles: sortNewestFirst(articles), topics: parts[0]?.topics ?? [], authors: parts[0]?.authors ?? [], warnings, pages: pagesOf(parts) }, issues };
}

/** The first article of each slug in each edition, and a problem for every later one. */
function firstOfEachSlug(articles: readonly Article[]): { articles: Article[]; issues: ContentIssue[] } {
  const byKey = new Map<string, Article>();
  const issues: ContentIssue[] = [];
  for (const article of articles) {
    const key = editionKey(article.locale, article.slug);
    const first = byKey.get(key);
    if (first) issues.push({ file: article.file, field: 'slug', message: `expected a unique slug in the ${article.locale} edition, found ${JSON.stringify(article.slug)}, already used by ${first.file}` });
    else byKey.set(key, article);
  }
  return { articles: [...byKey.values()], issues };
}

/** Adds to a lenient load the files it left out, read again so their TODO placeholders can be named. */
async function withProblems(folder: ContentFolder, { content, issues }: { content: Content; issues: readonly ContentIssue[] }): Promise<Content> {
  const shown = new Set(content.articles.map((a) => a.file));
  const leftOut = await Promise.all(
    folder.articleFiles
      .filter((name) => !shown.has(folder.shownPath(name)))
      .map(async (name) => {
        const text = await readText(path.join(folder.dir, name));
        return { file: folder.shownPath(name), ...('source' in text ? { source: text.source } : {}) };
      }),
  );
  // Files that are not read (links, pipes, folders) have a page of problems too: their own is the reason.
  leftOut.push(...folder.refused.map((issue) => ({ file: issue.file })));
  return { ...content, problems: groupProblems(issues, leftOut) };
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
      warnings.push(...behindOriginal(article, original));
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

/** A translation whose original has a correction, clarification or update dated after the translation's last change: a warning naming the newest, and since when the translation is behind. */
function behindOriginal(translation: Article, original: Article): ContentIssue[] {
  const ahead = aheadOf(original, translation);
  if (!ahead) return [];
  const message = `behind its original ${original.file}, which has a ${ahead.type} of ${ahead.date} (${JSON.stringify(ahead.note)}) after this translation's last change (${lastModified(translation)}); translate it into this brief and record it in \`updates\`: until then the page says the original changed`;
  return [{ file: translation.file, field: 'translationOf', severity: 'warning', message }];
}

/** Reads the whole content folder, validating everything; throws one `ContentError` listing all problems. */
export async function loadContent(dir: string, options: LoadOptions = {}): Promise<Content> {
  return (await loadContentWithStats(dir, options)).content;
}

/** Newest first by publication time (not by string), then by slug so the order is stable. */
export function sortNewestFirst<T extends Pick<ArticleSummary, 'date' | 'slug'>>(articles: readonly T[]): T[] {
  return [...articles].sort((a, b) => toTime(b.date) - toTime(a.date) || a.slug.localeCompare(b.slug));
}

let cached: Promise<Content> | undefined;

/** Drafts are shown by `next dev` (with a label) and left out of production builds. */
export const includeDrafts = (): boolean => process.env.NODE_ENV === 'development';

declare global {
  /** The content problems `next dev` printed last: on globalThis, which outlives Next's reloads of this module. */
  var briefPrintedProblems: string | undefined;
}

/**
 * Prints a lenient load's problems as `npm run check` does, once per change: pages read the content
 * several times per load. Call it where pages render (a long-lived process), not from
 * `generateStaticParams`, which `next dev` runs in short-lived workers that would each print again.
 */
export function printProblemsOnce(content: Content): void {
  const text = content.problems ? problemsText(content.problems) : '';
  if (text === (globalThis.briefPrintedProblems ?? '')) return;
  // warn, not error: Next replays server errors in the browser as an "Issue" of its overlay, which an editor would take for a crash.
  if (text) console.warn(`Content problems (their pages show them until fixed):\n${text}`);
  else console.log('Content problems fixed: every brief is shown.');
  globalThis.briefPrintedProblems = text;
}

/**
 * The site's content, loaded once per process from `CONTENT_DIR`. In `next dev` it is re-read on
 * every call and lenient: an invalid file is left out and shown as its problems, never a crash.
 */
export function getContent(): Promise<Content> {
  const dir = path.resolve(site.contentDir);
  if (process.env.NODE_ENV === 'development') return loadContent(dir, { lenient: true });
  cached ??= loadContent(dir);
  return cached;
}

/** The folder of the standards pages, inside the content folder. */
export const PAGES_FOLDER = 'pages';

/**
 * Reads and checks `pages/` (optional): every file must be one of the standards pages (./pages.ts), so
 * nothing an editor puts there is silently left out; hidden files (`.gitkeep`, `.DS_Store`) are not
 * the editor's and are skipped. Never throws for content. Ten small files at most: parsed on every
 * load, not through the parse cache, which is for the thousands of briefs.
 */
async function readPagesFolder(dir: string, shownPath: (name: string) => string): Promise<{ pages: StandardsPage[]; issues: ContentIssue[] }> {
  const folder = path.join(dir, PAGES_FOLDER);
  const stats = await lstat(folder).catch(() => undefined);
  if (!stats) return { pages: [], issues: [] };
  if (!stats.isDirectory()) {
    const what = (await refusal(folder).catch(() => undefined)) ?? 'is a file';
    return { pages: [], issues: [{ file: shownPath(PAGES_FOLDER), field: 'file', message: `expected the folder of the standards pages; it ${what}` }] };
  }
  const names = (await readdir(folder)).filter((n) => !n.startsWith('.')).sort();
  const pages: StandardsPage[] = [];
  const issues: ContentIssue[] = [];
  for (const name of names) {
    const file = shownPath(path.join(PAGES_FOLDER, name));
    const refused = await refusal(path.join(folder, name)).catch(() => undefined);
    if (refused !== undefined) {
      issues.push({ file, field: 'file', message: refused });
      continue;
    }
    const text = await readText(path.join(folder, name));
    const result = 'problem' in text ? { page: null, issues: [{ file, field: 'file', message: text.problem }] } : await checkPage(text.source, name, file);
    if (result.page) pages.push(result.page);
    else issues.push(...result.issues);
  }
  return { pages: sortPages(pages), issues };
}

/** The standards pages of the parts, in reading order. */
const pagesOf = (parts: readonly ContentPart[]): StandardsPage[] => sortPages(parts.flatMap((p) => p.pages ?? []));

/** `next dev`: a standards page left out for its problems is named among the problems that concern the whole site. */
const withPageProblems = (content: Content, issues: readonly ContentIssue[]): Content =>
  issues.length === 0 || !content.problems ? content : { ...content, problems: { ...content.problems, site: [...content.problems.site, ...issues] } };
