import type { Source } from '@/lib/content/schema';
import { edition } from '@/lib/edition/i18n';
import type { Locale } from '@/lib/site/config';

/** The article's sources as a numbered list; nothing when there are none. */
export function SourcesList({ sources, locale }: { sources: readonly Source[]; locale: Locale }) {
  const { t } = edition(locale);
  if (sources.length === 0) return null;
  return (
    <section aria-labelledby="sources-heading" className="border-t border-zinc-200 pt-6 dark:border-zinc-800">
      <h2 id="sources-heading" data-pagefind-ignore="" className="text-lg font-bold text-zinc-950 dark:text-zinc-50">
        {t.sources}
      </h2>
      <ol className="mt-3 list-decimal space-y-2 pl-5 text-sm text-zinc-700 dark:text-zinc-300">
        {sources.map((source, index) => (
          <li key={`${index}-${source.url}`}>
            <a href={source.url} rel="noopener noreferrer" className="underline underline-offset-2 hover:text-red-800 dark:hover:text-red-300">
              {source.title}
            </a>
            {source.publisher ? <span> — {source.publisher}</span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
