import type { Article } from '@/lib/content/article';
import { edition } from '@/lib/edition/i18n';
import type { Locale } from '@/lib/site/config';
import { SummaryIcon } from './icons';

/** The 3-point summary: a headed section with a numbered list. */
export function SummaryBox({ summary, locale }: { summary: Article['summary']; locale: Locale }) {
  const { t } = edition(locale);
  return (
    <section
      aria-labelledby="summary-heading"
      className="rounded-xl border border-zinc-200 bg-zinc-50 p-5 sm:p-6 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <h2 id="summary-heading" data-pagefind-ignore="" className="flex items-center gap-2 text-lg font-bold text-zinc-950 dark:text-zinc-50">
        <SummaryIcon className="text-red-700 dark:text-red-300" />
        {t.summaryHeading}
      </h2>
      <ol role="list" className="mt-4 space-y-4">
        {summary.map((point, index) => (
          <li key={index} className="flex gap-3">
            <span
              aria-hidden="true"
              data-pagefind-ignore=""
              className="flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-red-700 text-sm font-bold text-white dark:bg-red-300 dark:text-zinc-950"
            >
              {index + 1}
            </span>
            <p className="leading-relaxed text-zinc-800 dark:text-zinc-200">{point}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
