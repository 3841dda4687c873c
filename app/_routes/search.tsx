import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { routeModel } from '@/lib/pages/store';
import { edition } from '@/lib/edition/i18n';
import { pageAlternates } from '@/lib/syndication/metadata';
import { site, type Locale } from '@/lib/site/config';
import { withBase } from '@/lib/site/paths';

/**
 * An edition's site search. The page is static: public/brief.js reads `?q=`, queries the Pagefind
 * index of the page's `<html lang>` (so each edition searches its own briefs) and fills the list from
 * the <template>. The form works without JavaScript (it reloads with `?q=`); the <noscript> note
 * says why no results appear then.
 */
export function searchRoute(locale: Locale) {
  const { t, paths } = edition(locale);
  const metadata: Metadata = { title: t.search, alternates: pageAlternates(locale, paths.search()), robots: { index: false } };
  async function SearchPage() {
    const model = await routeModel('search', locale, {});
    if (model?.kind !== 'search') notFound();
    const { shards } = model;
  return (
    <div className="mx-auto max-w-3xl py-8">
      <h1 id="search-heading" className="font-serif text-3xl font-black tracking-tight sm:text-4xl">
        {t.search}
      </h1>
      <form
        role="search"
        aria-labelledby="search-heading"
        action={`${site.basePath}${paths.search()}`}
        data-search=""
        data-base={site.basePath}
        data-index={withBase(`/pagefind/${locale}/`)}
        data-shards={shards}
        data-one={t.searchResultsOne}
        data-many={t.searchResultsMany}
        data-failed={t.searchFailed}
        className="mt-6 flex flex-col gap-2"
      >
        <label htmlFor="search-query" className="text-sm font-semibold text-zinc-700 dark:text-zinc-300">
          {t.searchLabel}
        </label>
        <div className="flex gap-2">
          <input
            id="search-query"
            type="search"
            name="q"
            placeholder={t.searchPlaceholder}
            autoComplete="off"
            className="min-w-0 flex-1 rounded-md border border-zinc-300 bg-white px-3 py-2 text-base text-zinc-900 placeholder:text-zinc-500 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-red-700 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:placeholder:text-zinc-400"
          />
          <button
            type="submit"
            className="rounded-md bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700 dark:bg-red-300 dark:text-zinc-950 dark:hover:bg-red-200"
          >
            {t.searchButton}
          </button>
        </div>
      </form>
      <noscript>
        <p className="mt-6 rounded-md border border-zinc-200 p-4 text-zinc-700 dark:border-zinc-800 dark:text-zinc-300">{t.searchNoScript}</p>
      </noscript>
      <p id="search-status" role="status" aria-live="polite" className="mt-6 text-sm text-zinc-600 dark:text-zinc-400" />
      <ol id="search-results" className="mt-2" />
      <template id="search-result">
        <li className="flex flex-col gap-2 border-t border-zinc-200 py-6 dark:border-zinc-800">
          <p className="text-xs font-semibold uppercase tracking-wide text-red-800 dark:text-red-200">
            <span className="sr-only">{t.topicLabel}: </span>
            <span data-slot="topic" />
          </p>
          <h2 className="font-serif text-2xl font-bold leading-tight text-zinc-950 dark:text-zinc-50">
            <a data-slot="title" className="hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700" />
          </h2>
          <p data-slot="dek" className="leading-relaxed text-zinc-700 dark:text-zinc-300" />
          <p
            data-slot="excerpt"
            className="text-sm leading-relaxed text-zinc-600 dark:text-zinc-400 [&_mark]:rounded-sm [&_mark]:bg-yellow-200 [&_mark]:px-0.5 [&_mark]:text-zinc-950"
          />
        </li>
      </template>
    </div>
  );
}
  return { metadata, Page: SearchPage };
}
