import { Link } from './link';
import { edition } from '@/lib/edition/i18n';
import { articlePath } from '@/lib/site/paths';
import type { Locale } from '@/lib/site/config';
import type { Translation } from '@/lib/pages/models';
import { TranslateIcon } from './icons';

/**
 * "Read in Türkçe" / "English sürümünü oku": links to the article's other language versions, in the
 * page's language, each version named in its own language (`lang`, `hreflang`). Nothing when there are none.
 */
export function LanguageVersions({ versions, locale }: { versions: readonly Translation[]; locale: Locale }) {
  const others = versions.filter((v) => v.locale !== locale);
  if (others.length === 0) return null;
  const [before, after] = edition(locale).t.readIn;
  return (
    <ul role="list" data-pagefind-ignore="" className="flex flex-wrap gap-2 print:hidden">
      {others.map((version) => {
        const other = edition(version.locale);
        return (
          <li key={version.locale}>
            <Link
              href={articlePath(version)}
              hrefLang={version.lang}
              data-language-version={version.locale}
              className="inline-flex min-h-11 items-center gap-1.5 rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-semibold text-zinc-800 hover:border-red-700 hover:text-red-800 focus-visible:outline-2 focus-visible:outline-red-700 dark:border-zinc-700 dark:text-zinc-200 dark:hover:text-red-300"
            >
              <TranslateIcon width={16} height={16} />
              <span>
                {before}
                <span lang={other.lang}>{other.name}</span>
                {after}
              </span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
