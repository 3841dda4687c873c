import type { Author } from '@/lib/content/schema';
import { edition } from '@/lib/edition/i18n';
import { locales, site, type Locale } from '@/lib/site/config';
import { Link } from './link';
import { Picture } from './picture';
import { twitterProfile } from '@/lib/content/authors';

const defaultLang = locales[site.defaultLocale].lang;

/**
 * The heading block of an author's page: label (to the authors' index), name, role, bio, the number
 * of briefs and their links (homepage, profiles, X/Twitter; `rel="me"`: they are this person's) with visible labels,
 * their expertise (in the default language, as authors.yml writes it) and languages by name in the edition's language. A role or bio with no
 * translation keeps the default language's `lang`. The photo beside it is decorative there: the name is next to it.
 */
export function AuthorHeading({ author, count, locale }: { author: Author; count: number; locale: Locale }) {
  const e = edition(locale);
  const links = [
    ...(author.url === undefined ? [] : [{ label: e.t.website, url: author.url }]),
    ...author.links,
    ...(author.twitter === undefined ? [] : [{ label: author.twitter, url: twitterProfile(author.twitter) }]),
  ];
  const languageNames = new Intl.DisplayNames([e.lang], { type: 'language' });
  return (
    <header className="flex flex-col-reverse gap-4 sm:flex-row sm:items-start sm:justify-between">
      <div className="min-w-0">
        <p className="text-sm font-semibold uppercase tracking-wide text-red-800 dark:text-red-300">
          <Link href={e.paths.authors()} className="hover:underline">
            {e.t.authorLabel}
          </Link>
        </p>
        <h1 className="mt-1 font-serif text-3xl font-black tracking-tight sm:text-4xl">{e.authorName(author)}</h1>
        <p lang={e.hasAuthorRole(author) ? undefined : defaultLang} className="mt-2 text-lg font-semibold text-zinc-800 dark:text-zinc-200">
          {e.authorRole(author)}
        </p>
        <p lang={e.hasAuthorBio(author) ? undefined : defaultLang} className="mt-3 text-lg text-zinc-700 dark:text-zinc-300">
          {e.authorBio(author)}
        </p>
        {links.length > 0 ? (
          <nav aria-label={e.t.authorLinks} className="mt-3">
            <ul role="list" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
              {links.map((link) => (
                <li key={`${link.label} ${link.url}`}>
                  <a href={link.url} rel="me" className="font-semibold text-red-800 underline underline-offset-2 dark:text-red-300">
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        {author.expertise && author.expertise.length > 0 ? (
          <div className="mt-3 text-sm">
            <p id="expertise-label" className="font-semibold text-zinc-900 dark:text-zinc-100">{e.t.expertiseHeading}</p>
            <ul role="list" aria-labelledby="expertise-label" lang={e.locale === site.defaultLocale ? undefined : defaultLang} className="mt-1 flex flex-wrap gap-2">
              {author.expertise.map((area) => (
                <li key={area} className="rounded-full border border-zinc-300 px-3 py-0.5 text-zinc-800 dark:border-zinc-700 dark:text-zinc-200">
                  {area}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {author.languages && author.languages.length > 0 ? (
          <p className="mt-3 text-sm text-zinc-700 dark:text-zinc-300">
            <span className="font-semibold text-zinc-900 dark:text-zinc-100">{e.t.languagesHeading}:</span>{' '}
            {author.languages.map((tag) => languageNames.of(tag) ?? tag).join(', ')}
          </p>
        ) : null}
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{e.t.articleCount(count)}</p>
      </div>
      {author.portrait ? (
        <div className="w-24 shrink-0 sm:w-32">
          <Picture image={author.portrait} alt="" size="portrait" priority className="aspect-square h-auto w-full rounded-full bg-zinc-100 object-cover dark:bg-zinc-800" />
        </div>
      ) : null}
    </header>
  );
}
