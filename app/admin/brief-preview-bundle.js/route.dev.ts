// /admin/brief-preview-bundle.js in `npm run dev` / `npm run cms`: the CMS preview's bundle
// (lib/cms/preview), built from the code as it is now on every request, so an edit to a component
// shows in the preview on reload. The build writes the file instead (lib/engine/prepare.ts).
import { execFile } from 'node:child_process';
import path from 'node:path';

// Required of every route under output: 'export'; in development it still runs on every request.
export const dynamic = 'force-static';

/** The bundle, from lib/cms/preview/print-bundle.ts in a process of its own (esbuild stays out of Next's bundles). */
function bundle(): Promise<string> {
  const script = path.join(process.cwd(), 'lib/cms/preview/print-bundle.ts');
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--import', 'tsx', script], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout)));
  });
}

export async function GET(): Promise<Response> {
  return new Response(await bundle(), { headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' } });
}
