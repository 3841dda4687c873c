// Next's dev server in this process, behind our own HTTP server: it answers this machine's names only
// (hosts.mjs), HMR websockets included, and sends /admin/ with `frame-ancestors 'none'` (the page's <meta>
// CSP cannot forbid framing: any site could frame the local CMS). In-process also means that stopping
// this process stops the server: `next dev` forks one that a `kill` of its parent leaves holding the port.
import { EventEmitter } from 'node:events';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { isLoopbackHost, isLoopbackOrigin, refuseHost } from './hosts.mjs';

const WILDCARDS = new Set(['0.0.0.0', '::', '[::]']);
const basePath = (process.env.BASE_PATH ?? '') === '/' ? '' : (process.env.BASE_PATH ?? '');

/** `name` as it appears in a URL's host (an IPv6 address in brackets). */
const urlHost = (name) => (name.includes(':') && !name.startsWith('[') ? `[${name}]` : name);

/** Whether `url` (a request target) is /admin/ or a file under it, where the local CMS runs. */
function isAdmin(url) {
  const pathname = (url ?? '').split('?')[0] ?? '';
  return pathname === `${basePath}/admin` || pathname.startsWith(`${basePath}/admin/`);
}

/**
 * Starts Next in development on `hostname:port` and resolves once it answers; `env` is set before Next
 * loads (the page code reads it). An editor who binds another name (`--hostname 192.168.1.5`) is
 * answered under that name too; a wildcard bind still answers loopback names only.
 */
export async function startNextDev({ port, hostname, env }) {
  const started = Date.now();
  const origin = `http://${urlHost(hostname)}:${port}`;
  // What `next dev` sets: development mode, and the origin its lock file (.next/dev/lock) names.
  // Next's telemetry is off, as in `npm run build`: an editor's preview sends nothing to the network.
  Object.assign(process.env, env, { NODE_ENV: 'development', PORT: String(port), __NEXT_PRIVATE_ORIGIN: origin, NEXT_TELEMETRY_DISABLED: '1' });
  const extra = WILDCARDS.has(hostname) ? [] : [urlHost(hostname)];
  const { default: next } = await import('next');
  // Next attaches its websocket handler (HMR) to `httpServer`: ours gets only the upgrades that pass the Host check.
  const upgrades = new EventEmitter();
  const app = next({ dev: true, dir: process.cwd(), hostname, port, turbopack: true, httpServer: upgrades });

  let handle;
  const ready = app.prepare().then(() => (handle = app.getRequestHandler()));
  // Awaited below, after listen: a failure is reported there, not as an unhandled rejection meanwhile.
  ready.catch(() => {});
  const server = createServer(async (req, res) => {
    if (!isLoopbackHost(req.headers.host, port, extra)) {
      refuseHost(res);
      return;
    }
    if (isAdmin(req.url)) {
      res.setHeader('content-security-policy', "frame-ancestors 'none'");
      res.setHeader('x-frame-options', 'DENY');
    }
    await ready;
    await handle(req, res).catch(() => {
      // Next reports its own errors; a request it could not finish ends here, never the dev server.
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  server.on('upgrade', async (req, socket, head) => {
    // A websocket carries no CORS: a foreign page's socket is refused by its Origin as well as its Host.
    if (!isLoopbackHost(req.headers.host, port, extra) || !isLoopbackOrigin(req.headers.origin, extra)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
      return;
    }
    await ready;
    if (upgrades.listenerCount('upgrade') === 0) socket.destroy();
    else upgrades.emit('upgrade', req, socket, head);
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, () => resolve(undefined));
  }).catch((error) => {
    const busy = error?.code === 'EADDRINUSE';
    console.error(`✗ npm run dev: ${busy ? `port ${port} is in use on ${hostname}` : `cannot listen on ${hostname}:${port} (${error?.code ?? error})`}; pick another with --port N.`);
    process.exit(1);
  });
  try {
    await ready;
  } catch (error) {
    console.error(`✗ npm run dev: Next did not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  const { version } = createRequire(import.meta.url)('next/package.json');
  console.log(`  ▲ Next.js ${version} (Turbopack, in-process): ${origin}`);
  console.log(` ✓ Ready in ${Date.now() - started}ms`);
  return {
    origin,
    close: async () => {
      server.close();
      server.closeAllConnections();
      await app.close();
    },
  };
}
