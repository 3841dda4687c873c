import { Link } from './link';
import { allEditions, edition } from '@/lib/edition/i18n';
import { site, type Locale } from '@/lib/site/config';
import { ThemeToggle } from './theme-toggle';
import { SearchIcon } from './icons';

// 44 px tall and at least as wide: a thumb's target (WCAG 2.5.5). The box is transparent, so on a
// wide screen it only shows as the focus outline; on a phone the links sit edge to edge instead of gapped.
const navLink =
  'inline-flex min-h-11 min-w-11 items-center justify-center rounded px-1.5 text-sm font-semibold sm:px-2 text-zinc-700 hover:text-red-800 focus-visible:outline-2 focus-visible:outline-red-700 dark:text-zinc-300 dark:hover:text-red-300';

/**
 * The masthead: wordmark, primary navigation and a search field. The field is a plain GET form to
 * the search page, so it works without JavaScript; public/brief.js focuses it on "/". Small
 * screens get a "Search" link instead. The language switch leads to the other editions' home pages,
 * each named in its own language (and shown as its code on small screens).
 */
export function SiteHeader({ locale }: { locale: Locale }) {
  const { t, paths } = edition(locale);
  const others = allEditions().filter((e) => e.locale !== locale);
  return (
    <header data-site-header className="border-b border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-950">
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
        <p className="flex items-baseline gap-2">
          <Link
            href={paths.home()}
            className="inline-flex min-h-11 items-center font-serif text-2xl font-black tracking-tight text-zinc-950 focus-visible:outline-2 focus-visible:outline-red-700 dark:text-white"
          >
            {site.name}
            <span aria-hidden="true" className="text-red-700 dark:text-red-400">.</span>
          </Link>
          <span className="hidden text-sm text-zinc-600 lg:inline dark:text-zinc-400">{t.tagline}</span>
        </p>
        <div className="flex items-center gap-2 sm:gap-4">
          <nav aria-label={t.primaryNav}>
            <ul className="flex items-center sm:gap-1">
              <li>
                <Link href={paths.home()} className={navLink}>
                  {t.home}
                </Link>
              </li>
              <li>
                <Link href={paths.topics()} className={navLink}>
                  {t.topics}
                </Link>
              </li>
              <li className="sm:hidden">
                <Link href={paths.search()} className={navLink}>
                  {t.search}
                </Link>
              </li>
              {others.map((other) => (
                <li key={other.locale}>
                  <Link href={other.paths.home()} hrefLang={other.lang} lang={other.lang} data-edition-switch={other.locale} className={navLink}>
                    <span aria-hidden="true" className="uppercase sm:hidden">
                      {other.locale}
                    </span>
                    <span className="sr-only sm:not-sr-only">{other.name}</span>
                  </Link>
                </li>
              ))}
              <li>
                <ThemeToggle locale={locale} />
              </li>
            </ul>
          </nav>
          <form role="search" aria-label={t.searchLabel} action={`${site.basePath}${paths.search()}`} className="relative hidden sm:block">
            <label htmlFor="site-search" className="sr-only">
              {t.searchLabel}
            </label>
            <input
              id="site-search"
              type="search"
              name="q"
              placeholder={t.searchPlaceholder}
              aria-keyshortcuts="/"
              autoComplete="off"
              className="w-44 rounded-md border border-zinc-300 bg-white py-1.5 pl-3 pr-9 text-sm text-zinc-900 placeholder:text-zinc-500 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-red-700 md:w-56 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:placeholder:text-zinc-400"
            />
            <button
              type="submit"
              className="absolute inset-y-0 right-0 flex w-9 items-center justify-center rounded-r-md text-zinc-600 hover:text-red-800 focus-visible:outline-2 focus-visible:outline-red-700 dark:text-zinc-400 dark:hover:text-red-300"
            >
              <SearchIcon width={16} height={16} />
              <span className="sr-only">{t.searchButton}</span>
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
