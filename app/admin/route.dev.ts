// /admin/ in `npm run dev` and `npm run cms` only (next.config.ts adds `.dev.ts` routes in development);
// the build writes out/admin/index.html itself (lib/engine/prepare.ts).
import { devCmsFiles } from '@/lib/cms/files';

// Required of every route under output: 'export'; in development it still runs on every request.
export const dynamic = 'force-static';

export async function GET(): Promise<Response> {
  const page = (await devCmsFiles()).get('/admin/index.html');
  return new Response(page, { headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } });
}
