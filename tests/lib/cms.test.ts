import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { adminCsp, adminPage, DECAP_FOLDER } from '../../lib/cms/admin-page';
import { cmsConfig, cmsConfigYaml, gitHostFromEnv, type CmsSettings } from '../../lib/cms/config';
import { NOT_IN_FORM, type CmsField } from '../../lib/cms/fields';
import { checkAuthors } from '../../lib/content/authors';
import { checkTopics } from '../../lib/content/topics';
import { frontMatterSchema } from '../../lib/content/schema';

const { topics } = checkTopics(readFileSync('content/topics.yml', 'utf8'), 'content/topics.yml');
const { authors } = checkAuthors(readFileSync('content/authors.yml', 'utf8'), 'content/authors.yml');
const settings: CmsSettings = { contentFolder: 'content', topics, authors, siteUrl: 'https://brief.example.com', branch: 'main' };
const config = cmsConfig(settings);
const [briefs, turkish] = config.collections;
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
    expect(Object.keys(NOT_IN_FORM)).toEqual(['slug']);
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
    expect(byName(briefs?.fields, 'author')).toMatchObject({ widget: 'select', options: [{ label: 'Brief Desk', value: 'brief-desk' }] });
    expect(byName(briefs?.fields, 'authors')).toMatchObject({ widget: 'select', multiple: true });
    expect(byName(briefs?.fields, 'relevance').options?.map((o) => o.value)).toEqual(['short-term', 'long-term', 'evergreen']);
    expect(byName(briefs?.fields, 'lang').options?.map((o) => o.value)).toEqual(['en', 'tr']);
  });

  it('without authors.yml, bylines are names typed in', () => {
    const plain = cmsConfig({ ...settings, authors: undefined }).collections[0];
    expect(byName(plain?.fields, 'author')).toMatchObject({ widget: 'string' });
    expect(byName(plain?.fields, 'authors')).toMatchObject({ widget: 'list' });
  });

  it('writes a Turkish translation as <original>.tr.md with lang: tr and a required translationOf', () => {
    expect(turkish).toMatchObject({ name: 'briefs-tr', folder: 'content', extension: 'tr.md', slug: '{{fields.translationOf}}', filter: { field: 'lang', value: 'tr' } });
    expect(byName(turkish?.fields, 'lang')).toEqual({ name: 'lang', label: 'Language', widget: 'hidden', default: 'tr' });
    expect(byName(turkish?.fields, 'translationOf')).toMatchObject({ widget: 'relation', collection: 'briefs', value_field: '{{slug}}' });
    expect(byName(turkish?.fields, 'translationOf').required).toBeUndefined();
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

  it('gives the preview each edition’s headings and topic names, with no way to close its data block', () => {
    const data = /<script type="application\/json" id="brief-preview">(.*?)<\/script>/.exec(page)?.[1] ?? '';
    expect(JSON.parse(data)).toMatchObject({ en: { summaryHeading: '3-Point Summary' }, tr: { summaryHeading: '3 Maddede Özet', topics: { 'ethics-safety-regulation': 'Etik, Güvenlik ve Regülasyon' } } });
    const hostile = adminPage([{ ...topics[0]!, name: '</script><script>alert(1)</script>' }]);
    expect(hostile.match(/<\/script>/g)?.length).toBe(page.match(/<\/script>/g)?.length);
  });
});
