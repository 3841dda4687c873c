import { Link } from './link';
import type { Card } from '@/lib/pages/models';
import { edition } from '@/lib/edition/i18n';
import type { Locale } from '@/lib/site/config';
import { DraftBadge } from './draft-badge';
import { FormattedDate } from './formatted-date';
import { Picture } from './picture';
import { KindLabel } from './kind-label';
import { TopicChip } from './topic-chip';

/** One brief in a list: topic, title (the link), dek, date and reading time, and its photo as a thumbnail. */
export function ArticleCard({ article, locale, headingLevel = 2 }: { article: Card; locale: Locale; headingLevel?: 2 | 3 | 4 }) {
  const { t, paths } = edition(locale);
  const Heading = headingLevel === 2 ? 'h2' : headingLevel === 3 ? 'h3' : 'h4';
  return (
    <article className="flex gap-4 border-t border-zinc-200 py-6 dark:border-zinc-800">
      <div className="flex min-w-0 flex-1 flex-col gap-3">
        <div className="flex flex-wrap items-center gap-2">
          <TopicChip topic={article.topic} locale={locale} />
          <KindLabel kind={article.kind} locale={locale} />
          {article.draft ? <DraftBadge locale={locale} /> : null}
        </div>
        <Heading className="font-serif text-2xl font-bold leading-tight text-zinc-950 dark:text-zinc-50">
          <Link
            href={paths.article(article.slug)}
            className="hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700"
          >
            {article.title}
          </Link>
        </Heading>
        <p className="text-base leading-relaxed text-zinc-700 dark:text-zinc-300">{article.description}</p>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          <FormattedDate date={article.date} locale={locale} /> <span aria-hidden="true">·</span> {t.readingTime(article.readingTime)}
        </p>
      </div>
      {article.image ? (
        // The title beside it says what the brief is about: for a screen reader the thumbnail adds nothing.
        <div className="w-24 shrink-0 pt-9 sm:w-32">
          <Picture image={article.image} alt="" size="thumbnail" className="aspect-[4/3] h-auto w-full rounded-md bg-zinc-100 object-cover dark:bg-zinc-800" />
        </div>
      ) : null}
    </article>
  );
}
