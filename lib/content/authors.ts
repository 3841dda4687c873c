/** Parsing `authors.yml` (the people and desks that bylines name) and resolving bylines. Pure. */
import type { ContentIssue } from './error';
import { repeatedIds, schemaIssues, yamlIssues, type IssueWording } from './issues';
import { AUTHOR_EXPECTED, authorsFileSchema, type Author, type Byline } from './schema';
import { locales, site, type Locale } from '../site/config';
import { parseYaml } from './yaml';
import type { ImageResolver } from './body-images';

/** How authors.yml's problems read: each unknown key with a suggestion, a missing field as required. */
const WORDING: IssueWording = { schema: authorsFileSchema, expected: AUTHOR_EXPECTED, whole: 'authors', unknownKeys: 'each', required: true, refinements: false };

/** Parses and validates `authors.yml`; returns the authors or every problem found. */
export function checkAuthors(source: string, file: string): { authors: readonly Author[]; issues: readonly ContentIssue[] } {
  const yaml = parseYaml(source);
  if (yaml.problems.length > 0) return { authors: [], issues: yamlIssues(yaml, file, 'authors') };
  const parsed = authorsFileSchema.safeParse(yaml.value, { reportInput: true });
  if (!parsed.success) return { authors: [], issues: schemaIssues(parsed.error.issues, file, yaml, WORDING) };
  const issues = repeatedIds(parsed.data, file, yaml);
  return { authors: issues.length > 0 ? [] : parsed.data, issues };
}

/**
 * Checks and measures the photo of each author (`photo: images/jane.jpg`) like any image of the
 * content folder; a photo that cannot be published is a problem at its line in authors.yml.
 */
export async function withPortraits(source: string, file: string, authors: readonly Author[], images: ImageResolver): Promise<{ authors: Author[]; issues: ContentIssue[] }> {
  const yaml = parseYaml(source);
  const issues: ContentIssue[] = [];
  const measured: Author[] = [];
  for (const [index, author] of authors.entries()) {
    if (author.photo === undefined) {
      measured.push(author);
      continue;
    }
    const resolved = await images(author.photo);
    if ('problem' in resolved) issues.push({ file, field: `[${index}].photo`, message: resolved.problem, ...yaml.locate([index, 'photo']) });
    else measured.push({ ...author, portrait: resolved.image });
  }
  return { authors: issues.length > 0 ? [] : measured, issues };
}

/** An author's name in `locale`'s edition: its translation when authors.yml gives one, else its name. */
export const authorNameIn = (author: Author, locale: Locale): string => (locale === site.defaultLocale ? undefined : author.names?.[locale]) ?? author.name;

/**
 * The byline entry of a known author in an article of `locale`: their name, and what an opinion's byline
 * and the JSON-LD say of them (role, expertise, languages, profiles, handle). A role with no translation
 * into the edition keeps the default language's, with its tag in `roleLang`.
 */
export function bylineOf(author: Author, locale: Locale): Byline {
  const translated = locale === site.defaultLocale ? undefined : author.roles?.[locale];
  const sameAs = [...(author.url === undefined ? [] : [author.url]), ...author.links.map((l) => l.url), ...(author.twitter === undefined ? [] : [twitterProfile(author.twitter)])];
  return {
    name: authorNameIn(author, locale),
    id: author.id,
    type: author.type,
    role: translated ?? author.role,
    ...(translated !== undefined || locale === site.defaultLocale ? {} : { roleLang: locales[site.defaultLocale].lang }),
    ...(author.expertise && author.expertise.length > 0 ? { expertise: author.expertise } : {}),
    ...(author.languages && author.languages.length > 0 ? { languages: author.languages } : {}),
    ...(sameAs.length > 0 ? { sameAs: [...new Set(sameAs)] } : {}),
    ...(author.twitter === undefined ? {} : { twitter: author.twitter }),
  };
}

/** The profile address of an X/Twitter handle (`@jane` → `https://x.com/jane`). */
export const twitterProfile = (handle: string): string => `https://x.com/${handle.replace(/^@/, '')}`;

/** A plain-name byline entry (a site without authors.yml): text only, and a `Person` as structured data has always said. */
export const plainByline = (name: string): Byline => ({ name, type: 'person' });
