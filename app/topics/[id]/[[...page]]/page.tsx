import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { JsonLd } from '@/components/json-ld';
import { Listing } from '@/components/listing';
import { TopicHeading } from '@/components/topic-heading';
import { getArticlesByTopic, getTopic, getTopics } from '@/lib/articles';
import { t } from '@/lib/messages';
import { pageNumber, pageParams, paginate } from '@/lib/pagination';
import { pageAlternates } from '@/lib/metadata';
import { paths } from '@/lib/paths';
import { publisher } from '@/lib/site-identity';
import { breadcrumbList } from '@/lib/structured-data';

interface Props {
  params: Promise<{ id: string; page?: string[] }>;
}

export const dynamicParams = false;

export async function generateStaticParams() {
  const topics = await getTopics();
  const perTopic = await Promise.all(
    topics.map(async (topic) => pageParams((await getArticlesByTopic(topic.id)).length).map(({ page }) => ({ id: topic.id, page }))),
  );
  return perTopic.flat();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, page } = await params;
  const topic = await getTopic(id);
  const n = pageNumber(page) ?? 1;
  if (!topic) return {};
  return { title: t.pageTitle(topic.name, n), description: topic.description, alternates: pageAlternates(paths.topic(id, n), topic) };
}

export default async function TopicPage({ params }: Props) {
  const { id, page: segments } = await params;
  const topic = await getTopic(id);
  const articles = await getArticlesByTopic(id);
  const page = paginate(articles, pageNumber(segments) ?? 0);
  if (!topic || !page) notFound();
  const trail = [
    { name: publisher.name, path: paths.home() },
    { name: t.topics, path: paths.topics() },
    { name: topic.name, path: paths.topic(id) },
  ];
  return (
    <>
      <JsonLd data={breadcrumbList(trail, publisher.origin)} />
      <Listing page={page} href={(n) => paths.topic(id, n)} heading={<TopicHeading topic={topic} count={articles.length} />} />
    </>
  );
}
