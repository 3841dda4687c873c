/**
 * An edition's authors (only with authors.yml): `/authors/` (those with briefs in the edition),
 * `/authors/<id>/` and `/authors/<id>/page/<n>/` (their briefs, newest first). One route like tags,
 * so a site without authors.yml plans no page of it and exports none.
 */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AuthorHeading } from '@/components/author-heading';
import { JsonLd } from '@/components/json-ld';
import { Picture } from '@/components/picture';
import { Link } from '@/components/link';
import { Listing } from '@/components/listing';
import type { ModelOf } from '@/lib/pages/site-pages';
import { plannedParams, routeModel } from '@/lib/pages/store';
import { edition } from '@/lib/edition/i18n';
import { publisher } from '@/lib/syndication/identity';
import { locales, site, type Locale } from '@/lib/site/config';
import type { RawParamsOf } from '@/lib/site/routes';
import { pageAlternates, sameInEditions } from '@/lib/syndication/metadata';
import { breadcrumbList, profilePage } from '@/lib/syndication/structured-data';

interface Props {
  params: Promise<RawParamsOf<'authors'>>;
}

export function authorsRoute(locale: Locale) {
  const e = edition(locale);
  const { t, paths } = e;

  async function modelOf({ params }: Props): Promise<ModelOf<'authors' | 'author'> | undefined> {
    const model = await routeModel('authors', locale, await params);
    return model?.kind === 'authors' || model?.kind === 'author' ? model : undefined;
  }

  async function generateMetadata(props: Props): Promise<Metadata> {
    const model = await modelOf(props);
    if (!model) return {};
    if (model.kind === 'authors') return { title: t.authors, alternates: pageAlternates(locale, paths.authors(), { versions: sameInEditions(model.editions, (p) => p.authors()) }) };
    const { author, list } = model;
    const n = list.page;
    return {
      title: t.pageTitle(e.authorName(author), n),
      description: e.authorBio(author),
      alternates: pageAlternates(locale, paths.author(author.id, n), { author, ...(n === 1 ? { versions: sameInEditions(model.editions, (p) => p.author(author.id)) } : {}) }),
    };
  }

  async function AuthorsPage(props: Props) {
    const model = await modelOf(props);
    if (!model) notFound();
    if (model.kind === 'authors') {
      return (
        <div className="mx-auto max-w-3xl py-8">
          <h1 className="font-serif text-3xl font-black tracking-tight sm:text-4xl">{t.authors}</h1>
          <ul className="mt-6">
            {model.authors.map(({ author, count }) => (
              <li key={author.id} className="flex items-center gap-4 border-t border-zinc-200 py-6 dark:border-zinc-800">
                {author.portrait ? (
                  // Decorative beside the name; lazy: an index of many authors loads the ones in view.
                  <div className="w-16 shrink-0">
                    <Picture image={author.portrait} alt="" size="avatar" className="aspect-square h-auto w-full rounded-full bg-zinc-100 object-cover dark:bg-zinc-800" />
                  </div>
                ) : null}
                <div className="min-w-0">
                  <h2 className="font-serif text-2xl font-bold">
                    <Link href={paths.author(author.id)} className="hover:underline">
                      {e.authorName(author)}
                    </Link>
                  </h2>
                  <p lang={e.hasAuthorRole(author) ? undefined : locales[site.defaultLocale].lang} className="mt-1 text-zinc-700 dark:text-zinc-300">
                    {e.authorRole(author)}
                  </p>
                  <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{t.articleCount(count)}</p>
                </div>
              </li>
            ))}
          </ul>
        </div>
      );
    }
    const { author, list, count } = model;
    const trail = [
      { name: publisher.name, path: paths.home() },
      { name: t.authors, path: paths.authors() },
      { name: e.authorName(author), path: paths.author(author.id) },
    ];
    return (
      <>
        <JsonLd data={breadcrumbList(trail, publisher.origin)} />
        {list.page === 1 ? <JsonLd data={profilePage(author, locale, publisher.origin)} /> : null}
        <Listing locale={locale} page={list} href={(n) => paths.author(author.id, n)} heading={<AuthorHeading author={author} count={count} locale={locale} />} />
      </>
    );
  }

  return { generateStaticParams: () => plannedParams('authors', locale), generateMetadata, Page: AuthorsPage };
}
