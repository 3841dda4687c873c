import { edition } from '@/lib/edition/i18n';
import type { Locale } from '@/lib/site/config';

/** A date as `<time>`, in the edition's language ("28 November 2026", "28 Kasım 2026"), in the site's fixed time zone so builds are deterministic. */
export function FormattedDate({ date, locale }: { date: string; locale: Locale }) {
  return <time dateTime={date}>{edition(locale).formatDate(date)}</time>;
}
