/**
 * /admin/: the page that loads Decap CMS (its prebuilt bundle, public/admin/decap-cms-<version>/) and the
 * site's additions to it (public/admin/brief-format.js: the file format; brief-preview.js: the preview; brief-cms.js: save clean-up, translation links, start). Every URL is relative, so
 * the page works under a BASE_PATH too.
 */
import type { Author, Topic } from '../content/schema';
import { devImageUrl } from '../media/variants';
import { PREVIEW_BUNDLE } from './preview/bundle-path';
import { allEditions } from '../edition/i18n';

/** The vendored Decap CMS (scripts/cms/vendor-decap.mjs writes public/admin/decap-cms-<version>/). */
export const DECAP_VERSION = '3.16.3';
export const DECAP_FOLDER = `decap-cms-${DECAP_VERSION}`;
/** The `yaml` package bundled for the browser (scripts/cms/vendor-yaml.mjs), at package.json's version: brief-format.js edits front matter with it. */
export const YAML_BUNDLE = 'yaml-2.9.1.js';

/**
 * /admin/'s policy, for the page only (the site's pages keep theirs). Decap compiles code at run time
 * (`'unsafe-eval'`, which also covers WebAssembly) and styles itself with inline `<style>`s and style
 * attributes (`'unsafe-inline'` for styles; scripts stay files). It talks to GitHub's API in production and
 * to decap-server on this machine in local editing; images of entries are blob: and data: URLs, authors'
 * avatars come from GitHub; in `npm run cms` the preview shows saved photos from the dev server's loopback
 * image server (scripts/dev.mjs), as the dev pages do. A photo picked in the media library is a blob: URL that Decap reads back
 * with fetch() to save it and to keep its local backup: connect-src needs `blob:` (without it every
 * save of an entry with a new photo fails with "Failed to fetch").
 */
export const ADMIN_CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https://avatars.githubusercontent.com http://127.0.0.1:* http://localhost:*",
  "font-src 'self' data:",
  "connect-src 'self' blob: https://api.github.com http://127.0.0.1:* http://localhost:*",
  "frame-src 'self' blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** The header value: the page's policy, and no framing (a `<meta>` policy cannot say that). */
export const adminCsp = (): string => [...ADMIN_CSP_DIRECTIVES, "frame-ancestors 'none'"].join('; ');

/**
 * What the preview needs of the content folder (lib/cms/preview/model.ts `previewSiteSchema`): topics.yml
 * and authors.yml, for the topic chip and the byline in each edition's words; and the editions whose
 * translation collections it previews. Its words and markup are the site's, in the preview bundle.
 */
export function previewData(topics: readonly Topic[], authors: readonly Author[] | undefined) {
  // `npm run cms`: the dev server's image server (scripts/dev.mjs), where the preview finds saved photos.
  const images = devImageUrl({ src: '' });
  return { topics, authors: authors ?? null, editions: allEditions().map((e) => e.locale), ...(images ? { images } : {}) };
}

/** JSON in a data block: `<` escaped, so no text can close the element. */
const dataBlock = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The page itself; `topics` and `authors` are the preview's (its topic chips and bylines). */
export function adminPage(topics: readonly Topic[], authors?: readonly Author[]): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${ADMIN_CSP_DIRECTIVES.join('; ')}">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="same-origin">
<title>Brief · Editor</title>
<link rel="icon" href="../icon.svg" type="image/svg+xml">
<link href="config.yml" type="text/yaml" rel="cms-config-url">
</head>
<body>
<script type="application/json" id="brief-preview">${dataBlock(previewData(topics, authors))}</script>
<script src="brief-cms-init.js"></script>
<script src="${DECAP_FOLDER}/decap-cms.js"></script>
<script src="${YAML_BUNDLE}"></script>
<script src="brief-format.js"></script>
<script src="${PREVIEW_BUNDLE}"></script>
<script src="brief-preview.js"></script>
<script src="brief-cms.js"></script>
</body>
</html>
`;
}
