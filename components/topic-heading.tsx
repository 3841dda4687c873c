import type { Topic } from '@/lib/schema';
import { t } from '@/lib/messages';

/** The heading block of a topic cluster's page: label, name, description and size. */
export function TopicHeading({ topic, count }: { topic: Topic; count: number }) {
  return (
    <header>
      <p className="text-sm font-semibold uppercase tracking-wide text-red-800 dark:text-red-300">{t.topicLabel}</p>
      <h1 className="mt-1 font-serif text-3xl font-black tracking-tight sm:text-4xl">
        {topic.name}
      </h1>
      <p className="mt-3 text-lg text-zinc-700 dark:text-zinc-300">{topic.description}</p>
      <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{t.articleCount(count)}</p>
    </header>
  );
}
