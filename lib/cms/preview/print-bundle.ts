// `node --import tsx lib/cms/preview/print-bundle.ts`: writes the CMS preview's bundle to stdout. The dev
// route (app/admin/brief-preview-bundle.js/route.dev.ts) runs it in a process of its own, so Next's dev
// server never bundles esbuild (a native binary) into a route.
import { buildPreviewBundle } from './bundle';

process.stdout.write(await buildPreviewBundle());
