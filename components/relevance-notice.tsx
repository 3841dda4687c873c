import type { ArticleSummary } from '@/lib/content/article';
import { lastModified } from '@/lib/content/changes';
import { edition } from '@/lib/edition/i18n';
import type { Locale } from '@/lib/site/config';
import { FormattedDate } from './formatted-date';
import { RadarIcon } from './icons';

/** For short-term briefs: a quiet note of the date it describes, for readers arriving later. */
export function RelevanceNotice({ article, locale }: { article: ArticleSummary; locale: Locale }) {
  const { t } = edition(locale);
  if (article.relevance !== 'short-term') return null;
  return (
    <p className="flex gap-2 rounded-md border border-zinc-200 bg-zinc-50 px-4 py-3 text-sm text-zinc-700 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-300">
      <RadarIcon width={18} height={18} className="mt-0.5 shrink-0 text-zinc-500" />
      <span>
        {t.relevanceNoticeBefore}
        <FormattedDate date={lastModified(article)} locale={locale} />
        {t.relevanceNoticeAfter}
      </span>
    </p>
  );
}
