import type { Backstory } from '@/lib/content/schema';
import { edition } from '@/lib/edition/i18n';
import type { Locale } from '@/lib/site/config';

/**
 * "How we reported this": the parts of `backstory` the editor wrote, each labelled, as plain text; nothing without one.
 * Site search indexes the editor's words, not the heading and labels (a search for "reportedly" must not find every brief with one).
 */
export function BackstorySection({ backstory, locale }: { backstory: Backstory | undefined; locale: Locale }) {
  const { t } = edition(locale);
  if (!backstory) return null;
  const parts = [
    { label: t.backstoryMethods, text: backstory.methods },
    { label: t.backstoryContacted, text: backstory.contacted },
    { label: t.backstoryUnverified, text: backstory.unverified },
  ].flatMap(({ label, text }) => (text === undefined ? [] : [{ label, text }]));
  return (
    <section aria-labelledby="backstory-heading" className="border-t border-zinc-200 pt-6 dark:border-zinc-800">
      <h2 id="backstory-heading" data-pagefind-ignore="" className="text-lg font-bold text-zinc-950 dark:text-zinc-50">
        {t.backstoryHeading}
      </h2>
      <dl className="mt-3 space-y-3 text-sm text-zinc-700 dark:text-zinc-300">
        {parts.map(({ label, text }) => (
          <div key={label}>
            <dt data-pagefind-ignore="" className="font-semibold text-zinc-900 dark:text-zinc-100">{label}</dt>
            <dd className="mt-1 whitespace-pre-line">{text}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
