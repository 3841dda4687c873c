/** An edition's tags: `/tags/` (every tag), `/tags/<tag>/` and `/tags/<tag>/page/<n>/`, in one route so it is never empty. */
import type { Metadata } from 'next';
import { Link } from '@/components/link';
import { notFound } from 'next/navigation';
import { Listing } from '@/components/listing';
import { getEditionsWithBriefs, getTags } from '@/lib/pages/queries';
import { edition } from '@/lib/site/i18n';
import { pageAlternates, sameInEditions } from '@/lib/syndication/metadata';
import { pageNumber, pageParams, paginate } from '@/lib/pages/pagination';
import type { Locale } from '@/lib/site/config';

interface Props {
  params: Promise<{ path?: string[] }>;
}

export function tagsRoute(locale: Locale) {
  const { t, paths } = edition(locale);

  async function generateStaticParams() {
    const tags = await getTags(locale);
    return [{ path: [] }, ...[...tags].flatMap(([tag, list]) => pageParams(list.length).map(({ page }) => ({ path: [tag, ...page] })))];
  }

  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const [tag, ...rest] = (await params).path ?? [];
    if (!tag) return { title: t.allTags, alternates: pageAlternates(locale, paths.tags(), { versions: sameInEditions(await getEditionsWithBriefs(), (p) => p.tags()) }) };
    const n = pageNumber(rest) ?? 1;
    return { title: t.pageTitle(t.tagTitle(tag), n), alternates: pageAlternates(locale, paths.tag(tag, n)) };
  }

  async function TagsPage({ params }: Props) {
    const [tag, ...rest] = (await params).path ?? [];
    const tags = await getTags(locale);
    if (!tag) {
      return (
        <div className="mx-auto max-w-3xl py-8">
          <h1 className="font-serif text-3xl font-black tracking-tight sm:text-4xl">{t.allTags}</h1>
          {tags.size === 0 ? <p className="mt-6">{t.noArticles}</p> : null}
          <ul role="list" className="mt-6 flex flex-wrap gap-2">
            {[...tags].map(([name, list]) => (
              <li key={name}>
                <Link href={paths.tag(name)} className="rounded-full bg-zinc-100 px-3 py-1 text-sm text-zinc-800 hover:bg-zinc-200 dark:bg-zinc-800 dark:text-zinc-200">
                  #{name} <span className="text-zinc-600 dark:text-zinc-400">({list.length})</span>
                </Link>
              </li>
            ))}
          </ul>
        </div>
      );
    }
    const page = paginate(tags.get(tag) ?? [], pageNumber(rest) ?? 0);
    if (!page || !tags.has(tag)) notFound();
    return (
      <Listing
        locale={locale}
        page={page}
        href={(n) => paths.tag(tag, n)}
        heading={<h1 className="font-serif text-3xl font-black tracking-tight sm:text-4xl">{t.pageTitle(t.tagTitle(tag), page.page)}</h1>}
      />
    );
  }

  return { generateStaticParams, generateMetadata, Page: TagsPage };
}
