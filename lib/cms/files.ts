/** /admin/'s generated files: the page and its config.yml, from the content folder's topics and authors. */
import path from 'node:path';
import type { Author, Topic } from '../content/schema';
import { openContentFolder, parseArticleFiles } from '../content/loader';
import { site } from '../site/config';
import { adminPage } from './admin-page';
import { cmsConfigYaml, gitHostFromEnv, type BriefRef } from './config';

export interface CmsFilesInput {
  readonly topics: readonly Topic[];
  readonly authors: readonly Author[] | undefined;
  /**
   * The repository's root (the local backend's GIT_REPO_DIRECTORY): the CMS names the content folder
   * relative to it (a content folder outside the repository, such as a benchmark corpus, is not one the CMS can edit).
   */
  readonly repoRoot: string;
  readonly localBackendUrl?: string;
  /** The valid briefs, for the originals a translation can be made from. */
  readonly briefs?: readonly BriefRef[];
}

/** Each file by its path in the export (root-relative). */
export function cmsFiles(input: CmsFilesInput): Map<string, string> {
  const contentFolder = path.relative(input.repoRoot, path.resolve(site.contentDir)).split(path.sep).join('/');
  const config = cmsConfigYaml({
    contentFolder,
    topics: input.topics,
    authors: input.authors,
    siteUrl: site.url + site.basePath,
    ...gitHostFromEnv(),
    localBackendUrl: input.localBackendUrl,
    briefs: input.briefs,
  });
  return new Map([['/admin/index.html', adminPage(input.topics, input.authors)], ['/admin/config.yml', config]]);
}

/**
 * The same files for `npm run dev` / `npm run cms` (app/admin/*.dev.ts), from the content folder as it is
 * now: topics.yml and authors.yml are re-read on every request, the config points at the local backend
 * that `npm run cms` started (BRIEF_CMS_BACKEND) and names the folder relative to its repository (BRIEF_CMS_REPO).
 * The briefs are parsed as they are now (a file that `npm run check` refuses is left out, never an error
 * here), so "Translation of" offers what can be translated at the moment the editor opens /admin/.
 */
export async function devCmsFiles(): Promise<Map<string, string>> {
  const folder = await openContentFolder(path.resolve(site.contentDir));
  const { articles } = await parseArticleFiles(folder, folder.articleFiles);
  return cmsFiles({
    topics: folder.topics,
    authors: folder.authors,
    briefs: articles,
    repoRoot: process.env.BRIEF_CMS_REPO ?? process.cwd(),
    localBackendUrl: process.env.BRIEF_CMS_BACKEND,
  });
}
