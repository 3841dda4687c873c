import type { Change } from '@/lib/content/schema';
import { edition } from '@/lib/edition/i18n';
import type { Locale } from '@/lib/site/config';
import { FormattedDate } from './formatted-date';

/**
 * "Corrections and updates": the article's dated change log, newest first, every entry with its type
 * as a word ("Correction:", "Minor fix:" for a typo); nothing when empty.
 */
export function UpdatesLog({ updates, locale }: { updates: readonly Change[]; locale: Locale }) {
  const { t } = edition(locale);
  if (updates.length === 0) return null;
  return (
    <section aria-labelledby="updates-heading" className="border-t border-zinc-200 pt-6 dark:border-zinc-800">
      <h2 id="updates-heading" className="text-lg font-bold text-zinc-950 dark:text-zinc-50">
        {t.updatesHeading}
      </h2>
      <ul role="list" className="mt-3 space-y-2 text-sm text-zinc-700 dark:text-zinc-300">
        {updates.map((update, index) => (
          <li key={index} data-change-type={update.type}>
            <span className="font-semibold text-zinc-900 dark:text-zinc-100">
              <FormattedDate date={update.date} locale={locale} />
            </span>
            {' — '}
            <span className="font-semibold text-zinc-900 dark:text-zinc-100">{t.changeType[update.type]}:</span> {update.note}
          </li>
        ))}
      </ul>
    </section>
  );
}
