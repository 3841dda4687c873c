/** An edition's list of topic clusters. */
import type { Metadata } from 'next';
import { Link } from '@/components/link';
import { TopicDescription, TopicName } from '@/components/topic-name';
import { getArticlesByTopic, getEditionsWithBriefs, getTopics } from '@/lib/pages/queries';
import { edition } from '@/lib/site/i18n';
import { pageAlternates, sameInEditions } from '@/lib/syndication/metadata';
import type { Locale } from '@/lib/site/config';

export function topicsRoute(locale: Locale) {
  const { t, paths } = edition(locale);

  async function generateMetadata(): Promise<Metadata> {
    return { title: t.topics, alternates: pageAlternates(locale, paths.topics(), { versions: sameInEditions(await getEditionsWithBriefs(), (p) => p.topics()) }) };
  }

  async function TopicsPage() {
    const topics = await getTopics();
    const counts = await Promise.all(topics.map(async (topic) => (await getArticlesByTopic(topic.id, locale)).length));
    return (
      <div className="mx-auto max-w-3xl py-8">
        <h1 className="font-serif text-3xl font-black tracking-tight sm:text-4xl">{t.topics}</h1>
        <ul className="mt-6">
          {topics.map((topic, index) => (
            <li key={topic.id} className="border-t border-zinc-200 py-6 dark:border-zinc-800">
              <h2 className="font-serif text-2xl font-bold">
                <Link href={paths.topic(topic.id)} className="hover:underline">
                  <TopicName topic={topic} locale={locale} />
                </Link>
              </h2>
              <TopicDescription topic={topic} locale={locale} className="mt-2 text-zinc-700 dark:text-zinc-300" />
              <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{t.articleCount(counts[index] ?? 0)}</p>
            </li>
          ))}
        </ul>
      </div>
    );
  }

  return { generateMetadata, Page: TopicsPage };
}
