/** An edition's list of topic clusters. */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Link } from '@/components/link';
import { TopicDescription, TopicName } from '@/components/topic-name';
import type { ModelOf } from '@/lib/pages/site-pages';
import { routeModel } from '@/lib/pages/store';
import { edition } from '@/lib/edition/i18n';
import type { Locale } from '@/lib/site/config';
import { pageAlternates, sameInEditions } from '@/lib/syndication/metadata';

export function topicsRoute(locale: Locale) {
  const { t, paths } = edition(locale);

  async function modelOf(): Promise<ModelOf<'topics'> | undefined> {
    const model = await routeModel('topics', locale, {});
    return model?.kind === 'topics' ? model : undefined;
  }

  async function generateMetadata(): Promise<Metadata> {
    const model = await modelOf();
    return { title: t.topics, alternates: pageAlternates(locale, paths.topics(), { versions: sameInEditions(model?.editions ?? [], (p) => p.topics()) }) };
  }

  async function TopicsPage() {
    const model = await modelOf();
    if (!model) notFound();
    return (
      <div className="mx-auto max-w-3xl py-8">
        <h1 className="font-serif text-3xl font-black tracking-tight sm:text-4xl">{t.topics}</h1>
        <ul className="mt-6">
          {model.topics.map(({ topic, count }) => (
            <li key={topic.id} className="border-t border-zinc-200 py-6 dark:border-zinc-800">
              <h2 className="font-serif text-2xl font-bold">
                <Link href={paths.topic(topic.id)} className="hover:underline">
                  <TopicName topic={topic} locale={locale} />
                </Link>
              </h2>
              <TopicDescription topic={topic} locale={locale} className="mt-2 text-zinc-700 dark:text-zinc-300" />
              <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{t.articleCount(count)}</p>
            </li>
          ))}
        </ul>
      </div>
    );
  }

  return { generateMetadata, Page: TopicsPage };
}
