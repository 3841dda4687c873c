/**
 * `npm run new -- "Title of the story" --topic <id>`: writes content/<slug>.md, a draft whose
 * placeholders fail `npm run check` until they are replaced. Never overwrites a file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { site } from '../lib/site';
import { slugify } from '../lib/slug';
import { checkTopics } from '../lib/topics';

function fail(message: string): never {
  console.error(`npm run new: ${message}`);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { topic: { type: 'string' }, date: { type: 'string' } },
});
const title = positionals.join(' ').trim();
if (!title) fail('give the title in quotes: npm run new -- "Title of the story" --topic <id>');

const dir = path.resolve(site.contentDir);
const topicsFile = path.join(dir, 'topics.yml');
if (!existsSync(topicsFile)) fail(`${topicsFile} does not exist; create it first (see README, "The content contract")`);
const { topics, issues } = checkTopics(readFileSync(topicsFile, 'utf8'), topicsFile);
if (issues.length > 0) fail(`${topicsFile} is invalid; run npm run check`);
const known = topics.map((t) => t.id).join(', ');
if (!values.topic) fail(`--topic is required; known topics: ${known}`);
if (!topics.some((t) => t.id === values.topic)) fail(`unknown topic "${values.topic}"; known topics: ${known}`);

const slug = slugify(title);
if (!slug) fail('the title needs at least one letter or digit to make a file name');
const file = path.join(dir, `${slug}.md`);
if (existsSync(file)) fail(`${path.relative(process.cwd(), file)} already exists; choose another title or edit that file`);

const frontMatter = {
  title,
  description: 'TODO one or two sentences: what happened and why a reader should care.',
  date: values.date ?? new Date().toISOString().slice(0, 10),
  author: 'TODO your name',
  topic: values.topic,
  tags: [],
  summary: ['TODO first point of the 3-point summary.', 'TODO second point.', 'TODO third point.'],
  whyItMatters: ['TODO why this matters to the reader.'],
  relevance: 'short-term',
  sources: [],
  draft: true,
};

const body = ['## What happened', '', 'TODO the facts, with who said what.', '', '## Why it matters', '', 'TODO the consequences.', ''].join('\n');

writeFileSync(file, `---\n${stringify(frontMatter, { lineWidth: 0 })}---\n\n${body}`, { flag: 'wx' });
console.log(`Created ${path.relative(process.cwd(), file)} (draft). Replace every TODO, then run npm run check.`);
