import { Fragment } from 'react';
import type { Byline as BylineEntry } from '@/lib/content/schema';
import { edition } from '@/lib/edition/i18n';
import type { Locale } from '@/lib/site/config';
import { Link } from './link';

/** The names of a byline, comma-separated: an author of authors.yml links to their page (`rel="author"`), a plain name is text. */
export function Byline({ authors, locale }: { authors: readonly BylineEntry[]; locale: Locale }) {
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
        </Fragment>
      ))}
    </span>
  );
}
