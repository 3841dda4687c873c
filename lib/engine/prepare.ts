/**
 * The first step of a build, in a process of its own (lib/engine/worker.ts `prepare`): loads the
 * content through the parse cache, computes every page's model, writes the render input for `next
 * build`, and returns only what the rest of the build needs. The archive and its models die with the
 * process, so the build holds a few megabytes, not the archive, while Next renders.
 */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { pruneCache } from '../content/cache';
import { ContentError } from '../content/error';
import { toSummary } from '../pages/site-index';
import { sitePages } from '../pages/site-pages';
import { site } from '../site/config';
import { allEditions } from '../edition/i18n';
import { feedSite } from '../syndication/identity';
import { INVALID_CONTENT } from './faults';
import { contentSummary, plural, printIssues } from './report';
import { loadForBuild } from './content';
import { pipelineFingerprint } from './fingerprint';
import { planPages, writeRenderInput } from './plan';
import { searchBundles, searchBundleSchema } from './search-index';
import { shareImageSchema, shareImages } from './share-images';
import { syndicationFiles } from './syndication';
import { cmsFiles } from '../cms/files';
import { cachedPreviewBundle } from '../cms/preview/bundle';
import { PREVIEW_BUNDLE } from '../cms/preview/bundle-path';
import { imageSchema, type Image } from '../media/schema';
import type { Content } from '../content/loader';

export const prepareInputSchema = z.strictObject({
  root: z.string(),
  /** The output folder, as messages name it. */
  outName: z.string(),
  modelsDir: z.string(),
  cacheDir: z.string(),
  /** The page model hashes of the build in `out/`; null for a full build. */
  previous: z.record(z.string(), z.string()).nullable(),
});

/** What the rest of the build needs to know. */
export const preparedSchema = z.strictObject({
  /** Page URL → hash of its model. */
  hashes: z.record(z.string(), z.string()),
  /** URLs of the pages to render, and of the pages gone since the previous build. */
  render: z.array(z.string()),
  removed: z.array(z.string()),
  /** Feeds, sitemaps, robots.txt, /admin/'s page and config: root-relative path → text. */
  syndication: z.array(z.tuple([z.string(), z.string()])),
  images: z.array(shareImageSchema),
  /** The image files published briefs show (photos, body images), each once. */
  photos: z.array(imageSchema),
  /** The ids of the photos of published briefs (their `image`), which are also published in crops for search engines. */
  heroes: z.array(z.string()),
  bundles: z.array(searchBundleSchema),
});
export type Prepared = z.output<typeof preparedSchema>;

/** The image files published pages show, each once: published briefs' photos and body images, and the photos of their authors. */
function publishedImages(content: Content): Image[] {
  const briefs = content.articles.filter((a) => !a.draft);
  const bylined = new Set(briefs.flatMap((a) => a.authors.flatMap((b) => (b.id === undefined ? [] : [b.id]))));
  const portraits = content.authors.flatMap((a) => (a.portrait && bylined.has(a.id) ? [a.portrait] : []));
  return [...new Map([...briefs.flatMap((a) => a.images), ...portraits].map((image) => [image.id, image])).values()];
}

/** Prepares a build; prints the content and page-model lines. Exits with INVALID_CONTENT on invalid content. */
export async function prepare(input: z.output<typeof prepareInputSchema>): Promise<Prepared> {
  let phase = performance.now();
  const seconds = () => `${((performance.now() - phase) / 1000).toFixed(1)} s`;
  const contentDir = path.resolve(site.contentDir);
  const cache = { dir: path.join(input.cacheDir, 'content', createHash('sha256').update(contentDir).digest('hex').slice(0, 16)), salt: pipelineFingerprint(input.root) };
  let loaded: Awaited<ReturnType<typeof loadForBuild>>;
  try {
    loaded = await loadForBuild(contentDir, cache, availableParallelism());
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    printIssues(error);
    console.error(`✗ ${plural(error.issues.length, 'problem')}; nothing was built, ${input.outName}/ is unchanged.`);
    process.exit(INVALID_CONTENT);
  }
  const { content, stats } = loaded;
  await pruneCache(cache, stats.keys);
  console.log(`✓ ${site.contentDir}: ${contentSummary(content)}; ${stats.parsed} parsed, ${stats.cached} from cache [content ${seconds()}]`);
  phase = performance.now();

  const plan = planPages(sitePages(content, { drafts: false, pageSize: site.pageSize }), input.previous ?? undefined);
  await writeRenderInput(input.modelsDir, plan);
  const published = content.articles.filter((a) => !a.draft).map(toSummary);
  const prepared: Prepared = {
    hashes: Object.fromEntries(plan.hashes),
    render: plan.render.map((e) => e.path),
    removed: [...plan.removed],
    syndication: [
      ...syndicationFiles({ articles: published, topics: content.topics, authors: content.authors, editions: allEditions().map((e) => feedSite(e.locale)), pageSize: site.pageSize, pages: content.pages }),
      // /admin/'s page and config.yml: the CMS's form follows topics.yml and authors.yml.
      ...cmsFiles({ topics: content.topics, authors: content.authors.length > 0 ? content.authors : undefined, repoRoot: input.root, briefs: content.articles }),
      // The preview's bundle: the site's components for the browser (esbuild, reused while its inputs are unchanged).
      [`/admin/${PREVIEW_BUNDLE}`, await cachedPreviewBundle(input.root, input.cacheDir)],
    ],
    images: shareImages(published, site.ogImages),
    photos: publishedImages(content),
    heroes: [...new Set(published.flatMap((a) => (a.image ? [a.image.id] : [])))],
    bundles: searchBundles(plan.entries),
  };
  console.log(`✓ page models: ${plural(plan.entries.length, 'page')}, ${plan.render.length} to render, ${plan.removed.length} removed [${seconds()}]`);
  return prepared;
}
