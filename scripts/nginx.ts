/**
 * Real nginx, in the foreground as the current user, on a loopback port, with a configuration of
 * the caller's own in a temporary folder: the site tests run deploy/nginx.conf through it, and
 * `npm run lighthouse` measures the export behind it.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Debian's libnginx-mod-http-brotli-static: what `brotli_static on;` needs. */
export const BROTLI_STATIC_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

export const nginxBinary = (): string | undefined => process.env.NGINX_PATH ?? ['/usr/sbin/nginx', '/usr/bin/nginx'].find((file) => existsSync(file));

/** A free loopback port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** deploy/nginx.conf serving `exportDir` on 127.0.0.1:`port` (listen, root and the includes swapped, nothing else). */
export function deployedServer(exportDir: string, port: number): string {
  const documented = readFileSync(path.join(import.meta.dirname, '..', 'deploy', 'nginx.conf'), 'utf8');
  const local = documented.replace(/^(\s*)listen 80;/m, `$1listen 127.0.0.1:${port};`).replaceAll('/srv/brief/out', exportDir);
  if (!local.includes(`listen 127.0.0.1:${port};`) || !local.includes(`include ${exportDir}/nginx-headers.conf;`)) throw new Error('deploy/nginx.conf: no `listen 80;` or headers include to swap');
  return local;
}

export interface HttpsPorts {
  /** The site, over TLS. */
  https: number;
  /** The redirect to https://. */
  http: number;
  certificate: string;
  key: string;
}

/**
 * deploy/nginx.conf with its documented HTTPS lines taken in: the site's server on `https` with the
 * (1) lines in place of `listen 80;`, and the (2) redirect server on `http`.
 */
export function deployedHttpsServers(exportDir: string, ports: HttpsPorts): string {
  const documented = readFileSync(path.join(import.meta.dirname, '..', 'deploy', 'nginx.conf'), 'utf8');
  const marked = (n: number) => [...documented.matchAll(new RegExp(`^# \\(${n}\\) ?(.*)$`, 'gm'))].map((m) => m[1] ?? '').join('\n');
  const tls = marked(1)
    .replace(/^(\s*)listen 443 ssl;/m, `$1listen 127.0.0.1:${ports.https} ssl;`)
    .replace(/(ssl_certificate\s+)\S+;/, `$1${ports.certificate};`)
    .replace(/(ssl_certificate_key\s+)\S+;/, `$1${ports.key};`);
  const redirect = marked(2).replace(/^(\s*)listen 80;/m, `$1listen 127.0.0.1:${ports.http};`);
  if (!tls.includes(`listen 127.0.0.1:${ports.https} ssl;`) || !tls.includes(ports.key) || !redirect.includes(`listen 127.0.0.1:${ports.http};`)) {
    throw new Error('deploy/nginx.conf: no documented HTTPS lines (1) and redirect server (2) to swap');
  }
  const site = documented.replace(/^[ \t]*listen 80;/m, () => tls).replaceAll('/srv/brief/out', exportDir);
  return `${site}\n${redirect}\n`;
}

export interface Nginx {
  readonly origin: string;
  /** What nginx wrote to its error log and standard streams. */
  log(): string;
  stop(): Promise<void>;
}

/** Starts nginx with `http` (the contents of `http {}`) on `port`; resolves once `probe` answers. */
export async function startNginx(http: string, port: number, probe = '/'): Promise<Nginx> {
  const binary = nginxBinary();
  if (!binary) throw new Error('nginx is not installed (Debian: apt-get install nginx)');
  const dir = mkdtempSync(path.join(tmpdir(), 'brief-nginx-'));
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `${name}_temp_path ${dir}/${name};`).join(' ');
  const modules = http.includes('brotli_static') ? `load_module ${BROTLI_STATIC_MODULE};\n` : '';
  const config = path.join(dir, 'nginx.conf');
  writeFileSync(config, `${modules}pid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\nevents {}\nhttp {\n  include /etc/nginx/mime.types;\n  default_type application/octet-stream;\n  access_log off;\n  ${temp}\n${http}\n}\n`);
  let output = '';
  const child = spawn(binary, ['-p', dir, '-e', path.join(dir, 'error.log'), '-c', config, '-g', 'daemon off; master_process off;'], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const log = () => `${output}${existsSync(path.join(dir, 'error.log')) ? readFileSync(path.join(dir, 'error.log'), 'utf8') : ''}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGQUIT');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) {
      const message = `nginx exited (${child.exitCode}): ${log()}`;
      await stop();
      throw new Error(message);
    }
    try {
      // Not followed: a redirect to https:// would leave the machine.
      await fetch(`${origin}${probe}`, { redirect: 'manual' });
      return { origin, log, stop };
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`nginx did not answer on ${origin}: ${log()}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
