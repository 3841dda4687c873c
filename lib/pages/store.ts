/**
 * How pages get their models. In `npm run build`, the build (lib/engine/plan.ts) writes the models of the pages to
 * render and a plan (which params each route renders) into the folder named by BRIEF_PAGE_MODELS:
 * a render worker then reads only its own page's model. Without it (`next dev`, a bare `next build`)
 * the models are computed here from the content, by the same `sitePages`.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { cache, use } from 'react';
import { z } from 'zod';
import { getContent, includeDrafts, printProblemsOnce, type Content } from '../content/loader';
import type { ContentIssue } from '../content/error';
import type { ContentProblems, FileProblems } from '../content/problems';
import { LOCALES, site, waitLimit, type Locale } from '../site/config';
import { DYNAMIC_ROUTES, PLACEHOLDER, parseParams, placeholderParams, routePath, type DynamicRoute, type ParamsOf, type RawParamsOf, type RouteKind } from '../site/routes';
import { pageModelSchema, sitePages, type PageEntry, type PageModel } from './site-pages';
import { sitePartSchema, type SitePart } from './models';

/**
 * The params each route of each edition renders, as `npm run build` planned them: route → params.
 * Each route's params are checked by its own schema when it reads them (`plannedParams`).
 */
const renderPlanSchema = z.partialRecord(z.enum(LOCALES), z.partialRecord(z.enum(DYNAMIC_ROUTES), z.array(z.unknown())));

/** The params of each route with params that one edition renders. */
export type EditionPlan = { [R in DynamicRoute]?: ParamsOf<R>[] };

/** What `npm run build` writes to plan.json (lib/engine/plan.ts): each route's params, by edition. */
export type RenderPlan = Partial<Record<Locale, EditionPlan>>;

/** The file of a page's model below a models folder: `/tr/articles/x/` → `pages/tr/articles/x/model.json`. */
export const modelFile = (dir: string, pagePath: string): string => path.join(dir, 'pages', ...pagePath.split('/').filter(Boolean), 'model.json');

/** The plan file below a models folder. */
export const planFile = (dir: string): string => path.join(dir, 'plan.json');

const modelsDir = (): string | undefined => process.env.BRIEF_PAGE_MODELS || undefined;

const computed = new WeakMap<Content, PageEntry[]>();

/** Every page computed from the content (`next dev`, a bare `next build`), once per content load. */
async function computedPages(content?: Content): Promise<PageEntry[]> {
  content ??= await getContent();
  let entries = computed.get(content);
  if (!entries) {
    entries = sitePages(content, { drafts: includeDrafts(), pageSize: site.pageSize });
    computed.set(content, entries);
  }
  return entries;
}

let plan: Promise<z.output<typeof renderPlanSchema>> | undefined;

/**
 * The plan, once the build has written it: `npm run build` starts next build while it is still
 * preparing the plan, and writes the plan last, whole (renamed into place), after the models. A build
 * that dies before writing it would leave next build waiting for ever; after `timeoutMs` it fails instead.
 */
export async function waitForPlan(file: string, timeoutMs = waitLimit()): Promise<z.output<typeof renderPlanSchema>> {
  const started = Date.now();
  for (;;) {
    let text: string | undefined;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if (!(error instanceof Error && 'code' in error && error.code === 'ENOENT')) throw error;
    }
    if (text !== undefined) return renderPlanSchema.parse(JSON.parse(text));
    const waited = Date.now() - started;
    if (waited >= timeoutMs) {
      const wait = timeoutMs >= 60_000 ? `${Math.round(timeoutMs / 60_000)} min` : `${timeoutMs / 1000} s`;
      throw new Error(`store: waited ${wait} for the build's render plan ${file}, which never appeared (BRIEF_WAIT_LIMIT): the build that writes it has stopped or is stuck`);
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(50, timeoutMs - waited)));
  }
}

