#!/usr/bin/env node
// Bundles the `yaml` package (the dependency lib/content parses front matter with, at the version package.json
// pins) into public/admin/yaml-<version>.js for /admin/'s format (public/admin/brief-format.js), which edits a
// brief's front matter as a YAML document (comments, key order, flow lists and quoting kept). The browser
// needs one classic script (Decap is one, /admin/ runs no module and no inline code); esbuild, already in
// node_modules through tsx, makes it from the installed package, so no registry is asked. The file is
// committed, like Decap's bundle; run this again after changing yaml's version (a unit test compares them).
import { readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const { version } = require('yaml/package.json');
const admin = path.resolve('public', 'admin');
for (const old of readdirSync(admin).filter((name) => /^yaml-.*\.js$/.test(name))) rmSync(path.join(admin, old));
await build({
  stdin: { contents: "export { parseDocument, isMap, isSeq, isScalar, Document, Scalar } from 'yaml';", resolveDir: process.cwd() },
  bundle: true,
  minify: true,
  format: 'iife',
  globalName: 'BriefYaml',
  target: 'es2020',
  legalComments: 'inline',
  banner: { js: `/*! yaml ${version} (ISC, Eemeli Aro), bundled by scripts/cms/vendor-yaml.mjs for /admin/ */` },
  outfile: path.join(admin, `yaml-${version}.js`),
});
console.log(`✓ public/admin/yaml-${version}.js`);
