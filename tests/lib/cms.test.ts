import { readFileSync, existsSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import * as YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { adminCsp, adminPage, DECAP_FOLDER, YAML_BUNDLE } from '../../lib/cms/admin-page';
import { CMS_FORMAT, cmsConfig, cmsConfigYaml, gitHostFromEnv, type CmsSettings } from '../../lib/cms/config';
import { NOT_IN_FORM, type CmsField } from '../../lib/cms/fields';
import { checkAuthors } from '../../lib/content/authors';
import { checkTopics } from '../../lib/content/topics';
import { frontMatterSchema } from '../../lib/content/schema';

const { topics } = checkTopics(readFileSync('tests/fixtures/editorial/topics.yml', 'utf8'), 'content/topics.yml');
const { authors } = checkAuthors(readFileSync('tests/fixtures/editorial/authors.yml', 'utf8'), 'content/authors.yml');
const settings: CmsSettings = { contentFolder: 'content', topics, authors, siteUrl: 'https://brief.example.com', branch: 'main' };
const config = cmsConfig(settings);
/** The folder collections (briefs, translations); the standards pages are a files collection. */
const folders = (c: ReturnType<typeof cmsConfig>) => c.collections.flatMap((x) => ('folder' in x ? [x] : []));
const [briefs, turkish] = folders(config);
const byName = (fields: readonly CmsField[] | undefined, name: string): CmsField => {
  const found = fields?.find((f) => f.name === name);
  if (!found) throw new Error(`no field ${name}`);
  return found;
};

describe('the CMS config, generated from the content contract', () => {
  it('has a field for every front-matter key of the schema, or says why not', () => {
    const names = new Set(briefs?.fields.map((f) => f.name));
    for (const key of Object.keys(frontMatterSchema.shape)) {
      expect(names.has(key) || key in NOT_IN_FORM, `front-matter key ${key} is neither a CMS field nor in NOT_IN_FORM`).toBe(true);
    }
    expect(Object.keys(NOT_IN_FORM)).toEqual(['author', 'slug']);
    expect(briefs?.fields.at(-1)).toMatchObject({ name: 'body', widget: 'markdown', modes: ['raw', 'rich_text'], sanitize_preview: true });
  });

  it('holds the contract’s rules: 3 summary points, 1–5 why-it-matters points, lengths, kebab-case tags, URLs', () => {
    expect(byName(briefs?.fields, 'summary')).toMatchObject({ widget: 'list', min: 3, max: 3 });
    expect(byName(briefs?.fields, 'whyItMatters')).toMatchObject({ widget: 'list', min: 1, max: 5 });
    expect(byName(briefs?.fields, 'summary').field?.pattern?.[0]).toBe('^[\\s\\S]{0,600}$');
    expect(byName(briefs?.fields, 'title')).toMatchObject({ widget: 'string', pattern: ['^[\\s\\S]{0,160}$', 'At most 160 characters.'] });
    expect(byName(briefs?.fields, 'title').required).toBeUndefined();
    expect(byName(briefs?.fields, 'updated').required).toBe(false);
    const tag = new RegExp(byName(briefs?.fields, 'tags').field?.pattern?.[0] ?? '');
    expect(['ai-policy', 'gpt5'].every((t) => tag.test(t))).toBe(true);
    expect(['AI Policy', 'ai--policy', '-ai'].some((t) => tag.test(t))).toBe(false);
    const url = new RegExp(byName(byName(briefs?.fields, 'sources').fields, 'url').pattern?.[0] ?? '');
    expect(url.test('https://example.com/a')).toBe(true);
    expect(url.test('javascript:alert(1)')).toBe(false);
  });

  it('offers topics.yml’s topics, authors.yml’s authors, the relevance values and the site’s languages', () => {
    expect(byName(briefs?.fields, 'topic').options).toEqual([{ label: 'Ethics, Safety & Regulation', value: 'ethics-safety-regulation' }]);
    expect(byName(briefs?.fields, 'authors')).toMatchObject({ label: 'Byline', widget: 'select', multiple: true, min: 1, options: [{ label: 'Brief Desk', value: 'brief-desk' }] });
    expect(byName(briefs?.fields, 'relevance').options?.map((o) => o.value)).toEqual(['short-term', 'long-term', 'evergreen']);
    expect(byName(briefs?.fields, 'lang').options?.map((o) => o.value)).toEqual(['en', 'tr']);
  });

  it('without authors.yml, bylines are names typed in', () => {
    const plain = folders(cmsConfig({ ...settings, authors: undefined }))[0];
    expect(byName(plain?.fields, 'authors')).toMatchObject({ label: 'Byline', widget: 'list', min: 1, field: { widget: 'string' } });
  });

  it('writes a Turkish translation as <original>.tr.md with lang: tr and a required translationOf', () => {
    expect(turkish).toMatchObject({ name: 'briefs-tr', folder: 'content', extension: 'tr.md', slug: '{{fields.translationOf}}', filter: { field: 'lang', value: 'tr' } });
    expect(byName(turkish?.fields, 'lang')).toEqual({ name: 'lang', label: 'Language', widget: 'hidden', default: 'tr' });
    expect(byName(turkish?.fields, 'translationOf')).toMatchObject({ widget: 'relation', collection: 'briefs', value_field: '{{slug}}' });
    expect(byName(turkish?.fields, 'translationOf').required).toBeUndefined();
  });

  it('starts a new brief as a draft, says what Draft means, and lists each brief with its state, date, language and topic', () => {
    const draft = byName(briefs?.fields, 'draft');
    expect(draft).toMatchObject({ widget: 'boolean', default: true });
    expect(draft.hint).toMatch(/only editors see it/i);
    expect(draft.hint).toMatch(/publish/i);
    expect(briefs?.summary).toMatch(/\{\{draft \| ternary\('Draft/);
    for (const key of ['date', 'lang', 'topic', 'title']) expect(briefs?.summary).toContain(`{{${key}`);
    expect(config.publish_mode).toBe('editorial_workflow');
  });

  it('hints in a newsroom’s words: sentences saying where a field shows and how long it may be, with no schema notation', () => {
    const all = (fields: readonly CmsField[] | undefined): CmsField[] => (fields ?? []).flatMap((f) => [f, ...all(f.fields), ...(f.field ? all([f.field]) : [])]);
    const hints = [...all(briefs?.fields), ...all(turkish?.fields)].flatMap((f) => (f.hint ? [[f.name, f.hint] as const] : []));
    expect(hints.length).toBeGreaterThan(20);
    for (const [name, hint] of hints) {
      expect(hint, name).not.toMatch(/[{}]|A string of|a list of \d|\?\s*[,}]/);
      expect(hint, name).toMatch(/^[A-Z0-9`“].*[.)]$/s);
    }
    expect(byName(briefs?.fields, 'title').hint).toContain('At most 160 characters');
    // The Markdown example stays visible: a code span, not an image Decap would render away.
    expect(byName(briefs?.fields, 'body').hint).toContain('`![what it shows](images/x.jpg "Caption.")`');
  });

  it('labels only what is optional: one required Byline, and a photo whose file, alt text and credit are required once added', () => {
    expect(byName(briefs?.fields, 'authors').required).toBeUndefined();
    expect(briefs?.fields.some((f) => f.name === 'author')).toBe(false);
    const photo = byName(briefs?.fields, 'image');
    expect(photo).toMatchObject({ label: 'Photo', widget: 'list', required: false, max: 1 });
    for (const part of ['src', 'alt', 'credit']) expect(byName(photo.fields, part).required, part).toBeUndefined();
    expect(byName(photo.fields, 'caption').required).toBe(false);
  });

  it('reads and writes briefs with its own format, which keeps a file’s layout (public/admin/brief-format.js)', () => {
    for (const collection of config.collections) expect(collection.format).toBe(CMS_FORMAT);
    expect(readFileSync('public/admin/brief-format.js', 'utf8')).toContain(`registerCustomFormat('${CMS_FORMAT}'`);
    const { version } = z.object({ version: z.string() }).parse(JSON.parse(readFileSync('node_modules/yaml/package.json', 'utf8')));
    expect(YAML_BUNDLE).toBe(`yaml-${version}.js`);
    expect(existsSync(`public/admin/${YAML_BUNDLE}`)).toBe(true);
  });

  it('a Turkish translation’s form names the topics in Turkish and offers only originals that can take a translation', () => {
    expect(byName(turkish?.fields, 'topic').options).toEqual([{ label: 'Etik, Güvenlik ve Regülasyon', value: 'ethics-safety-regulation' }]);
    expect(byName(briefs?.fields, 'topic').options).toEqual([{ label: 'Ethics, Safety & Regulation', value: 'ethics-safety-regulation' }]);
    const ref = (slug: string, locale: 'en' | 'tr', translationOf?: string) => ({ slug, title: `Title of ${slug}`, locale, ...(translationOf ? { translationOf } : {}) });
    const withBriefs = cmsConfig({ ...settings, briefs: [ref('translated', 'en'), ref('translated', 'tr', 'translated'), ref('open', 'en'), ref('turkish-only', 'tr')] });
    const field = byName(folders(withBriefs)[1]?.fields, 'translationOf');
    expect(field.options).toEqual([{ label: 'Title of open', value: 'open' }]);
    expect(field.titles).toEqual({ translated: 'Title of translated', open: 'Title of open' });
    expect(byName(folders(withBriefs)[0]?.fields, 'lang').editions).toEqual([{ collection: 'briefs-tr', name: 'Türkçe', translated: ['translated'] }]);
  });

  it('publishes through review (editorial workflow) on GitHub, and edits files through the local backend on this machine', () => {
    const yaml = parse(cmsConfigYaml({ ...settings, ...gitHostFromEnv({ CMS_REPO: 'newsroom/brief', CMS_AUTH_URL: 'https://auth.example.com' }) }));
    expect(yaml).toMatchObject({
      backend: { name: 'github', repo: 'newsroom/brief', branch: 'main', base_url: 'https://auth.example.com' },
      publish_mode: 'editorial_workflow',
      local_backend: true,
      media_folder: 'content/images',
      public_folder: 'images',
    });
    expect(() => gitHostFromEnv({ CMS_REPO: 'https://github.com/newsroom/brief' })).toThrow('CMS_REPO: expected a GitHub repository as owner/name');
    expect(() => gitHostFromEnv({ CMS_AUTH_URL: 'http://auth.example.com' })).toThrow('CMS_AUTH_URL');
  });
});

describe('/admin/', () => {
  const page = adminPage(topics);

  it('loads the vendored Decap bundle and the site’s additions, with its own policy, out of search engines', () => {
    expect(existsSync(`public/admin/${DECAP_FOLDER}/decap-cms.js`)).toBe(true);
    expect(page).toContain(`<script src="${DECAP_FOLDER}/decap-cms.js"></script>`);
    expect(page).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(page).toContain('<link href="config.yml" type="text/yaml" rel="cms-config-url">');
    expect(page).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'unsafe-eval'; /);
    expect(adminCsp()).toContain("frame-ancestors 'none'");
    // No inline script runs: the only inline one is a JSON data block.
    expect([...page.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].map((m) => m[1])).toEqual([' type="application/json" id="brief-preview"']);
  });

  it('lets Decap read back a photo picked in the media library (a blob: URL), still with no inline script', () => {
    const connect = adminCsp().split('; ').find((d) => d.startsWith('connect-src '))?.split(' ') ?? [];
    expect(connect).toContain('blob:');
    const script = adminCsp().split('; ').find((d) => d.startsWith('script-src ')) ?? '';
    expect(script).toBe("script-src 'self' 'unsafe-eval'");
  });

  it('gives the preview topics.yml and the editions (its words and markup are the site’s, in its bundle), with no way to close its data block', () => {
    const data = /<script type="application\/json" id="brief-preview">(.*?)<\/script>/.exec(page)?.[1] ?? '';
    expect(JSON.parse(data)).toMatchObject({ topics: [{ id: 'ethics-safety-regulation', names: { tr: 'Etik, Güvenlik ve Regülasyon' } }], authors: null, editions: ['en', 'tr'] });
    expect(page).toContain('<script src="brief-preview-bundle.js"></script>\n<script src="brief-preview.js"></script>');
    const hostile = adminPage([{ ...topics[0]!, name: '</script><script>alert(1)</script>' }]);
    expect(hostile.match(/<\/script>/g)?.length).toBe(page.match(/<\/script>/g)?.length);
  });
});

/** public/admin/brief-format.js as Decap runs it: the format it registers, and its hook on a save. */
function loadFormat() {
  let format: { fromFile: (text: string) => Record<string, unknown>; toFile: (data: Record<string, unknown>, order?: string[]) => string } | undefined;
  let preSave: ((event: { entry: { get: (key: string) => unknown } }) => void) | undefined;
  const CMS = {
    registerCustomFormat: (_name: string, _extension: string, formatter: NonNullable<typeof format>) => (format = formatter),
    registerEventListener: ({ name, handler }: { name: string; handler: NonNullable<typeof preSave> }) => (name === 'preSave' ? (preSave = handler) : undefined),
  };
  runInNewContext(readFileSync('public/admin/brief-format.js', 'utf8'), { window: { BriefYaml: YAML, CMS } });
  if (!format || !preSave) throw new Error('brief-format.js registered no format');
  const save = preSave;
  const formatter = format;
  /** Saves `data` over the file `raw`, as Decap does: preSave with the entry, then toFile. */
  return { read: formatter.fromFile, write: (data: Record<string, unknown>, raw = '', order?: string[]) => (save({ entry: { get: () => raw } }), formatter.toFile(data, order)) };
}

describe('the CMS’s file format (public/admin/brief-format.js)', () => {
  const file = readFileSync('tests/fixtures/editorial/xai-openai-training.md', 'utf8').replace('\ndate: ', '\n# Kept: an editor’s note.\ndate: ').replace('\ntopic: ', '\ncredit: "Photo: A / B"\ntopic: ');
  const { read, write } = loadFormat();

  it('writes an unchanged brief back byte for byte, and a change as that line only', () => {
    expect(write(read(file), file)).toBe(file);
    const data = read(file);
    const summary = z.array(z.string()).parse(data.summary);
    const edited = write({ ...data, title: 'A new title', summary: [summary[0], 'A new point.', summary[2]] }, file).split('\n');
    const old = file.split('\n');
    expect(edited.length).toBe(old.length);
    expect(edited.filter((line, i) => line !== old[i])).toEqual(['title: A new title', '  - A new point.']);
    expect(edited).toContain('# Kept: an editor’s note.');
    expect(edited).toContain('tags: [xai, openai, anthropic, training-data, copyright, fair-use]');
  });

  it('gives the form one Byline and writes it back as the file had it; a photo is a list of one, written as the object', () => {
    const data = read(file);
    expect(data.authors).toEqual(['brief-desk']);
    expect('author' in data).toBe(false);
    expect(write({ ...data, authors: ['brief-desk', 'jane-doe'] }, file)).toContain('\nauthor:\n  - brief-desk\n  - jane-doe\n');
    const fresh = write({ title: 'New', authors: ['brief-desk'], image: [{ src: 'images/x.jpg', alt: 'What it shows', credit: 'Photo: A', decorative: true }], body: 'Text.' }, '', ['title', 'authors', 'image', 'body']);
    expect(fresh).toBe('---\ntitle: New\nauthor: brief-desk\nimage:\n  src: images/x.jpg\n  alt: ""\n  credit: "Photo: A"\n  decorative: true\n---\n\nText.');
    expect(read(fresh).image).toEqual([{ src: 'images/x.jpg', alt: '', credit: 'Photo: A', decorative: true }]);
  });
});
