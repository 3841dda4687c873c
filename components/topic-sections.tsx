import { Link } from './link';
import type { Card } from '@/lib/pages/models';
import { edition } from '@/lib/edition/i18n';
import type { Topic } from '@/lib/content/schema';
import type { Locale } from '@/lib/site/config';
import { ArticleCard } from './article-card';
import { TopicName } from './topic-name';

/** The home page's "By topic": each cluster with its newest briefs and a link to the rest. */
export function TopicSections({ clusters, locale }: { clusters: readonly { topic: Topic; latest: readonly Card[] }[]; locale: Locale }) {
  const e = edition(locale);
  const { t, paths } = e;
  const shown = clusters.filter((c) => c.latest.length > 0);
  if (shown.length === 0) return null;
  return (
    <section aria-labelledby="by-topic" className="mt-12">
      <h2 id="by-topic" className="font-serif text-2xl font-black tracking-tight sm:text-3xl">
        {t.byTopic}
      </h2>
      {shown.map(({ topic, latest }) => (
        <section key={topic.id} aria-labelledby={`topic-${topic.id}`} className="mt-8">
          <h3 id={`topic-${topic.id}`} className="border-b-2 border-red-700 pb-1 text-lg font-bold uppercase tracking-wide dark:border-red-300">
            <Link href={paths.topic(topic.id)} className="hover:underline">
              <TopicName topic={topic} locale={locale} />
            </Link>
          </h3>
          {latest.map((article) => (
            <ArticleCard key={article.slug} article={article} locale={locale} headingLevel={4} />
          ))}
          <p className="mt-2">
            <Link href={paths.topic(topic.id)} className="text-sm font-semibold text-red-800 underline underline-offset-2 dark:text-red-300">
              {t.seeAllIn(e.topicName(topic))}
            </Link>
          </p>
        </section>
      ))}
    </section>
  );
}
