import type { Kind } from '@/lib/content/schema';
import { edition } from '@/lib/edition/i18n';
import type { Locale } from '@/lib/site/config';

/**
 * A brief's type of work (Explainer, News, Analysis, Opinion, Sponsored) beside its topic: a word, not a
 * colour, read by screen readers as "Type of work: Analysis". Sponsored content is set apart in amber too.
 * Not indexed by site search (data-pagefind-ignore): a label, not the brief's words.
 */
export function KindLabel({ kind, locale }: { kind: Kind; locale: Locale }) {
  const { t } = edition(locale);
  const look = kind === 'sponsored'
    ? 'border-amber-300 bg-amber-100 text-amber-950 dark:border-amber-800 dark:bg-amber-950/60 dark:text-amber-100'
    : 'border-zinc-300 bg-white text-zinc-800 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-200';
  return (
    <span data-kind={kind} data-pagefind-ignore="" className={`inline-flex items-center rounded-full border px-3 py-1 text-xs font-semibold uppercase tracking-wide ${look}`}>
      <span className="sr-only">{t.kindLabel}: </span>
      {t.kinds[kind]}
    </span>
  );
}
