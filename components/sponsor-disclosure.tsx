import { edition } from '@/lib/edition/i18n';
import type { Locale } from '@/lib/site/config';

/** The disclosure at the top of sponsored content: who paid for it, and that it is not the newsroom's reporting. */
export function SponsorDisclosure({ sponsor, locale }: { sponsor: string; locale: Locale }) {
  const { t } = edition(locale);
  return (
    // Not indexed by site search: the same words on every sponsored brief ("reporting") would make it match unrelated queries.
    <p role="note" data-pagefind-ignore="" className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100">
      <strong className="font-bold">{t.sponsoredBy(sponsor)}</strong> {t.sponsoredNote}
    </p>
  );
}
