import { Link } from './link';
import { edition } from '@/lib/edition/i18n';
import type { Locale } from '@/lib/site/config';

/** The article's tags as links to their pages; nothing when there are none. */
export function TagList({ tags, locale }: { tags: readonly string[]; locale: Locale }) {
  const { t, paths } = edition(locale);
  if (tags.length === 0) return null;
  return (
    <nav aria-label={t.tagsLabel} className="print:hidden">
      <ul role="list" className="flex flex-wrap gap-2">
        {tags.map((tag) => (
          <li key={tag}>
            <Link
              href={paths.tag(tag)}
              className="rounded-full bg-zinc-100 px-3 py-1 text-sm text-zinc-800 hover:bg-zinc-200 focus-visible:outline-2 focus-visible:outline-red-700 dark:bg-zinc-800 dark:text-zinc-200 dark:hover:bg-zinc-700"
            >
              #{tag}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
