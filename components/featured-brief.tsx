import { Link } from './link';
import type { Featured } from '@/lib/pages/models';
import { edition } from '@/lib/edition/i18n';
import type { Locale } from '@/lib/site/config';
import { DraftBadge } from './draft-badge';
import { FormattedDate } from './formatted-date';
import { Picture } from './picture';
import { KindLabel } from './kind-label';
import { TopicChip } from './topic-chip';

/** The newest brief, featured on the home page with its 3-point summary visible. */
export function FeaturedBrief({ article, locale }: { article: Featured; locale: Locale }) {
  const { t, paths } = edition(locale);
  return (
    <article aria-labelledby="featured-title" className="rounded-2xl border border-zinc-200 bg-zinc-50 p-5 sm:p-8 dark:border-zinc-800 dark:bg-zinc-900">
      {article.image ? (
        // Its headline names what it shows; the page of the brief carries the description. The
        // featured brief leads page 1: its photo is the page's largest image, so it loads first.
        <div className="mb-5">
          <Picture image={article.image} alt="" size="column" priority className="h-auto w-full rounded-lg bg-zinc-100 dark:bg-zinc-800" />
        </div>
      ) : null}
      <p className="text-sm font-bold uppercase tracking-wide text-red-800 dark:text-red-300">{t.featured}</p>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <TopicChip topic={article.topic} locale={locale} />
        <KindLabel kind={article.kind} locale={locale} />
        {article.draft ? <DraftBadge locale={locale} /> : null}
      </div>
      <h2 id="featured-title" className="mt-3 font-serif text-3xl font-black leading-tight text-zinc-950 sm:text-4xl dark:text-white">
        <Link href={paths.article(article.slug)} className="hover:underline">
          {article.title}
        </Link>
      </h2>
      <p className="mt-3 text-lg leading-relaxed text-zinc-700 dark:text-zinc-300">{article.description}</p>
      <h3 className="mt-5 text-sm font-bold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">{t.summaryHeading}</h3>
      <ol role="list" className="mt-2 space-y-2">
        {article.summary.map((point, index) => (
          <li key={index} className="flex gap-3 text-zinc-800 dark:text-zinc-200">
            <span aria-hidden="true" className="shrink-0 whitespace-nowrap font-bold tabular-nums text-red-700 dark:text-red-300">
              {index + 1}.
            </span>
            <span>{point}</span>
          </li>
        ))}
      </ol>
      <p className="mt-5 text-sm text-zinc-600 dark:text-zinc-400">
        <FormattedDate date={article.date} locale={locale} /> <span aria-hidden="true">·</span> {t.readingTime(article.readingTime)}
      </p>
    </article>
  );
}
