#!/usr/bin/env node
// `npm run dev`: `next dev`, plus a watcher on CONTENT_DIR. Next does not watch Markdown files,
// so this script tells open pages (over a loopback event stream) to re-fetch themselves when an
// article, topics.yml or authors.yml changes. Pages re-read content on every request in development, so the
// edit shows at once; an invalid brief is left out and its own page shows its problems as `npm run check`
// words them (lib/content/problems.ts), so nothing else breaks and a fix shows as soon as it is saved.
// The same loopback server serves the content folder's images (`/images/x.jpg`) as they are: the
// dev server does not encode them (the build does), and pages in development name the originals.
import { spawn } from 'node:child_process';
import { createReadStream, realpathSync, statSync, watch } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';

const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');
const clients = new Set();

const IMAGE_TYPES = { '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.webp': 'image/webp', '.avif': 'image/avif' };

/** An image file of the content folder, or undefined for anything else (other files, `..`, links out). */
function contentImage(url) {
  let name;
  try {
    name = decodeURIComponent(new URL(url, 'http://127.0.0.1/').pathname).slice(1);
  } catch {
    return undefined;
  }
  const type = IMAGE_TYPES[path.extname(name).toLowerCase()];
  if (!type) return undefined;
  try {
    const file = realpathSync(path.join(contentDir, name));
    const root = realpathSync(contentDir);
    return file.startsWith(root + path.sep) && statSync(file).isFile() ? { file, type } : undefined;
  } catch {
    return undefined;
  }
}

const events = createServer((req, res) => {
  // Only pages of this machine's dev server, not a web page whose name was pointed at 127.0.0.1 (DNS rebinding).
  const port = events.address()?.port;
  if (req.headers.host !== `127.0.0.1:${port}` && req.headers.host !== `localhost:${port}`) {
    res.writeHead(403).end();
    return;
  }
  if (req.url !== '/') {
    const image = contentImage(req.url ?? '');
    if (!image) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': image.type, 'cache-control': 'no-cache' });
    // A file deleted or unreadable since it was found ends this response, never the dev server.
    createReadStream(image.file).on('error', () => res.destroy()).pipe(res);
    return;
  }
  res.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-cache',
    'access-control-allow-origin': '*',
  });
  res.write('retry: 1000\n\n');
  clients.add(res);
  req.on('close', () => clients.delete(res));
});

let timer;
watch(contentDir, (_event, file) => {
  if (!file || !/\.(md|ya?ml)$/i.test(file)) return;
  clearTimeout(timer);
  timer = setTimeout(() => {
    for (const res of clients) res.write(`data: ${JSON.stringify(file)}\n\n`);
  }, 50);
});

events.listen(0, '127.0.0.1', () => {
  const address = events.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const args = process.argv.slice(2);
  // Loopback unless the editor asks otherwise: a dev server is not for the network.
  if (!args.some((a) => a === '-H' || a === '--hostname')) args.push('--hostname', '127.0.0.1');
  const next = spawn('npx', ['next', 'dev', ...args], {
    stdio: 'inherit',
    env: { ...process.env, BRIEF_CONTENT_EVENTS: `http://127.0.0.1:${port}/`, BRIEF_DEV_IMAGES: `http://127.0.0.1:${port}/` },
  });
  const stop = () => next.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  next.on('exit', (code) => process.exit(code ?? 0));
});
