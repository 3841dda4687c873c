import Link from 'next/link';
import { t } from '@/lib/messages';
import { paths } from '@/lib/paths';
import { site } from '@/lib/site';
import { ThemeToggle } from './theme-toggle';

const navLink =
  'rounded px-2 py-1 text-sm font-semibold text-zinc-700 hover:text-red-800 focus-visible:outline-2 focus-visible:outline-red-700 dark:text-zinc-300 dark:hover:text-red-300';

/** The masthead: wordmark and primary navigation. */
export function SiteHeader() {
  return (
    <header data-site-header className="border-b border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-950">
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-4 sm:px-6">
        <p className="flex items-baseline gap-2">
          <Link
            href={paths.home()}
            className="font-serif text-2xl font-black tracking-tight text-zinc-950 focus-visible:outline-2 focus-visible:outline-red-700 dark:text-white"
          >
            {site.name}
            <span aria-hidden="true" className="text-red-700 dark:text-red-400">.</span>
          </Link>
          <span className="hidden text-sm text-zinc-600 sm:inline dark:text-zinc-400">{site.tagline}</span>
        </p>
        <nav aria-label={t.primaryNav}>
          <ul className="flex items-center gap-2">
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
            <li>
              <ThemeToggle />
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
