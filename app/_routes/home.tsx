/** An edition's home page (page 1: the newest brief featured, then the latest, then a section per topic) and its older pages. */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FeaturedBrief } from '@/components/featured-brief';
import { Listing } from '@/components/listing';
import { TopicSections } from '@/components/topic-sections';
import { getArticles, getEditionsWithBriefs, getTopicClusters } from '@/lib/pages/queries';
import { edition } from '@/lib/site/i18n';
import { pageAlternates, sameInEditions } from '@/lib/syndication/metadata';
import { pageNumber, pageParams, paginate } from '@/lib/pages/pagination';
import type { Locale } from '@/lib/site/config';

interface Props {
  params: Promise<{ page?: string[] }>;
}

export function homeRoute(locale: Locale) {
  const { t, paths } = edition(locale);

  async function generateStaticParams() {
    return pageParams((await getArticles(locale)).length);
  }

  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const n = pageNumber((await params).page) ?? 1;
    return n === 1
      ? { alternates: pageAlternates(locale, paths.home(), { versions: sameInEditions(await getEditionsWithBriefs(), (p) => p.home()) }) }
      : { title: t.pageTitle(t.latest, n), alternates: pageAlternates(locale, paths.home(n)) };
  }

  async function HomePage({ params }: Props) {
    const page = paginate(await getArticles(locale), pageNumber((await params).page) ?? 0);
    if (!page) notFound();
    const [featured, ...rest] = page.items;
    const first = page.page === 1 && featured !== undefined;
    return (
      <Listing
        locale={locale}
        page={first ? { ...page, items: rest } : page}
        href={paths.home}
        quietWhenEmpty={first}
        heading={
          <>
            <h1 className={first ? 'sr-only' : 'font-serif text-3xl font-black tracking-tight sm:text-4xl'}>{t.pageTitle(t.latest, page.page)}</h1>
            {first ? <FeaturedBrief article={featured} locale={locale} /> : null}
          </>
        }
      >
        {first ? <TopicSections clusters={await getTopicClusters(locale)} locale={locale} /> : null}
      </Listing>
    );
  }

  return { generateStaticParams, generateMetadata, Page: HomePage };
}
