// The CMS's local backend (Decap's decap-server middlewares, which read and write the files) in a server
// of ours that adds two checks decap-server lacks. It answers this machine's names only: a web page
// whose name the attacker points at 127.0.0.1 (DNS rebinding) would otherwise read and write any file
// of the repository — `.git/config` included, whose `core.fsmonitor` runs a command at the next
// `git status`. And it reads and writes the CMS's folder only: the briefs and translations
// (`<content>/*.md`), topics.yml, authors.yml and the media folder (`<content>/images/`), as
// lib/cms/config.ts names them; `package.json`, `.git/`, `scripts/` and links out are refused.
import { lstat, realpath } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { isLoopbackHost, isLoopbackOrigin } from '../dev/hosts.mjs';

const require = createRequire(import.meta.url);
const { registerLocalFs } = require('decap-server/dist/middlewares.js');
// The express decap-server itself depends on (resolved from its folder): its middlewares are written for it.
const express = require(require.resolve('express', { paths: [path.dirname(require.resolve('decap-server/package.json'))] }));

const CONTENT_FILES = new Set(['topics.yml', 'authors.yml']);
const MEDIA = 'images';

/** A parameter's value as a list of paths, or undefined when it is not a string (or a list of strings). */
const strings = (value) => (typeof value === 'string' ? [value] : Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : undefined);

/**
 * The paths a request to decap-server's API names, by what each must be (a file or a folder), read from
 * every parameter its fs mode reads a path from; undefined for an action this backend does not carry out.
 */
export function requestedPaths(body) {
  const action = body?.action;
  const params = body?.params ?? {};
  const files = [];
  const folders = [];
  const file = (value) => files.push(...(strings(value) ?? [value]));
  const optional = (value) => value !== undefined && file(value);
  switch (action) {
    case 'info':
    case 'getDeployPreview':
      break;
    case 'entriesByFolder':
      folders.push(params.folder);
      break;
    case 'getMedia':
      folders.push(params.mediaFolder);
      break;
    case 'entriesByFiles':
      for (const entry of Array.isArray(params.files) ? params.files : [params.files]) file(entry?.path);
      break;
    case 'getEntry':
    case 'getMediaFile':
    case 'deleteFile':
      file(params.path);
      break;
    case 'deleteFiles':
      file(params.paths);
      break;
    case 'persistMedia':
      file(params.asset?.path);
      break;
    case 'persistEntry':
      for (const entry of [...(params.entry === undefined ? [] : [params.entry]), ...(Array.isArray(params.dataFiles) ? params.dataFiles : [])]) {
        file(entry?.path);
        optional(entry?.newPath);
      }
      for (const asset of Array.isArray(params.assets) ? params.assets : []) file(asset?.path);
      break;
    default:
      return undefined;
  }
  return { files, folders };
}

/** The segments of a repository-relative path, or undefined for one that is absolute, climbs (`..`), names a hidden file or holds a `\` (a file name on POSIX, a separator to a reader). */
function segments(value) {
  if (typeof value !== 'string' || value === '' || value.includes('\\') || path.posix.isAbsolute(value)) return undefined;
  const parts = path.posix.normalize(value).split('/').filter((s) => s !== '' && s !== '.');
  return parts.some((s) => s.startsWith('.')) ? undefined : parts;
}

/**
 * Whether `value` (relative to the repository) is a path the CMS edits under `contentFolder` (relative
 * to the repository, with `/`): a folder is the content folder or its media folder; a file is a brief
 * or translation (`*.md`), topics.yml, authors.yml, or a file of the media folder. Lexical only:
 * `insideContent` checks where links lead.
 */
