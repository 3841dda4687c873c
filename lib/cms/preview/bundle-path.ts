/** Where /admin/ finds the CMS preview's bundle (lib/cms/preview/bundle.ts), relative to /admin/: `no-cache`, like the rest of /admin/ (lib/engine/hosting/cache-policy.ts). */
export const PREVIEW_BUNDLE = 'brief-preview-bundle.js';
