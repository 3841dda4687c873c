/** Parsing one article file: front matter → validated fields, Markdown → HTML. Pure: no disk, no globals. */
import matter from 'gray-matter';
import type { z } from 'zod';
import { ContentError, type ContentIssue } from './error';
import { toTime } from './dates';
import { describeValue } from './describe';
import { isPlaceholder } from './skeleton';
import { bylineOf, plainByline } from './authors';
import { EXPECTED, FRONT_MATTER_KEYS, IMAGE_KEYS, frontMatterSchema, type Article, type Author, type FrontMatter, type Topic } from './schema';
import { renderMarkdown, type ImageResolver, type RenderedMarkdown } from './markdown';
import { checkBudget, nulLine } from './limits';
import type { Picture } from '../media/schema';

export type { Article };
import { isLocale, localeOfTag, locales, site, type Locale } from '../site/config';
import { KEBAB_CASE } from './slug';
import { nearest } from './suggest';
import { parseYaml, type ParsedYaml } from './yaml';

/** What lists, feeds and sitemaps need: an article without its body, the path of its file (never published) and the list of its image files (the build's). */
export type ArticleSummary = Omit<Article, 'html' | 'sections' | 'file' | 'images'>;

/**
 * Largest article accepted. A brief is a few KB (the longest fixture, pasted from docs, is 5 KB); these
 * only stop runaway or hostile files early. 1 MB of plain prose took 2.8 s and 296 MB; 512 KB with every
 * limit of lib/content/limits.ts reached at once, 3.5 s and 308 MB: over the budget of one brief (5 s, 300 MB).
 */
const MAX_FILE_BYTES = 384 * 1024;
const MAX_FILE_LINES = 20_000;

/** Thresholds of `npm run check`'s warnings (advice, never a failure). */
const ADVICE = { summaryPointChars: 200, descriptionChars: 160, shortTermDays: 90 } as const;

export interface CheckOptions {
  /** "Today" for age warnings, in ms since the epoch (default: now). */
  readonly now?: number;
  /** Checks and measures the images a brief names (the loader reads them from its content folder). */
  readonly images?: ImageResolver;
  /**
   * The authors of authors.yml: bylines must then be their ids. `undefined` when the content folder
   * has no authors.yml: bylines are plain names, shown as text.
   */
  readonly authors?: readonly Author[];
}

export type CheckResult =
  | { readonly article: Article; readonly issues: readonly []; readonly warnings: readonly ContentIssue[] }
  | { readonly article: null; readonly issues: readonly ContentIssue[]; readonly warnings: readonly ContentIssue[] };

/** gray-matter would `eval` JavaScript front matter: every engine but YAML refuses instead. */
const refuse = (language: string) => () => {
  throw new Error(`${language} front matter is not allowed`);
};

/** Parses and validates one article. Throws a `ContentError` listing every problem in the file. */
export async function parseArticle(source: string, file: string, topics: readonly Topic[], options: CheckOptions = {}): Promise<Article> {
  const result = await checkArticle(source, file, topics, options);
  if (!result.article) throw new ContentError(result.issues);
  return result.article;
}

