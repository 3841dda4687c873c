import type { Change } from '@/lib/content/schema';
import { noticesOf } from '@/lib/content/changes';
import { edition } from '@/lib/edition/i18n';
import type { Locale } from '@/lib/site/config';
import { FormattedDate } from './formatted-date';

/**
 * A brief's corrections and clarifications, under its dek, newest first: "Correction, 3 December 2026:
 * <note>". A named region, each entry led by its type as a word (never by colour alone); nothing when
 * the brief has none. The article page and the CMS's preview both render this one.
 */
export function ChangeNotices({ updates, locale }: { updates: readonly Change[]; locale: Locale }) {
  const { t } = edition(locale);
  const notices = noticesOf({ updates });
  if (notices.length === 0) return null;
  return (
    <section aria-label={t.noticesLabel} className="rounded-md border-l-4 border-amber-600 bg-amber-50 px-4 py-3 text-sm leading-relaxed text-zinc-900 dark:border-amber-400 dark:bg-amber-950/40 dark:text-zinc-100">
      <ul role="list" className="space-y-2">
        {notices.map((notice, index) => (
          <li key={index}>
            <strong className="font-semibold">
              {t.changeType[notice.type]}, <FormattedDate date={notice.date} locale={locale} />:
            </strong>{' '}
            {notice.note}
          </li>
        ))}
      </ul>
    </section>
  );
}
