import { Link } from './link';
import { edition } from '@/lib/edition/i18n';
import type { Locale } from '@/lib/site/config';

// 44 px tall, a thumb's target. As flex items the arrows lose the space inside their spans: the gap gives it back.
const linkClass =
  'inline-flex min-h-11 items-center gap-1 rounded-md border border-zinc-300 px-4 py-2 text-sm font-semibold text-zinc-800 hover:border-red-700 hover:text-red-800 dark:border-zinc-700 dark:text-zinc-200 dark:hover:text-red-300';

/** Newer / older links between the pages of a list; nothing when there is one page. */
export function PaginationNav({ page, pageCount, href, locale }: { page: number; pageCount: number; href: (page: number) => string; locale: Locale }) {
  const { t } = edition(locale);
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t.pagination} className="mt-8 flex items-center justify-between gap-4 border-t border-zinc-200 pt-6 dark:border-zinc-800">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className={linkClass}>
          <span aria-hidden="true">← </span>
          {t.newer}
        </Link>
      ) : (
        <span />
      )}
      <p className="text-sm text-zinc-600 dark:text-zinc-400">{t.pageOf(page, pageCount)}</p>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next" className={linkClass}>
          {t.older}
          <span aria-hidden="true"> →</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
