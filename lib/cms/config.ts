/**
 * Decap CMS's config.yml for /admin/, from the content contract: one collection of every brief, and one
 * of each other edition's translations, which names a new file `<original>.<locale>.md` and fixes its
 * `lang`, as the contract expects (Decap's own i18n would write `x.en.md`).
 */
import { stringify } from 'yaml';
import type { Author, Topic } from '../content/schema';
import { locales, LOCALES, site, type Locale } from '../site/config';
import { briefFields, type CmsField, type Original } from './fields';
import { standardsCollection } from './standards';

/** What the config needs of a brief: whether it is an original that can take a translation. */
export interface BriefRef {
  readonly slug: string;
  readonly title: string;
  readonly locale: Locale;
  readonly translationOf?: string;
}

/** Where the CMS saves: a Git host in production, the local backend (decap-server) on an editor's machine. */
export interface CmsSettings {
  /** The content folder, relative to the repository's root, with `/`. */
  readonly contentFolder: string;
  readonly topics: readonly Topic[];
  readonly authors: readonly Author[] | undefined;
  /** The site's address (origin and base path), for the CMS's "view live" links. */
  readonly siteUrl: string;
  /** GitHub `owner/name` (CMS_REPO); without it, /admin/ works only with the local backend. */
  readonly repo?: string;
  readonly branch: string;
  /** The OAuth provider's base URL (CMS_AUTH_URL), for a host other than Netlify. */
  readonly authUrl?: string;
  /** The local backend's API, when `npm run cms` serves it elsewhere than Decap's default (localhost:8081). */
  readonly localBackendUrl?: string;
  /** The content's valid briefs: "Translation of" offers the originals among them that can take one. */
  readonly briefs?: readonly BriefRef[];
}

/** The format public/admin/brief-format.js registers: front matter edited in place, so a save changes only what changed. */
export const CMS_FORMAT = 'brief-frontmatter';

/** Originals in the default language that are not translations, and those of them not yet translated into `locale`. */
export function originalsFor(briefs: readonly BriefRef[], locale: Locale): { open: Original[]; all: Original[] } {
  const translated = new Set(briefs.filter((b) => b.locale === locale && b.translationOf !== undefined).map((b) => b.translationOf));
  const all = briefs.filter((b) => b.locale === site.defaultLocale && b.translationOf === undefined).map((b) => ({ slug: b.slug, title: b.title }));
  return { all, open: all.filter((o) => !translated.has(o.slug)) };
}

export const BRIEFS_COLLECTION = 'briefs';
export const translationsCollection = (locale: Locale) => `briefs-${locale}`;

interface Collection {
  readonly name: string;
  readonly label: string;
  readonly label_singular: string;
  readonly description: string;
  readonly folder: string;
  readonly extension: string;
  readonly format: typeof CMS_FORMAT;
  readonly create: true;
  readonly slug: string;
  readonly filter?: { readonly field: string; readonly value: string };
  readonly summary: string;
  readonly sortable_fields: readonly string[];
  readonly view_filters?: readonly { readonly label: string; readonly field: string; readonly pattern: string | boolean }[];
  readonly preview_path: string;
  readonly fields: readonly CmsField[];
}

