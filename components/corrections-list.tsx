import type { ModelOf } from '@/lib/pages/site-pages';
import { edition } from '@/lib/edition/i18n';
import type { Locale } from '@/lib/site/config';
import { FormattedDate } from './formatted-date';
import { Link } from './link';

/** The corrections page's list: each correction or clarification with its type, date and note, under the title of its brief (a link); a plain sentence when there are none. */
export function CorrectionsList({ entries, locale }: { entries: ModelOf<'corrections'>['entries']; locale: Locale }) {
  const { t, paths } = edition(locale);
  if (entries.length === 0) return <p className="mt-6 border-t border-zinc-200 pt-6 dark:border-zinc-800">{t.noCorrections}</p>;
  return (
    <ul role="list" className="mt-6">
      {entries.map((entry, index) => (
        <li key={index} className="border-t border-zinc-200 py-6 dark:border-zinc-800">
          <h2 className="font-serif text-xl font-bold leading-snug">
            <Link href={paths.article(entry.slug)} className="hover:underline">
              {entry.title}
            </Link>
          </h2>
          <p className="mt-2 text-zinc-800 dark:text-zinc-200">
            <strong className="font-semibold">
              {t.changeType[entry.type]}, <FormattedDate date={entry.date} locale={locale} />:
            </strong>{' '}
            {entry.note}
          </p>
        </li>
      ))}
    </ul>
  );
}