/** The params `route` renders in `locale`'s edition (its placeholder when there are none). */
export async function plannedParams<R extends DynamicRoute>(route: R, locale: Locale): Promise<ParamsOf<R>[]> {
  const dir = modelsDir();
  let found: unknown[];
  if (dir) {
    plan ??= waitForPlan(planFile(dir));
    found = (await plan)[locale]?.[route] ?? [];
  } else {
    const content = await getContent();
    found = (await computedPages(content)).flatMap((entry) => (entry.locale === locale && entry.route === route && 'params' in entry ? [entry.params] : []));
    // `next dev`: a brief left out for its problems keeps its address, where they are shown (dynamicParams is false).
    const broken = route === 'article' ? (content.problems?.files ?? []).filter((f) => f.locale === locale && !found.some((p) => isSlug(p, f.slug))) : [];
    found.push(...broken.map(({ slug }) => ({ slug })));
  }
  const params = found.map((p) => parseParams(route, p));
  return params.length > 0 ? params : [placeholderParams(route)];
}

const isSlug = (params: unknown, slug: string): boolean => parseParams('article', params).slug === slug;

/**
 * `next dev` only: the problems to show at an article's address instead of the brief (its own, and
 * the site-wide ones), or `undefined` when that brief has none or pages come from a build.
 */
export async function problemsAt(locale: Locale, slug: string): Promise<{ file: FileProblems; site: readonly ContentIssue[] } | undefined> {
  if (modelsDir()) return undefined;
  const problems = (await getContent()).problems;
  const file = problems?.files.find((f) => f.locale === locale && f.slug === slug);
  return problems && file ? { file, site: problems.site } : undefined;
}

/** `next dev` only: every problem of the content, for the home page's notice; `undefined` when pages come from a build. */
export async function contentProblems(): Promise<ContentProblems | undefined> {
  return modelsDir() ? undefined : (await getContent()).problems;
}

/** The model of the page `route` renders for Next's `params` in `locale`'s edition (see `pageModel`). */
export const routeModel = <R extends RouteKind>(route: R, locale: Locale, params: RawParamsOf<R>): Promise<PageModel | undefined> =>
  pageModel(routePath(route, locale, parseParams(route, params)));

/**
 * The model of the page at `pagePath`, or `undefined` for no such page (a placeholder, or an unknown
 * URL in `next dev`). Read once per render: `generateMetadata` and the page share it (React `cache`).
 */
export const pageModel = cache(async (pagePath: string): Promise<PageModel | undefined> => {
  if (pagePath.split('/').includes(PLACEHOLDER)) return undefined;
  const dir = modelsDir();
  if (!dir) {
    const content = await getContent();
    printProblemsOnce(content);
    return (await computedPages(content)).find((entry) => entry.path === pagePath)?.model;
  }
  // The build planned this page, so its model must be there: a missing file is a bug, never a 404.
  return pageModelSchema.parse(JSON.parse(await readFile(modelFile(dir, pagePath), 'utf8')));
});

/** The file of an edition's site part below a models folder (`site/tr.json`), which the build writes with the models. */
export const sitePartFile = (dir: string, locale: Locale): string => path.join(dir, 'site', `${locale}.json`);

/**
 * The site part of `locale`'s edition (./models.ts): what its layout shows around every page (the
 * footer's standards links). A layout is not told which page it wraps, so it reads the edition's part,
 * which the build writes from the same content as the models, each of which carries it: a page whose
 * part changed has a changed model and is rendered again.
 *
 * Read synchronously in a build, so that layouts stay synchronous: a layout that awaits I/O races its
 * page, and React then streams the page in pieces that differ from render to render (its `<!-- -->`
 * text separators move), which made an export differ byte for byte from one build to the next. In
 * `next dev` (no models folder) it is computed from the content (`use` of the cached promise).
 */
export function sitePart(locale: Locale): SitePart {
  const dir = modelsDir();
  if (dir) return sitePartSchema.parse(JSON.parse(readFileSync(sitePartFile(dir, locale), 'utf8')));
  return use(computedSitePart(locale));
}

const computedSitePart = cache(async (locale: Locale): Promise<SitePart> => (await computedPages()).find((entry) => entry.locale === locale)?.model.site ?? { standards: [] });
