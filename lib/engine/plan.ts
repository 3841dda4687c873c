/**
 * Which pages a build renders. Every page's model is hashed; a page is rendered when its model is
 * new or changed since the build in `out/` (every page, in a full build), deleted when its URL is
 * gone, and otherwise left as it is. The pages to render get their models and a plan (the params of
 * each route) in a folder that `next build` reads through BRIEF_PAGE_MODELS (lib/pages/store.ts).
 */
import { createHash } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PageEntry } from '../pages/site-pages';
import { DYNAMIC_ROUTES, isDynamic, type DynamicRoute, type ParamsOf } from '../site/routes';
import { modelFile, planFile, sitePartFile, type EditionPlan, type RenderPlan } from '../pages/store';
import { LOCALES } from '../site/config';
import { inBatches } from './parallel';

export interface Plan {
  /** Every page of the site. */
  readonly entries: readonly PageEntry[];
  /** Page URL → hash of its model. */
  readonly hashes: ReadonlyMap<string, string>;
  /** The pages whose model is new or changed. */
  readonly render: readonly PageEntry[];
  /** URLs the previous build had and this one has not. */
  readonly removed: readonly string[];
}

/** Hash of a model: its JSON, whose key order is fixed by the code that builds it. */
export const modelHash = (model: unknown): string => createHash('sha256').update(JSON.stringify(model)).digest('hex');

/** Compares every page's model with the previous build's (`undefined`: render everything). */
export function planPages(entries: readonly PageEntry[], previous: Readonly<Record<string, string>> | undefined): Plan {
  const hashes = new Map(entries.map((e) => [e.path, modelHash(e.model)]));
  const render = previous ? entries.filter((e) => previous[e.path] !== hashes.get(e.path)) : [...entries];
  const removed = previous ? Object.keys(previous).filter((p) => !hashes.has(p)) : [];
  return { entries, hashes, render, removed };
}

/** Every route with params, with none yet: each has its key in plan.json, in the table's order. */
function emptyPlan(): EditionPlan {
  const planned: EditionPlan = {};
  for (const route of DYNAMIC_ROUTES) planned[route] = [];
  return planned;
}

/** Adds a page's params to its route's. */
const add = <R extends DynamicRoute>(planned: EditionPlan, { route, params }: { readonly route: R; readonly params: ParamsOf<R> }): void => {
  const list = planned[route];
  if (!list) throw new Error(`plan: ${route} is missing from the empty plan`);
  list.push(params);
};

/**
 * Writes what `next build` needs into `dir` (emptied first): the plan, the models of the pages to
 * render, and the models of the routes without params, which Next renders in every build.
 */
export async function writeRenderInput(dir: string, plan: Plan): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const routes: RenderPlan = {};
  for (const entry of plan.render) {
    const planned = (routes[entry.locale] ??= emptyPlan());
    if ('params' in entry) add(planned, entry);
  }
  const always = plan.entries.filter((e) => !isDynamic(e.route));
  const models = new Map([...plan.render, ...always].map((e) => [e.path, e.model]));
  await inBatches([...models], 64, async ([pagePath, model]) => {
    const file = modelFile(dir, pagePath);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify(model));
  });
  // Each edition's site part, which its layout shows on every page (lib/pages/store.ts `sitePart`).
  for (const locale of LOCALES) {
    const site = plan.entries.find((e) => e.locale === locale)?.model.site;
    if (!site) continue;
    await mkdir(path.dirname(sitePartFile(dir, locale)), { recursive: true });
    await writeFile(sitePartFile(dir, locale), JSON.stringify(site));
  }
  // Last and whole: next build, already running, starts rendering when it sees the plan.
  await writeFile(`${planFile(dir)}.tmp`, JSON.stringify(routes));
  await rename(`${planFile(dir)}.tmp`, planFile(dir));
}
