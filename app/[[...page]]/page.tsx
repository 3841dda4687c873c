import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Listing } from '@/components/listing';
import { getArticles } from '@/lib/articles';
import { t } from '@/lib/messages';
import { pageNumber, pageParams, paginate } from '@/lib/pagination';
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
  return n === 1 ? { alternates: { canonical: paths.home() } } : { title: t.pageTitle(t.latest, n), alternates: { canonical: paths.home(n) } };
}

export default async function HomePage({ params }: Props) {
  const page = paginate(await getArticles(), pageNumber((await params).page) ?? 0);
  if (!page) notFound();
  return (
    <Listing
      page={page}
      href={paths.home}
      heading={<h1 className="font-serif text-3xl font-black tracking-tight sm:text-4xl">{t.pageTitle(t.latest, page.page)}</h1>}
    />
  );
}
