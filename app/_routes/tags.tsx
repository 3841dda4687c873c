/** An edition's tags: `/tags/` (every tag), `/tags/<tag>/` and `/tags/<tag>/page/<n>/`, in one route so it is never empty. */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Link } from '@/components/link';
import { Listing } from '@/components/listing';
import type { ModelOf } from '@/lib/pages/site-pages';
import { plannedParams, routeModel } from '@/lib/pages/store';
import { edition } from '@/lib/edition/i18n';
import type { Locale } from '@/lib/site/config';
import type { RawParamsOf } from '@/lib/site/routes';
import { pageAlternates, sameInEditions } from '@/lib/syndication/metadata';

interface Props {
  params: Promise<RawParamsOf<'tags'>>;
}

export function tagsRoute(locale: Locale) {
  const { t, paths } = edition(locale);

  async function modelOf({ params }: Props): Promise<ModelOf<'tags' | 'tag'> | undefined> {
    const model = await routeModel('tags', locale, await params);
    return model?.kind === 'tags' || model?.kind === 'tag' ? model : undefined;
  }

  async function generateMetadata(props: Props): Promise<Metadata> {
    const model = await modelOf(props);
    if (!model) return {};
    if (model.kind === 'tags') return { title: t.allTags, alternates: pageAlternates(locale, paths.tags(), { versions: sameInEditions(model.editions, (p) => p.tags()) }) };
    const n = model.list.page;
    return { title: t.pageTitle(t.tagTitle(model.tag), n), alternates: pageAlternates(locale, paths.tag(model.tag, n)) };
  }

  async function TagsPage(props: Props) {
    const model = await modelOf(props);
    if (!model) notFound();
    if (model.kind === 'tags') {
      return (
        <div className="mx-auto max-w-3xl py-8">
          <h1 className="font-serif text-3xl font-black tracking-tight sm:text-4xl">{t.allTags}</h1>
          {model.tags.length === 0 ? <p className="mt-6">{t.noArticles}</p> : null}
          <ul role="list" className="mt-6 flex flex-wrap gap-2">
            {model.tags.map(({ tag, count }) => (
              <li key={tag}>
                <Link href={paths.tag(tag)} className="rounded-full bg-zinc-100 px-3 py-1 text-sm text-zinc-800 hover:bg-zinc-200 dark:bg-zinc-800 dark:text-zinc-200">
                  #{tag} <span className="text-zinc-600 dark:text-zinc-400">({count})</span>
                </Link>
              </li>
            ))}
          </ul>
        </div>
      );
    }
    const { tag, list } = model;
    return (
      <Listing
        locale={locale}
        page={list}
        href={(n) => paths.tag(tag, n)}
        heading={<h1 className="font-serif text-3xl font-black tracking-tight sm:text-4xl">{t.pageTitle(t.tagTitle(tag), list.page)}</h1>}
      />
    );
  }

  return { generateStaticParams: () => plannedParams('tags', locale), generateMetadata, Page: TagsPage };
}
