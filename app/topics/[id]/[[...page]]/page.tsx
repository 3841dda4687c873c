import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Listing } from '@/components/listing';
import { TopicHeading } from '@/components/topic-heading';
import { getArticlesByTopic, getTopic, getTopics } from '@/lib/articles';
import { t } from '@/lib/messages';
import { pageNumber, pageParams, paginate } from '@/lib/pagination';
import { paths } from '@/lib/paths';

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
  return { title: t.pageTitle(topic.name, n), description: topic.description, alternates: { canonical: paths.topic(id, n) } };
}

export default async function TopicPage({ params }: Props) {
  const { id, page: segments } = await params;
  const topic = await getTopic(id);
  const articles = await getArticlesByTopic(id);
  const page = paginate(articles, pageNumber(segments) ?? 0);
  if (!topic || !page) notFound();
  return <Listing page={page} href={(n) => paths.topic(id, n)} heading={<TopicHeading topic={topic} count={articles.length} />} />;
}
