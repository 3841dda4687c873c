import { edition } from '@/lib/edition/i18n';
import type { Topic } from '@/lib/content/schema';
import type { Locale } from '@/lib/site/config';
import { TopicDescription, TopicName } from './topic-name';

/** The heading block of a topic cluster's page: label, name, description and size. */
export function TopicHeading({ topic, count, locale }: { topic: Topic; count: number; locale: Locale }) {
  const e = edition(locale);
  return (
    <header>
      <p className="text-sm font-semibold uppercase tracking-wide text-red-800 dark:text-red-300">{e.t.topicLabel}</p>
      <h1 className="mt-1 font-serif text-3xl font-black tracking-tight sm:text-4xl">
        <TopicName topic={topic} locale={locale} />
      </h1>
      <TopicDescription topic={topic} locale={locale} className="mt-3 text-lg text-zinc-700 dark:text-zinc-300" />
      <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{e.t.articleCount(count)}</p>
    </header>
  );
}
