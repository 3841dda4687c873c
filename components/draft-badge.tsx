import { edition } from '@/lib/edition/i18n';
import type { Locale } from '@/lib/site/config';

/** Marks a draft, which only `next dev` shows. */
export function DraftBadge({ locale }: { locale: Locale }) {
  const { t } = edition(locale);
  return (
    <span className="rounded bg-amber-200 px-2 py-0.5 text-xs font-bold uppercase tracking-wide text-amber-950">
      {t.draft}
    </span>
  );
}
