/**
 * The route table: every kind of page the site has, with the app route that renders it in each
 * edition (below `app/(en)/` and `app/tr/`), the params that route's `generateStaticParams` returns,
 * the URL it renders for them, and the params it exports when it has nothing to render. Everything
 * else that lists routes is derived from it: the params schemas, `routePath`, `pathsFor`
 * (./paths.ts), the build's render plan and its placeholders (lib/pages/store.ts, lib/engine/plan.ts),
 * and the placeholder folders post-export removes (lib/engine/post-export.ts).
 *
 * Ground floor: imports nothing from the rest of lib/.
 */
import { z } from 'zod';
import { site, type Locale } from './config';

/**
 * `output: 'export'` refuses a dynamic route whose `generateStaticParams` is empty, so a route with
 * nothing to render exports its placeholder page instead, with this in its params (no slug, tag,
 * topic id or page number can be `_none`). Its page is a 404; post-export deletes its folder.
 */
export const PLACEHOLDER = '_none';

/** A `[[...x]]` segment: absent (Next passes `undefined`) at the route's own URL. */
const optionalSegments = z.array(z.string()).default([]);

/** The `[[...page]]` segments of page `n` of a list: `[]` at the list's own URL, `['page', 'n']` for `…/page/n/`. */
export const pageSegments = (n: number): string[] => (n === 1 ? [] : ['page', String(n)]);

type Params<Shape extends z.ZodRawShape> = z.output<z.ZodObject<Shape, z.core.$strict>>;

interface RouteSpec<Shape extends z.ZodRawShape> {
  /** The route's folder below each edition's (`app/(en)/`, `app/tr/`). */
  readonly app: string;
  /** What its `generateStaticParams` returns (`{}` for a route without params). */
  readonly params: Shape;
  /** The URL's segments after the edition's prefix. */
  readonly url: (params: Params<Shape>) => readonly string[];
}

/** A route the build plans page by page: it renders the pages whose model changed, or its placeholder when there are none. */
const dynamicRoute = <Shape extends z.ZodRawShape>(spec: RouteSpec<Shape> & { readonly placeholder: Params<Shape> }) => ({ ...spec, params: z.strictObject(spec.params) });

/** A route without params: Next renders it whole in every build. */
const staticRoute = (spec: RouteSpec<Record<never, never>>) => ({ ...spec, params: z.strictObject({}) });

export const routes = {
  home: dynamicRoute({ app: '[[...page]]', params: { page: optionalSegments }, url: ({ page }) => page, placeholder: { page: [PLACEHOLDER] } }),
  article: dynamicRoute({ app: 'articles/[slug]', params: { slug: z.string() }, url: ({ slug }) => ['articles', slug], placeholder: { slug: PLACEHOLDER } }),
  topic: dynamicRoute({
    app: 'topics/[id]/[[...page]]',
    params: { id: z.string(), page: optionalSegments },
    url: ({ id, page }) => ['topics', id, ...page],
    placeholder: { id: PLACEHOLDER, page: [] },
  }),
  topics: staticRoute({ app: 'topics', params: {}, url: () => ['topics'] }),
  /** `[]` every tag, `[tag]` a tag's briefs, `[tag, 'page', n]` its older ones: one route, so it is never empty. */
  tags: dynamicRoute({ app: 'tags/[[...path]]', params: { path: optionalSegments }, url: ({ path }) => ['tags', ...path], placeholder: { path: [PLACEHOLDER] } }),
  /** `[]` the index, `[id]` an author, `[id, 'page', n]` their older briefs: one route, so a site without authors.yml exports none of it. */
  authors: dynamicRoute({ app: 'authors/[[...path]]', params: { path: optionalSegments }, url: ({ path }) => ['authors', ...path], placeholder: { path: [PLACEHOLDER] } }),
  search: staticRoute({ app: 'search', params: {}, url: () => ['search'] }),
  /** Every correction and clarification of the edition's briefs: one page, rendered in every build (its model is what it lists). */
  corrections: staticRoute({ app: 'corrections', params: {}, url: () => ['corrections'] }),
  /** `[]` About (about.md, or the list of the others without it), `[name]` a standards page (`ethics`, `corrections-policy`, `masthead`, `contact`). */
  about: dynamicRoute({ app: 'about/[[...path]]', params: { path: optionalSegments }, url: ({ path }) => ['about', ...path], placeholder: { path: [PLACEHOLDER] } }),
};

type Table = typeof routes;
export type RouteKind = keyof Table;
/** The params a route's `generateStaticParams` returns and its page gets (after parsing). */
export type ParamsOf<R extends RouteKind> = z.output<Table[R]['params']>;
/** The params as Next passes them to the page: an absent `[[...x]]` is `undefined`. */
export type RawParamsOf<R extends RouteKind> = z.input<Table[R]['params']>;
/** The routes the build plans page by page (they have a placeholder). */
export type DynamicRoute = { [R in RouteKind]: Table[R] extends { placeholder: object } ? R : never }[RouteKind];
/** The routes without params: rendered whole in every build. */
export type StaticRoute = Exclude<RouteKind, DynamicRoute>;

/** The table as a mapped type over its keys, so that `table[route]` with a generic `route` keeps its params' type. */
const table: { readonly [R in RouteKind]: { readonly params: z.ZodType<ParamsOf<R>, RawParamsOf<R>>; readonly url: (params: ParamsOf<R>) => readonly string[]; readonly placeholder?: ParamsOf<R> } } = routes;

/** Every route, in the table's order. */
export const ROUTE_KINDS = Object.keys(routes).filter((key): key is RouteKind => key in routes);
export const isDynamic = (route: RouteKind): route is DynamicRoute => table[route].placeholder !== undefined;
/** The routes the build plans page by page, in the table's order (plan.json's keys). */
export const DYNAMIC_ROUTES: readonly DynamicRoute[] = ROUTE_KINDS.filter(isDynamic);

/** `''` for the default locale, `/tr` for Turkish: what the edition's paths start with. */
export const localePrefix = (locale: Locale): string => (locale === site.defaultLocale ? '' : `/${locale}`);

/** The URL `route` renders for `params` in `locale`'s edition, root-relative, without BASE_PATH: `/tr/articles/x/`. */
export function routePath<R extends RouteKind>(route: R, locale: Locale, params: ParamsOf<R>): string {
  const rest = table[route].url(params).join('/');
  return `${localePrefix(locale)}/${rest}${rest ? '/' : ''}`;
}

/** Next's params for a page of `route`, checked and with absent segments filled in. */
export const parseParams = <R extends RouteKind>(route: R, params: unknown): ParamsOf<R> => table[route].params.parse(params);

/** The params `route` exports when it has nothing to render. */
export function placeholderParams<R extends DynamicRoute>(route: R): ParamsOf<R> {
  const params = table[route].placeholder;
  if (params === undefined) throw new Error(`routes: ${route} has no placeholder`);
  return params;
}

/** The folders of `locale`'s placeholder pages, relative to the export (`tr/topics/_none`): post-export deletes them. */
export const placeholderFolders = (locale: Locale): string[] => DYNAMIC_ROUTES.map((r) => routePath(r, locale, placeholderParams(r)).split('/').filter(Boolean).join('/'));
