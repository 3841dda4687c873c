import { Link } from './link';
import { edition } from '@/lib/edition/i18n';
import type { Topic } from '@/lib/content/schema';
import type { Locale } from '@/lib/site/config';
import { LayersIcon } from './icons';
import { TopicName } from './topic-name';

/** A link to a topic cluster, styled as a chip. */
export function TopicChip({ topic, locale }: { topic: Topic; locale: Locale }) {
  const { paths } = edition(locale);
  return (
    <Link
      href={paths.topic(topic.id)}
      className="inline-flex items-center gap-1.5 rounded-full border border-red-200 bg-red-50 px-3 py-1 text-xs font-semibold uppercase tracking-wide text-red-800 hover:bg-red-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700 dark:border-red-900 dark:bg-red-950/60 dark:text-red-200 dark:hover:bg-red-900/60"
    >
      <LayersIcon width={14} height={14} />
      <TopicName topic={topic} locale={locale} />
    </Link>
  );
}