/** Like `parseArticle`, but returns the problems instead of throwing. */
export async function checkArticle(
  rawSource: string,
  file: string,
  topics: readonly Topic[],
  options: CheckOptions = {},
): Promise<CheckResult> {
  const fail = (issues: ContentIssue[]): CheckResult => ({ article: null, issues, warnings: [] });
  const issue = (field: string, message: string, at?: { line: number; column: number }): ContentIssue => ({
    file,
    field,
    message,
    ...at,
  });

  const bytes = Buffer.byteLength(rawSource, 'utf8');
  if (bytes > MAX_FILE_BYTES) {
    return fail([issue('file', `expected at most ${MAX_FILE_BYTES / 1024} KB for one article, found ${bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`}; split it into several briefs`)]);
  }
  // Windows line endings are accepted and read exactly like Unix ones.
  const source = rawSource.replace(/\r\n?/g, '\n');
  const lines = source.split('\n').length;
  if (lines > MAX_FILE_LINES) {
    return fail([issue('file', `expected at most ${MAX_FILE_LINES.toLocaleString('en')} lines for one article, found ${lines.toLocaleString('en')}`)]);
  }
  if (source.includes('\uFFFD')) {
    return fail([issue('file', 'expected UTF-8 text, found bytes that are not valid UTF-8 (save the file as UTF-8)')]);
  }
  const nul = nulLine(source);
  if (nul !== undefined) {
    return fail([issue('file', 'a NUL byte (U+0000), which is not text and would be shown as �; remove it (it comes with text copied from a binary file)', { line: nul, column: 1 })]);
  }
  if (!/^\uFEFF?---/.test(source)) {
    return fail([issue('front matter', 'expected the file to start with a `---` line opening the YAML front matter', { line: 1, column: 1 })]);
  }

  let split: { matter: string; content: string; language: string };
  try {
    split = matter(source, { engines: { yaml: () => ({}), json: refuse('JSON'), javascript: refuse('JavaScript') } });
  } catch (error) {
    return fail([issue('front matter', `${error instanceof Error ? error.message : String(error)}; expected YAML front matter`, { line: 1, column: 1 })]);
  }
  if (split.language !== 'yaml') {
    return fail([issue('front matter', `expected YAML front matter (a plain \`---\` line), found \`---${split.language}\``, { line: 1, column: 1 })]);
  }

  const yaml = parseYaml(split.matter);
  if (yaml.problems.length > 0) {
    return fail(yaml.problems.map((p) => issue('front matter', `invalid YAML: ${p.message}`, p.line ? { line: p.line, column: p.column ?? 1 } : undefined)));
  }
  if (yaml.value === null || typeof yaml.value !== 'object' || Array.isArray(yaml.value)) {
    return fail([issue('front matter', `expected key: value pairs, found ${describeValue(yaml.value)}`, { line: 1, column: 1 })]);
  }

  const issues: ContentIssue[] = [];
  const parsed = frontMatterSchema.safeParse(yaml.value, { reportInput: true });
  if (!parsed.success) issues.push(...parsed.error.issues.flatMap((i) => describeIssue(i, file, yaml)));

  const topicId = parsed.success ? parsed.data.topic : undefined;
  const topic = topics.find((t) => t.id === topicId);
  if (topicId !== undefined && !topic) {
    issues.push(issue('topic', `expected one of the ids in topics.yml (${topics.map((t) => t.id).join(', ')}), found ${JSON.stringify(topicId)}`, yaml.locate(['topic'])));
  }

  const checked = parsed.success ? checkBylines(parsed.data, file, yaml, options.authors) : undefined;
  if (checked && 'problems' in checked) issues.push(...checked.problems);
  const bylines = checked && 'entries' in checked ? checked.entries : undefined;

  const body = split.content;
  const bodyStart = source.split('\n').length - body.split('\n').length + 1;
  if (body.trim() === '') issues.push(issue('body', 'expected the article text below the front matter, found nothing'));
  body.split('\n').forEach((line, index) => {
    if (isPlaceholder(line)) issues.push(issue('body', 'replace the TODO placeholder with real text', { line: bodyStart + index, column: 1 }));
  });

  const named = nameOfFile(file);
  const slug = parsed.success ? (parsed.data.slug ?? named.slug) : named.slug;
  if (parsed.success && parsed.data.slug === undefined && !KEBAB_CASE.test(slug)) {
    issues.push(issue('slug', `the file name gives the slug ${JSON.stringify(slug)}; expected ${EXPECTED.slug ?? 'kebab-case'} (rename the file or set \`slug\`)`));
  }
  const locale: Locale = (parsed.success && parsed.data.lang !== undefined ? localeOfTag(parsed.data.lang) : undefined) ?? site.defaultLocale;
  if (parsed.success && named.locale !== undefined && named.locale !== locale) {
    const found = parsed.data.lang === undefined ? `no \`lang\` (so ${site.defaultLocale})` : JSON.stringify(parsed.data.lang);
    issues.push(issue('lang', `the file name ends in .${named.locale}.md, so expected lang: ${named.locale}, found ${found}`, yaml.locate(['lang'])));
  }

  let hero: Picture | undefined;
  const photo = parsed.success ? parsed.data.image : undefined;
  if (photo) {
    const resolved = options.images ? await options.images(photo.src) : { problem: 'expected an image the build can check, found no content folder to read it from' };
    if ('problem' in resolved) issues.push(issue('image.src', resolved.problem, yaml.locate(['image', 'src'])));
    else hero = { ...resolved.image, alt: photo.alt, credit: photo.credit, ...(photo.caption === undefined ? {} : { caption: photo.caption }) };
  }

  // The budget is checked before remark runs: what it refuses would take minutes, gigabytes or the stack.
  issues.push(...checkBudget(body).map((p) => issue('body', p.message, { line: bodyStart + p.line - 1, column: 1 })));

  if (!parsed.success || !topic || !bylines || issues.length > 0) return fail(issues);

  const fm = parsed.data;
  let rendered: RenderedMarkdown;
  try {
    rendered = await renderMarkdown(body, locale, { ...(options.images ? { images: options.images } : {}) });
  } catch (error) {
    // What the budget did not foresee still names this file, never ends the run.
    if (!(error instanceof RangeError)) throw error;
    return fail([issue('body', `the Markdown is too deeply nested to read (${error.message}); flatten its quotes and lists`)]);
  }
  if (rendered.imageProblems.length > 0) {
    return fail(rendered.imageProblems.map((p) => issue('body', p.message, { line: bodyStart + p.line - 1, column: p.column })));
  }
  const images = new Map([...(hero ? [hero] : []), ...rendered.images].map(({ src, id, sha256, width, height, alpha }) => [id, { src, id, sha256, width, height, alpha }]));
  const visibleWords = [fm.title, fm.description, ...fm.summary, ...fm.whyItMatters]
    .map((text) => text.split(/\s+/).filter(Boolean).length)
    .reduce((a, b) => a + b, rendered.words);

  const article: Article = {
    slug,
    file,
    title: fm.title,
    description: fm.description,
    date: fm.date,
    ...(fm.updated === undefined ? {} : { updated: fm.updated }),
    authors: bylines.map((b) => (typeof b === 'string' ? plainByline(b) : bylineOf(b, locale))),
    topic,
    tags: fm.tags,
    summary: fm.summary,
    whyItMatters: fm.whyItMatters,
    ...(fm.relevance === undefined ? {} : { relevance: fm.relevance }),
    sources: fm.sources,
    updates: [...fm.updates].sort((a, b) => toTime(b.date) - toTime(a.date)),
    draft: fm.draft,
    lang: fm.lang ?? locales[locale].lang,
    locale,
    ...(fm.translationOf === undefined ? {} : { translationOf: fm.translationOf }),
    readingTime: Math.max(1, Math.round(visibleWords / locales[locale].wordsPerMinute)),
    sections: rendered.sections,
    html: rendered.html,
    ...(hero ? { image: hero } : {}),
    images: [...images.values()],
  };
  const skipped = rendered.headingSkips.map(({ line, found, shown }): ContentIssue => ({
    file,
    field: 'body',
    message: `a level-${found} heading (${'#'.repeat(found)}) right after level ${shown - 1}; it is shown as level ${shown} (${'#'.repeat(shown)}) so the page's outline skips no level: write it that way`,
    severity: 'warning',
    line: bodyStart + line - 1,
    column: 1,
  }));
  const bodyIssue = (line: number, message: string): ContentIssue => ({ file, field: 'body', message, severity: 'warning', line: bodyStart + line - 1, column: 1 });
  const titles = rendered.titleHeadings.map((line) =>
    bodyIssue(line, 'a level-1 heading (#): the title is the page\'s only level-1 heading, so every heading of this body is shown one level lower; start the body at ## instead'),
  );
  const dead = rendered.deadFragments.map(({ line, fragment }) =>
    bodyIssue(line, `a link to #${fragment}, which no heading of this brief has; it is shown as plain text`),
  );
  return { article, issues: [], warnings: [...adviseOn(article, yaml, options.now ?? Date.now()), ...skipped, ...titles, ...dead] };
}

