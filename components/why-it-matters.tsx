import { Link } from './link';
import type { Article } from '@/lib/content/article';
import { edition } from '@/lib/edition/i18n';
import type { Locale } from '@/lib/site/config';
import { CheckIcon, ClockIcon, InsightIcon, LayersIcon, RadarIcon } from './icons';

const itemClass = 'flex gap-3 leading-relaxed';
const iconClass = 'mt-0.5 shrink-0 text-red-700 dark:text-red-300';

/** "Why it matters": the editor's points, then the signals (topic cluster, relevance, reading time; not indexed for search). */
export function WhyItMatters({ article, locale }: { article: Pick<Article, 'whyItMatters' | 'topic' | 'relevance' | 'readingTime'>; locale: Locale }) {
  const e = edition(locale);
  const { t, paths } = e;
  return (
    <section
      aria-labelledby="why-heading"
      className="rounded-xl border-l-4 border-red-700 bg-red-50/60 p-5 sm:p-6 dark:border-red-300 dark:bg-red-950/30"
    >
      <h2 id="why-heading" data-pagefind-ignore="" className="flex items-center gap-2 text-lg font-bold text-zinc-950 dark:text-zinc-50">
        <InsightIcon className="text-red-700 dark:text-red-300" />
        {t.whyItMattersHeading}
      </h2>
      <ul role="list" className="mt-4 space-y-3 text-zinc-800 dark:text-zinc-200">
        {article.whyItMatters.map((point, index) => (
          <li key={index} className={itemClass}>
            <CheckIcon className={iconClass} />
            <span>{point}</span>
          </li>
        ))}
      </ul>
      <ul role="list" data-pagefind-ignore="" className="mt-4 space-y-2 border-t border-red-200 pt-4 text-sm text-zinc-700 dark:border-red-900 dark:text-zinc-300">
        <li className={itemClass}>
          <LayersIcon className={iconClass} width={18} height={18} />
          <span>
            <Link href={paths.topic(article.topic.id)} className="underline decoration-1 underline-offset-2 hover:decoration-2">
              {t.clusterSignal(e.topicName(article.topic))}
            </Link>
          </span>
        </li>
        {article.relevance ? (
          <li className={itemClass}>
            <RadarIcon className={iconClass} width={18} height={18} />
            <span>{t.relevanceSignal[article.relevance]}</span>
          </li>
        ) : null}
        <li className={itemClass}>
          <ClockIcon className={iconClass} width={18} height={18} />
          <span>{t.readingSignal(article.readingTime)}</span>
        </li>
      </ul>
    </section>
  );
}
