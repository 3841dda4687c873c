/**
 * Checking one article file: front matter → validated fields, Markdown → HTML. Pure: no disk, no globals.
 *
 * `checkArticle` is a pipeline of small steps, read top to bottom: reading the file (article-source.ts,
 * each step stopping the check at its problem), then the checks of its fields and body (every problem
 * found at once), then rendering the body and putting the article together, then the advice
 * `npm run check` prints (article-advice.ts).
 */
import { ContentError, type ContentIssue } from './error';
import { toTime } from './dates';
import { isPlaceholder } from './skeleton';
import { bylineOf, plainByline } from './authors';
import { EXPECTED, frontMatterSchema, type Article, type Author, type FrontMatter, type Topic } from './schema';
import { renderMarkdown, type ImageResolver, type RenderedMarkdown } from './markdown';
import { checkBudget } from './limits';
import { schemaIssues, type IssueWording } from './issues';
import { issuerFor, readArticle, type ArticleSource, type Issuer } from './article-source';
import { adviseOn, bodyWarnings } from './article-advice';
import type { Picture } from '../media/schema';
import { isLocale, localeOfTag, locales, site, type Locale } from '../site/config';
import { KEBAB_CASE } from './slug';
import { nearest } from './suggest';
import type { ParsedYaml } from './yaml';

export type { Article };

/** What lists, feeds and sitemaps need: an article without its body, the path of its file (never published) and the list of its image files (the build's). */
export type ArticleSummary = Omit<Article, 'html' | 'sections' | 'file' | 'images'>;

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

/** Parses and validates one article. Throws a `ContentError` listing every problem in the file. */
export async function parseArticle(source: string, file: string, topics: readonly Topic[], options: CheckOptions = {}): Promise<Article> {
  const result = await checkArticle(source, file, topics, options);
  if (!result.article) throw new ContentError(result.issues);
  return result.article;
}

const fail = (issues: readonly ContentIssue[]): CheckResult => ({ article: null, issues, warnings: [] });

/** Like `parseArticle`, but returns the problems instead of throwing. */
export async function checkArticle(raw: string, file: string, topics: readonly Topic[], options: CheckOptions = {}): Promise<CheckResult> {
  const source = readArticle(raw, file);
  if (Array.isArray(source)) return fail(source);
  const issue = issuerFor(file);
  const { yaml, body, bodyStart } = source;

  // The fields and the body: every problem is found, in this order.
  const parsed = checkFrontMatter(source, file);
  const fm = parsed.value;
  const topic = checkTopic(fm, topics, yaml, issue);
  const bylines = fm ? checkBylines(fm, yaml, issue, options.authors) : { value: undefined, issues: [] };
  const slug = checkSlug(fm, file, issue);
  const locale = checkLocale(fm, file, yaml, issue);
  const hero = await checkPhoto(fm, options.images, yaml, issue);
  const issues = [
    ...parsed.issues,
    ...topic.issues,
    ...bylines.issues,
    ...checkBody(body, bodyStart, issue),
    ...slug.issues,
    ...locale.issues,
    ...hero.issues,
    // The budget is checked before remark runs: what it refuses would take minutes, gigabytes or the stack.
    ...checkBudget(body).map((p) => issue('body', p.message, { line: bodyStart + p.line - 1, column: 1 })),
  ];
  if (!fm || !topic.value || !bylines.value || issues.length > 0) return fail(issues);

  // The body rendered, and the article put together.
  const rendered = await renderBody(body, bodyStart, locale.value, options.images, issue);
  if (rendered.issues.length > 0 || !rendered.value) return fail(rendered.issues);
  const article = assemble({ fm, file, slug: slug.value, topic: topic.value, bylines: bylines.value, locale: locale.value, hero: hero.value, rendered: rendered.value });

  // What `npm run check` advises, which never fails a build.
  const warnings = [...adviseOn(article, yaml, options.now ?? Date.now()), ...bodyWarnings(rendered.value, bodyStart, file)];
  return { article, issues: [], warnings };
}

