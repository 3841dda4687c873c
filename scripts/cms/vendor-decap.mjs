#!/usr/bin/env node
// Copies Decap CMS's prebuilt bundle into public/admin/decap-cms-<version>/ (run by hand, with network, to
// change the version; the files are committed). Only the dist is taken: the npm package depends on its own
// React and ~770 packages that the bundle already contains, and a site build must not reach the network.
// npm pack checks the tarball against the registry's integrity hash; this prints the bundle's sha256.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const version = process.argv[2];
if (!version || !/^\d+\.\d+\.\d+$/.test(version)) {
  console.error('usage: node scripts/cms/vendor-decap.mjs <version>, such as 3.16.3');
  process.exit(2);
}
const temp = mkdtempSync(path.join(tmpdir(), 'decap-'));
execFileSync('npm', ['pack', `decap-cms@${version}`, '--pack-destination', temp], { stdio: 'inherit' });
execFileSync('tar', ['xzf', path.join(temp, `decap-cms-${version}.tgz`), '-C', temp]);
const dist = path.join(temp, 'package', 'dist');
const target = path.resolve('public', 'admin', `decap-cms-${version}`);
for (const old of readdirSync(path.resolve('public', 'admin')).filter((name) => name.startsWith('decap-cms-'))) {
  rmSync(path.resolve('public', 'admin', old), { recursive: true });
}
mkdirSync(target, { recursive: true });
// decap-cms.js and the chunks it loads on demand (editor modes, locales, WebAssembly); not cms.js (the same
// bundle under its old name) and not the source maps.
const wanted = (name) => /^(\d+\.)?decap-cms\.js$/.test(name) || name.endsWith('.wasm') || name === 'decap-cms.js.LICENSE.txt';
for (const name of readdirSync(dist).filter(wanted)) copyFileSync(path.join(dist, name), path.join(target, name));
const bundle = readFileSync(path.join(target, 'decap-cms.js'));
console.log(`decap-cms ${version}: ${readdirSync(target).length} files in ${path.relative(process.cwd(), target)}; decap-cms.js sha256 ${createHash('sha256').update(bundle).digest('hex')}`);
rmSync(temp, { recursive: true });
