import type { ArticleSummary } from '@/lib/content/article';
import { lastModified, wasModified } from '@/lib/content/changes';
import { edition } from '@/lib/edition/i18n';
import type { Locale } from '@/lib/site/config';
import { Byline } from './byline';
import { ClockIcon } from './icons';
import { FormattedDate } from './formatted-date';

/** Byline, published and updated dates, and reading time (only the byline is indexed for search). */
export function ArticleMeta({ article, locale }: { article: ArticleSummary; locale: Locale }) {
  const { t } = edition(locale);
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-zinc-600 dark:text-zinc-400">
      <p>
        {t.by} <Byline authors={article.authors} locale={locale} roles={article.kind === 'opinion'} />
      </p>
      <p data-pagefind-ignore="">
        <span className="sr-only">{t.published} </span>
        <FormattedDate date={article.date} locale={locale} />
      </p>
      {wasModified(article) ? (
        <p data-pagefind-ignore="" className="rounded bg-amber-100 px-2 py-0.5 font-semibold text-amber-950 dark:bg-amber-900/50 dark:text-amber-100">
          {t.updated} <FormattedDate date={lastModified(article)} locale={locale} />
        </p>
      ) : null}
      <p data-pagefind-ignore="" className="inline-flex items-center gap-1">
        <ClockIcon width={16} height={16} />
        {t.readingTime(article.readingTime)}
      </p>
    </div>
  );
}