/** What a step found: its piece of the article (undefined when it could not tell), and its problems. */
interface Checked<T> {
  readonly value: T;
  readonly issues: readonly ContentIssue[];
}

/** How an article's front-matter problems read: each unknown key with a suggestion, a refinement's own words. */
const WORDING: IssueWording = { schema: frontMatterSchema, expected: EXPECTED, whole: '', unknownKeys: 'each', required: true, refinements: true };

/** The front matter against the schema (schema.ts): the fields, or what is wrong with them. */
function checkFrontMatter({ fields, yaml }: ArticleSource, file: string): Checked<FrontMatter | undefined> {
  const parsed = frontMatterSchema.safeParse(fields, { reportInput: true });
  return parsed.success ? { value: parsed.data, issues: [] } : { value: undefined, issues: schemaIssues(parsed.error.issues, file, yaml, WORDING) };
}

/** `topic` names one of topics.yml's ids. */
function checkTopic(fm: FrontMatter | undefined, topics: readonly Topic[], yaml: ParsedYaml, issue: Issuer): Checked<Topic | undefined> {
  const topic = topics.find((t) => t.id === fm?.topic);
  if (fm === undefined || topic) return { value: topic, issues: [] };
  return { value: undefined, issues: [issue('topic', `expected one of the ids in topics.yml (${topics.map((t) => t.id).join(', ')}), found ${JSON.stringify(fm.topic)}`, yaml.locate(['topic']))] };
}

/**
 * The byline: `author` (a name or a list) or `authors` (a list), never both. With authors.yml every
 * entry must be one of its ids (an unknown one gets a suggestion and the list of ids); without it,
 * entries are plain names.
 */
function checkBylines(fm: Pick<FrontMatter, 'author' | 'authors'>, yaml: ParsedYaml, issue: Issuer, known: readonly Author[] | undefined): Checked<(string | Author)[] | undefined> {
  const problem = (field: string, message: string, at: ReturnType<ParsedYaml['locate']>) => ({ value: undefined, issues: [issue(field, message, at)] });
  if (fm.author !== undefined && fm.authors !== undefined) {
    return problem('authors', 'expected either `author` or `authors`, found both: keep one (both take a list)', yaml.locate(['authors'], true));
  }
  const key = fm.authors === undefined ? 'author' : 'authors';
  const value = fm.authors ?? fm.author;
  if (value === undefined) {
    return problem('author', `is required: expected ${known ? 'an author id from authors.yml, or a list of them' : (EXPECTED.author ?? 'a name')}`, yaml.locate(['author']));
  }
  const names = typeof value === 'string' ? [value] : value;
  if (!known) return { value: names, issues: [] };
  const ids = known.map((a) => a.id);
  const issues: ContentIssue[] = [];
  const entries = names.flatMap((name, index) => {
    const author = known.find((a) => a.id === name);
    if (author) return [author];
    const guess = nearest(name, ids);
    const at = yaml.locate(typeof value === 'string' ? [key] : [key, index]);
    const field = typeof value === 'string' ? key : `${key}[${index}]`;
    issues.push(issue(field, `expected an author id from authors.yml (${ids.join(', ')}), found ${JSON.stringify(name)}${guess ? `; did you mean ${JSON.stringify(guess)}?` : ''}`, at));
    return [];
  });
  return issues.length > 0 ? { value: undefined, issues } : { value: entries, issues: [] };
}

/** The body has text, and no line still starts with a TODO placeholder of `npm run new`. */
function checkBody(body: string, bodyStart: number, issue: Issuer): ContentIssue[] {
  const issues: ContentIssue[] = [];
  if (body.trim() === '') issues.push(issue('body', 'expected the article text below the front matter, found nothing'));
  body.split('\n').forEach((line, index) => {
    if (isPlaceholder(line)) issues.push(issue('body', 'replace the TODO placeholder with real text', { line: bodyStart + index, column: 1 }));
  });
  return issues;
}

