// /admin/config.yml in development: generated from the content contract on every request (see ../route.dev.ts).
import { devCmsFiles } from '@/lib/cms/files';

// Required of every route under output: 'export'; in development it still runs on every request.
export const dynamic = 'force-static';

export async function GET(): Promise<Response> {
  const config = (await devCmsFiles()).get('/admin/config.yml');
  return new Response(config, { headers: { 'content-type': 'text/yaml; charset=utf-8', 'cache-control': 'no-store' } });
}