export function isCmsPath(value, contentFolder, kind) {
  const root = segments(contentFolder === '' ? '.' : contentFolder);
  const parts = segments(value);
  if (!root || !parts || contentFolder.startsWith('..') || root.some((s, i) => parts[i] !== s)) return false;
  const rest = parts.slice(root.length);
  if (kind === 'folder') return rest.length === 0 || (rest.length === 1 && rest[0] === MEDIA);
  const [first, second] = rest;
  if (rest.length === 1 && first !== undefined) return first.endsWith('.md') || CONTENT_FILES.has(first);
  return rest.length === 2 && first === MEDIA && second !== undefined;
}

/** Whether `file` (absolute), or the part of it that exists, is inside `root` once links are followed. */
async function insideContent(file, root) {
  let existing = file;
  for (;;) {
    try {
      await lstat(existing);
      break;
    } catch (error) {
      if (error?.code !== 'ENOENT' || path.dirname(existing) === existing) return false;
      existing = path.dirname(existing);
    }
  }
  try {
    const real = await realpath(existing);
    return real === root || real.startsWith(root + path.sep);
  } catch {
    return false;
  }
}

/** A JSON refusal, as decap-server words its own errors; the editor's terminal gets the same line. */
function refuse(res, status, error) {
  console.warn(`✗ CMS backend: ${error}`);
  res.status(status).json({ error });
}

/**
 * Starts the backend on `host:port` for the repository `repo`, editing `contentDir`; resolves with `close()`.
 * Fails with EADDRINUSE (and the like) as `listen` does.
 */
export async function startCmsBackend({ repo, contentDir, port, host = '127.0.0.1', logLevel = 'warn' }) {
  const contentFolder = path.relative(repo, contentDir).split(path.sep).join('/');
  const app = express();
  app.disable('x-powered-by');
  app.use((req, res, next) => {
    if (!isLoopbackHost(req.headers.host, port)) return refuse(res, 403, `refused a request for Host ${JSON.stringify(req.headers.host ?? '')}: this backend answers 127.0.0.1:${port}, localhost:${port} and [::1]:${port} only`);
    if (!isLoopbackOrigin(req.headers.origin)) return refuse(res, 403, `refused a request from ${JSON.stringify(req.headers.origin)}: this backend answers pages of 127.0.0.1, localhost and [::1] only`);
    next();
  });
  // Parsed here (decap-server's own parser then finds it done) so that the paths are checked before any action runs.
  app.use(express.json({ limit: '50mb' }));
  app.post('/api/v1', (req, res, next) => {
    const named = requestedPaths(req.body);
    if (!named) return refuse(res, 422, `unknown action ${JSON.stringify(req.body?.action)}`);
    const outside = [...named.files.map((p) => [p, 'file']), ...named.folders.map((p) => [p, 'folder'])].find(([p, kind]) => !isCmsPath(p, contentFolder, kind));
    if (outside) return refuse(res, 403, `${JSON.stringify(outside[0])} is not a file the CMS edits: it reads and writes ${contentFolder}/*.md, topics.yml, authors.yml and ${contentFolder}/${MEDIA}/ only`);
    realpath(contentDir)
      .then(async (root) => {
        for (const p of [...named.files, ...named.folders]) {
          if (!(await insideContent(path.resolve(repo, p), root))) return refuse(res, 403, `${JSON.stringify(p)} leads out of ${contentFolder}/ (a link): refused`);
        }
        next();
      })
      .catch(() => refuse(res, 500, `cannot read the content folder ${contentFolder}/`));
  });
  // decap-server reads the repository's folder from the environment.
  process.env.GIT_REPO_DIRECTORY = repo;
  await registerLocalFs(app, { logLevel });
  // Malformed JSON and the like: one line, never Express's HTML stack trace.
  app.use((error, _req, res, _next) => refuse(res, Number.isInteger(error?.status) ? error.status : 500, error instanceof Error ? error.message : 'request failed'));
  const server = await new Promise((resolve, reject) => {
    const listening = app.listen(port, host, () => resolve(listening));
    listening.once('error', reject);
  });
  return {
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve(undefined));
        server.closeAllConnections();
      }),
  };
}
