import type { Section } from '@/lib/content/markdown';
import { edition } from '@/lib/edition/i18n';
import type { Locale } from '@/lib/site/config';

/** Fewer sections than this need no table of contents. */
export const TOC_MIN_SECTIONS = 3;

/** Links to the body's sections; nothing for fewer than `TOC_MIN_SECTIONS`. Left out of the search index: it repeats the headings. */
export function TableOfContents({ sections, locale }: { sections: readonly Section[]; locale: Locale }) {
  const { t } = edition(locale);
  if (sections.length < TOC_MIN_SECTIONS) return null;
  return (
    <nav aria-labelledby="toc-heading" data-pagefind-ignore="" className="border-y border-zinc-200 py-5 print:hidden dark:border-zinc-800">
      <h2 id="toc-heading" className="text-sm font-bold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">
        {t.contents}
      </h2>
      <ol className="mt-3 list-decimal space-y-1.5 pl-5 marker:text-zinc-500">
        {sections.map((section) => (
          <li key={section.id}>
            <a
              href={`#${section.id}`}
              className="text-zinc-800 underline decoration-zinc-300 underline-offset-2 hover:decoration-red-700 dark:text-zinc-200 dark:decoration-zinc-600"
            >
              {section.title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
