import Link from 'next/link';
import { paths } from '@/lib/paths';
import type { Topic } from '@/lib/schema';
import { LayersIcon } from './icons';

/** A link to a topic cluster, styled as a chip. */
export function TopicChip({ topic }: { topic: Topic }) {
  return (
    <Link
      href={paths.topic(topic.id)}
      className="inline-flex items-center gap-1.5 rounded-full border border-red-200 bg-red-50 px-3 py-1 text-xs font-semibold uppercase tracking-wide text-red-800 hover:bg-red-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700 dark:border-red-900 dark:bg-red-950/60 dark:text-red-200 dark:hover:bg-red-900/60"
    >
      <LayersIcon width={14} height={14} />
      {topic.name}
    </Link>
  );
}