/**
 * The byline: `author` (a name or a list) or `authors` (a list), never both. With authors.yml every
 * entry must be one of its ids (an unknown one gets a suggestion and the list of ids); without it,
 * entries are plain names. Returns the entries, or the problems.
 */
function checkBylines(
  fm: Pick<FrontMatter, 'author' | 'authors'>,
  file: string,
  yaml: ParsedYaml,
  known: readonly Author[] | undefined,
): { entries: (string | Author)[] } | { problems: ContentIssue[] } {
  if (fm.author !== undefined && fm.authors !== undefined) {
    return { problems: [{ file, field: 'authors', message: 'expected either `author` or `authors`, found both: keep one (both take a list)', ...yaml.locate(['authors'], true) }] };
  }
  const key = fm.authors === undefined ? 'author' : 'authors';
  const value = fm.authors ?? fm.author;
  if (value === undefined) {
    return { problems: [{ file, field: 'author', message: `is required: expected ${known ? 'an author id from authors.yml, or a list of them' : (EXPECTED.author ?? 'a name')}`, ...yaml.locate(['author']) }] };
  }
  const names = typeof value === 'string' ? [value] : value;
  if (!known) return { entries: names };
  const ids = known.map((a) => a.id);
  const problems: ContentIssue[] = [];
  const entries = names.flatMap((name, index) => {
    const author = known.find((a) => a.id === name);
    if (author) return [author];
    const guess = nearest(name, ids);
    const at = yaml.locate(typeof value === 'string' ? [key] : [key, index]);
    const field = typeof value === 'string' ? key : `${key}[${index}]`;
    problems.push({ file, field, message: `expected an author id from authors.yml (${ids.join(', ')}), found ${JSON.stringify(name)}${guess ? `; did you mean ${JSON.stringify(guess)}?` : ''}`, ...at });
    return [];
  });
  return problems.length > 0 ? { problems } : { entries };
}

