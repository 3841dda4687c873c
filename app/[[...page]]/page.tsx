import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FeaturedBrief } from '@/components/featured-brief';
import { Listing } from '@/components/listing';
import { TopicSections } from '@/components/topic-sections';
import { getArticles, getTopicClusters } from '@/lib/articles';
import { t } from '@/lib/messages';
import { pageNumber, pageParams, paginate } from '@/lib/pagination';
import { pageAlternates } from '@/lib/metadata';
import { paths } from '@/lib/paths';

interface Props {
  params: Promise<{ page?: string[] }>;
}

export const dynamicParams = false;

export async function generateStaticParams() {
  return pageParams((await getArticles()).length);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const n = pageNumber((await params).page) ?? 1;
  return n === 1 ? { alternates: pageAlternates(paths.home()) } : { title: t.pageTitle(t.latest, n), alternates: pageAlternates(paths.home(n)) };
}

/** The home page (page 1: the newest brief featured, then the latest, then a section per topic) and its older pages. */
export default async function HomePage({ params }: Props) {
  const page = paginate(await getArticles(), pageNumber((await params).page) ?? 0);
  if (!page) notFound();
  const [featured, ...rest] = page.items;
  const first = page.page === 1 && featured !== undefined;
  return (
    <Listing
      page={first ? { ...page, items: rest } : page}
      href={paths.home}
      quietWhenEmpty={first}
      heading={
        <>
          <h1 className={first ? 'sr-only' : 'font-serif text-3xl font-black tracking-tight sm:text-4xl'}>{t.pageTitle(t.latest, page.page)}</h1>
          {first ? <FeaturedBrief article={featured} /> : null}
        </>
      }
    >
      {first ? <TopicSections clusters={await getTopicClusters()} /> : null}
    </Listing>
  );
}