/** The slug: `slug`, or else the file's name, which must then be kebab-case. */
function checkSlug(fm: FrontMatter | undefined, file: string, issue: Issuer): Checked<string> {
  const slug = fm?.slug ?? nameOfFile(file).slug;
  if (!fm || fm.slug !== undefined || KEBAB_CASE.test(slug)) return { value: slug, issues: [] };
  return { value: slug, issues: [issue('slug', `the file name gives the slug ${JSON.stringify(slug)}; expected ${EXPECTED.slug ?? 'kebab-case'} (rename the file or set \`slug\`)`)] };
}

/** The edition: the locale of `lang` (default: the site's), which a `.tr.md` file name must agree with. */
function checkLocale(fm: FrontMatter | undefined, file: string, yaml: ParsedYaml, issue: Issuer): Checked<Locale> {
  const locale = (fm?.lang !== undefined ? localeOfTag(fm.lang) : undefined) ?? site.defaultLocale;
  const named = nameOfFile(file).locale;
  if (!fm || named === undefined || named === locale) return { value: locale, issues: [] };
  const found = fm.lang === undefined ? `no \`lang\` (so ${site.defaultLocale})` : JSON.stringify(fm.lang);
  return { value: locale, issues: [issue('lang', `the file name ends in .${named}.md, so expected lang: ${named}, found ${found}`, yaml.locate(['lang']))] };
}

/** The brief's photo (`image`), checked and measured by the content folder's resolver. */
async function checkPhoto(fm: FrontMatter | undefined, images: ImageResolver | undefined, yaml: ParsedYaml, issue: Issuer): Promise<Checked<Picture | undefined>> {
  const photo = fm?.image;
  if (!photo) return { value: undefined, issues: [] };
  const resolved = images ? await images(photo.src) : { problem: 'expected an image the build can check, found no content folder to read it from' };
  if ('problem' in resolved) return { value: undefined, issues: [issue('image.src', resolved.problem, yaml.locate(['image', 'src']))] };
  return { value: { ...resolved.image, alt: photo.alt, credit: photo.credit, ...(photo.caption === undefined ? {} : { caption: photo.caption }) }, issues: [] };
}

/** The body as HTML; its images that cannot be published, and a nesting the parser cannot follow, are problems. */
async function renderBody(body: string, bodyStart: number, locale: Locale, images: ImageResolver | undefined, issue: Issuer): Promise<Checked<RenderedMarkdown | undefined>> {
  let rendered: RenderedMarkdown;
  try {
    rendered = await renderMarkdown(body, locale, { ...(images ? { images } : {}) });
  } catch (error) {
    // What the budget did not foresee still names this file, never ends the run.
    if (!(error instanceof RangeError)) throw error;
    return { value: undefined, issues: [issue('body', `the Markdown is too deeply nested to read (${error.message}); flatten its quotes and lists`)] };
  }
  const issues = rendered.imageProblems.map((p) => issue('body', p.message, { line: bodyStart + p.line - 1, column: p.column }));
  return issues.length > 0 ? { value: undefined, issues } : { value: rendered, issues: [] };
}

interface Parts {
  readonly fm: FrontMatter;
  readonly file: string;
  readonly slug: string;
  readonly topic: Topic;
  readonly bylines: readonly (string | Author)[];
  readonly locale: Locale;
  readonly hero: Picture | undefined;
  readonly rendered: RenderedMarkdown;
}

/** The article: the front matter normalised, plus what is computed from the body (sections, HTML, reading time, image files). */
function assemble({ fm, file, slug, topic, bylines, locale, hero, rendered }: Parts): Article {
  const images = new Map([...(hero ? [hero] : []), ...rendered.images].map(({ src, id, sha256, width, height, alpha }) => [id, { src, id, sha256, width, height, alpha }]));
  const visibleWords = [fm.title, fm.description, ...fm.summary, ...fm.whyItMatters]
    .map((text) => text.split(/\s+/).filter(Boolean).length)
    .reduce((a, b) => a + b, rendered.words);
  return {
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
    kind: fm.kind,
    ...(fm.sponsor === undefined ? {} : { sponsor: fm.sponsor }),
    ...(fm.backstory === undefined ? {} : { backstory: fm.backstory }),
  };
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
