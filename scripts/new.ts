/**
 * `npm run new -- "Title of the story" --topic <id> [--author <id>] [--lang tr] [--translation-of <slug>]`: writes
 * content/<slug>.md (a translation: content/<original-slug>.<lang>.md), a draft whose placeholders
 * fail `npm run check` until they are replaced. Never overwrites a file. With authors.yml, `--author`
 * is required and must be one of its ids; without it, `--author` is a plain name (else a placeholder).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Document, isScalar } from 'yaml';
import { isLocale, LOCALES, site } from '../lib/site/config';
import { slugify } from '../lib/content/slug';
import { SKELETON } from '../lib/content/skeleton';
import { KINDS } from '../lib/content/schema';
import { checkAuthors } from '../lib/content/authors';
import { nearest } from '../lib/content/suggest';
import { checkTopics } from '../lib/content/topics';

function fail(message: string): never {
  console.error(`npm run new: ${message}`);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { topic: { type: 'string' }, author: { type: 'string' }, date: { type: 'string' }, lang: { type: 'string' }, 'translation-of': { type: 'string' } },
});
const title = positionals.join(' ').trim();
if (!title) fail('give the title in quotes: npm run new -- "Title of the story" --topic <id>');

const dir = path.resolve(site.contentDir);
const topicsFile = path.join(dir, 'topics.yml');
if (!existsSync(topicsFile)) fail(`${topicsFile} does not exist; create it first (see docs/editing.md, "The content contract")`);
const { topics, issues } = checkTopics(readFileSync(topicsFile, 'utf8'), topicsFile);
if (issues.length > 0) fail(`${topicsFile} is invalid; run npm run check`);
const known = topics.map((t) => t.id).join(', ');
if (!values.topic) fail(`--topic is required; known topics: ${known}`);
if (!topics.some((t) => t.id === values.topic)) fail(`unknown topic "${values.topic}"; known topics: ${known}`);

const authorsFile = path.join(dir, 'authors.yml');
let author: string = values.author ?? SKELETON.author;
if (existsSync(authorsFile)) {
  const people = checkAuthors(readFileSync(authorsFile, 'utf8'), authorsFile);
  if (people.issues.length > 0) fail(`${authorsFile} is invalid; run npm run check`);
  const ids = people.authors.map((a) => a.id);
  if (!values.author) fail(`--author is required (an id from authors.yml); known authors: ${ids.join(', ')}`);
  if (!ids.includes(values.author)) {
    const guess = nearest(values.author, ids);
    fail(`unknown author "${values.author}"${guess ? `; did you mean "${guess}"?` : ';'} known authors: ${ids.join(', ')}`);
  }
  author = values.author;
}

const lang = values.lang ?? site.defaultLocale;
if (!isLocale(lang)) fail(`unknown --lang "${lang}"; the site's languages are ${LOCALES.join(', ')}`);
const original = values['translation-of'];
if (original !== undefined && lang === site.defaultLocale) fail(`--translation-of needs --lang: the language of the translation (${LOCALES.filter((l) => l !== site.defaultLocale).join(', ')})`);
if (original !== undefined && !existsSync(path.join(dir, `${original}.md`))) fail(`--translation-of: no ${path.join(site.contentDir, `${original}.md`)} to translate`);

// A translation shares its original's slug (the file name's .<lang> keeps them apart); anything
// else is named after its title, Turkish letters included (ı ş ğ ü ö ç İ → i s g u o c i).
const slug = original ?? slugify(title);
if (!slug) fail('the title needs at least one letter or digit to make a file name');
const file = path.join(dir, original === undefined ? `${slug}.md` : `${slug}.${lang}.md`);
if (existsSync(file)) fail(`${path.relative(process.cwd(), file)} already exists; choose another title or edit that file`);

const frontMatter = {
  title,
  description: SKELETON.description,
  date: values.date ?? new Date().toISOString().slice(0, 10),
  author,
  topic: values.topic,
  kind: SKELETON.kind,
  tags: [],
  summary: [...SKELETON.summary],
  whyItMatters: [...SKELETON.whyItMatters],
  relevance: 'short-term',
  sources: [],
  draft: true,
  ...(lang === site.defaultLocale ? {} : { lang }),
  ...(original === undefined ? {} : { translationOf: original }),
};

const body = SKELETON.body.join('\n');

// The type of work is written out (the default) with its choices beside it, so an editor sees there is a choice.
const document = new Document(frontMatter);
const kind = document.get('kind', true);
if (isScalar(kind)) kind.comment = ` ${KINDS.join(' | ')}; sponsored also needs sponsor: <name>`;

writeFileSync(file, `---\n${document.toString({ lineWidth: 0 })}---\n\n${body}`, { flag: 'wx' });
console.log(`Created ${path.relative(process.cwd(), file)} (draft). Replace every TODO, then run npm run check.`);
