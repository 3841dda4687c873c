// The loopback helper server of `npm run dev`: an event stream that tells open pages to re-fetch themselves
// when a brief, topics.yml or authors.yml changes (Next does not watch Markdown), and the content folder's
// images as they are (`/images/x.jpg`: the dev server encodes nothing, the build does).
import { createReadStream, realpathSync, statSync, watch } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { isLoopbackHost, refuseHost } from './hosts.mjs';

const IMAGE_TYPES = { '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.webp': 'image/webp', '.avif': 'image/avif' };

/** An image file of the content folder, or undefined for anything else (other files, `..`, links out). */
function contentImage(contentDir, url) {
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

/** Starts the helper server on a free loopback port; resolves with its URL and a `close()`. */
export async function createContentEvents(folder) {
  const contentDir = path.resolve(folder);
  const clients = new Set();
  const server = createServer((req, res) => {
    // Only pages of this machine's dev server, not a web page whose name was pointed at 127.0.0.1 (DNS rebinding).
    if (!isLoopbackHost(req.headers.host, server.address()?.port)) {
      refuseHost(res);
      return;
    }
    if (req.url !== '/') {
      const image = contentImage(contentDir, req.url ?? '');
      if (!image) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': image.type, 'cache-control': 'no-cache' });
      // A file deleted or unreadable since it was found ends this response, never the dev server.
      createReadStream(image.file).on('error', () => res.destroy()).pipe(res);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', 'access-control-allow-origin': '*' });
    res.write('retry: 1000\n\n');
    clients.add(res);
    req.on('close', () => clients.delete(res));
  });

  let timer;
  // Recursive: the standards pages are in pages/.
  const watcher = watch(contentDir, { recursive: true }, (_event, file) => {
    if (!file || !/\.(md|ya?ml)$/i.test(file)) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      for (const res of clients) res.write(`data: ${JSON.stringify(file)}\n\n`);
    }, 50);
  });

  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((resolve) => {
        watcher.close();
        clearTimeout(timer);
        server.close(() => resolve(undefined));
        server.closeAllConnections();
      }),
  };
}
