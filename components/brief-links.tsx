import { Link } from './link';
import type { BriefLink } from '@/lib/pages/models';
import { edition } from '@/lib/edition/i18n';
import type { Locale } from '@/lib/site/config';
import { FormattedDate } from './formatted-date';

/** A headed, compact list of briefs ("More in …", "Related briefs"); nothing when empty. */
export function BriefLinks({ id, heading, articles, locale }: { id: string; heading: string; articles: readonly BriefLink[]; locale: Locale }) {
  const { t, paths } = edition(locale);
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby={id} className="print:hidden">
      <h2 id={id} className="text-lg font-bold text-zinc-950 dark:text-zinc-50">
        {heading}
      </h2>
      <ul role="list" className="mt-3 divide-y divide-zinc-200 dark:divide-zinc-800">
        {articles.map((article) => (
          <li key={article.slug} className="py-3">
            <Link href={paths.article(article.slug)} className="font-serif text-lg font-bold leading-snug hover:underline">
              {article.title}
            </Link>
            <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
              <FormattedDate date={article.date} locale={locale} /> <span aria-hidden="true">·</span> {t.readingTime(article.readingTime)}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