/** The config as an object (tests read it; `cmsConfigYaml` writes it). */
export function cmsConfig(settings: CmsSettings) {
  const form = { topics: settings.topics, authors: settings.authors, briefsCollection: BRIEFS_COLLECTION };
  const common = { folder: settings.contentFolder, extension: 'md', format: CMS_FORMAT, create: true, sortable_fields: ['date', 'title'] } as const;
  const briefs: Collection = {
    ...common,
    name: BRIEFS_COLLECTION,
    label: 'Briefs',
    label_singular: 'Brief',
    description: 'Every brief, in every language. A new brief is named after its title and starts as a draft; an original is translated with the Translate link under its Language.',
    slug: '{{slug}}',
    // State, date, language and topic on each row of the list (a brief without `lang` is in the default language).
    summary: `{{title}} · {{draft | ternary('Draft · ','')}}{{date | date('YYYY-MM-DD')}} · {{lang | default('${locales[site.defaultLocale].lang}')}} · {{topic}}`,
    view_filters: [
      ...LOCALES.filter((l) => l !== site.defaultLocale).map((l) => ({ label: locales[l].name, field: 'lang', pattern: `^${locales[l].lang}` })),
      { label: 'Drafts', field: 'draft', pattern: true },
    ],
    preview_path: 'articles/{{slug}}/',
    fields: briefFields({
      ...form,
      editions: LOCALES.filter((l) => l !== site.defaultLocale).map((l) => ({
        collection: translationsCollection(l),
        name: locales[l].name,
        translated: (settings.briefs ?? []).flatMap((b) => (b.locale === l && b.translationOf ? [b.translationOf] : [])),
      })),
    }),
  };
  const translations = LOCALES.filter((l) => l !== site.defaultLocale).map((locale): Collection => ({
    ...common,
    name: translationsCollection(locale),
    label: `${locales[locale].name} translations`,
    label_singular: `${locales[locale].name} translation`,
    description: `Briefs translated into ${locales[locale].name}: each file is <original>.${locale}.md, next to its original, and both link to each other.`,
    filter: { field: 'lang', value: locales[locale].lang },
    // Named after the original, with the edition in the extension (Decap would turn a `.` in the slug into `-`).
    slug: '{{fields.translationOf}}',
    extension: `${locale}.md`,
    summary: "{{title}} · {{draft | ternary('Draft · ','')}}{{date | date('YYYY-MM-DD')}} · {{topic}} · of {{translationOf}}",
    preview_path: `${locale}/articles/{{fields.translationOf}}/`,
    fields: briefFields({ ...form, translationsInto: locale, ...(settings.briefs ? { originals: originalsFor(settings.briefs, locale) } : {}) }),
  }));
  return {
    backend: {
      name: 'github',
      ...(settings.repo ? { repo: settings.repo } : {}),
      branch: settings.branch,
      ...(settings.authUrl ? { base_url: settings.authUrl } : {}),
      squash_merges: true,
    },
    // Nothing is published without review: each save is a pull request, draft → in review → ready.
    // (decap-server's fs mode has no pull requests: the CMS then saves straight to the files.)
    publish_mode: 'editorial_workflow',
    local_backend: settings.localBackendUrl ? { url: settings.localBackendUrl } : true,
    site_url: settings.siteUrl,
    display_url: settings.siteUrl,
    locale: 'en',
    media_folder: `${settings.contentFolder}/images`,
    public_folder: 'images',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [briefs, ...translations, standardsCollection(settings.contentFolder, CMS_FORMAT)],
  };
}

const HEADER = '# Generated by the build from the content contract (lib/cms/config.ts): edit that, not this file.\n';

export const cmsConfigYaml = (settings: CmsSettings): string => HEADER + stringify(cmsConfig(settings), { lineWidth: 0, aliasDuplicateObjects: false });

/** The Git host settings of the environment (CMS_REPO, CMS_BRANCH, CMS_AUTH_URL), checked. */
export function gitHostFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): Pick<CmsSettings, 'repo' | 'branch' | 'authUrl'> {
  const repo = env.CMS_REPO?.trim() || undefined;
  if (repo !== undefined && !/^[\w.-]+\/[\w.-]+$/.test(repo)) throw new Error(`CMS_REPO: expected a GitHub repository as owner/name, such as newsroom/brief; found "${repo}"`);
  const authUrl = env.CMS_AUTH_URL?.trim() || undefined;
  if (authUrl !== undefined && !/^https:\/\/[^\s/]+(\/\S*)?$/.test(authUrl)) throw new Error(`CMS_AUTH_URL: expected the https:// address of an OAuth provider for the CMS; found "${authUrl}"`);
  return { repo, branch: env.CMS_BRANCH?.trim() || 'main', authUrl };
}