/** Advice that does not block publishing: long points, a long dek, no sources, a stale short-term brief. */
function adviseOn(article: Article, yaml: ParsedYaml, now: number): ContentIssue[] {
  const warn = (field: string, message: string, path: readonly PropertyKey[]): ContentIssue => ({
    file: article.file,
    field,
    message,
    severity: 'warning',
    ...yaml.locate(path),
  });
  const warnings: ContentIssue[] = [];
  article.summary.forEach((point, index) => {
    if (point.length > ADVICE.summaryPointChars) {
      warnings.push(warn(`summary[${index}]`, `point is ${point.length} characters; keep summary points to ${ADVICE.summaryPointChars} or fewer`, ['summary', index]));
    }
  });
  if (article.description.length > ADVICE.descriptionChars) {
    warnings.push(warn('description', `is ${article.description.length} characters; search results cut descriptions after about ${ADVICE.descriptionChars}`, ['description']));
  }
  if (article.sources.length === 0) {
    warnings.push(warn('sources', 'no sources listed; readers trust briefs that cite them', []));
  }
  const ageDays = Math.floor((now - toTime(article.updated ?? article.date)) / 86_400_000);
  if (article.relevance === 'short-term' && ageDays > ADVICE.shortTermDays) {
    warnings.push(warn('relevance', `short-term brief last dated ${ageDays} days ago (over ${ADVICE.shortTermDays}); update it or change its relevance`, ['relevance']));
  }
  return warnings;
}

/**
 * The default slug: the file name without folders and `.md`, and without a `.<locale>` before it,
 * so a translation can sit next to its original (`brief.md`, `brief.tr.md`) and share its slug.
 */
export function nameOfFile(file: string): { slug: string; locale?: Locale } {
  const base = (file.split(/[\\/]/).pop() ?? file).replace(/\.md$/i, '');
  const suffix = /\.([a-z]{2,3})$/i.exec(base)?.[1]?.toLowerCase();
  return suffix !== undefined && isLocale(suffix) ? { slug: base.slice(0, -suffix.length - 1), locale: suffix } : { slug: base };
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : `${i === 0 ? '' : '.'}${String(seg)}`)).join('');
}

function expectationFor(path: readonly PropertyKey[]): string {
  const key = path.map((seg, i) => (typeof seg === 'number' ? '[]' : `${i === 0 ? '' : '.'}${String(seg)}`)).join('');
  return EXPECTED[key] ?? 'a valid value';
}

/** Turns one zod issue into editor-facing issues (one per unknown key). */
function describeIssue(zodIssue: z.core.$ZodIssue, file: string, yaml: ParsedYaml): ContentIssue[] {
  const path = zodIssue.path;
  if (zodIssue.code === 'unrecognized_keys') {
    return zodIssue.keys.map((key) => {
      const keyPath = [...path, key];
      const known = path.length === 0 ? FRONT_MATTER_KEYS : path[0] === 'updates' ? ['date', 'note'] : path[0] === 'image' ? IMAGE_KEYS : ['title', 'url', 'publisher'];
      const guess = nearest(key, known);
      const hint = guess ? `did you mean \`${guess}\`?` : `expected one of ${known.join(', ')}`;
      return { file, field: fieldName(keyPath), message: `unknown key; ${hint}`, ...yaml.locate(keyPath, true) };
    });
  }
  const field = fieldName(path);
  const expected = expectationFor(path);
  const found = 'input' in zodIssue ? zodIssue.input : undefined;
  const message =
    zodIssue.code === 'custom' && zodIssue.message && !zodIssue.message.startsWith('Invalid')
      ? `${zodIssue.message}`
      : found === undefined && zodIssue.code === 'invalid_type'
        ? `is required: expected ${expected}`
        : `expected ${expected}, found ${describeValue(found)}`;
  return [{ file, field, message, ...yaml.locate(path) }];
}
