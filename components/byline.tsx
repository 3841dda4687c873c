import { Fragment } from 'react';
import type { Byline as BylineEntry } from '@/lib/content/schema';
import { edition } from '@/lib/edition/i18n';
import type { Locale } from '@/lib/site/config';
import { Link } from './link';

/**
 * The names of a byline, comma-separated: an author of authors.yml links to their page (`rel="author"`), a plain name is text.
 * `roles` (an opinion's byline): each author's role from authors.yml follows their name in brackets; a plain name has none.
 */
export function Byline({ authors, locale, roles = false }: { authors: readonly BylineEntry[]; locale: Locale; roles?: boolean }) {
  const { paths } = edition(locale);
  return (
    <span className="font-semibold text-zinc-900 dark:text-zinc-100">
      {authors.map((author, index) => (
        <Fragment key={`${index}-${author.id ?? author.name}`}>
          {index > 0 ? ', ' : null}
          {author.id === undefined ? author.name : (
            <Link href={paths.author(author.id)} rel="author" className="underline decoration-zinc-400 underline-offset-2 hover:decoration-red-700">
              {author.name}
            </Link>
          )}
          {roles && author.role !== undefined ? (
            // Site search indexes the names of a byline, not the roles ("Reporter" would match a search for "reportedly").
            <span data-pagefind-ignore="" className="font-normal">
              {' ('}
              <span lang={author.roleLang}>{author.role}</span>
              {')'}
            </span>
          ) : null}
        </Fragment>
      ))}
    </span>
  );
}
