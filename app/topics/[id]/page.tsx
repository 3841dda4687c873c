import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/article-list';
import { getArticlesByTopic, getTopic, getTopics } from '@/lib/articles';
import { t } from '@/lib/messages';
import { paths } from '@/lib/paths';

interface Props {
  params: Promise<{ id: string }>;
}

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getTopics()).map((topic) => ({ id: topic.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = await getTopic((await params).id);
  if (!topic) return {};
  return { title: topic.name, description: topic.description, alternates: { canonical: paths.topic(topic.id) } };
}

export default async function TopicPage({ params }: Props) {
  const { id } = await params;
  const topic = await getTopic(id);
  if (!topic) notFound();
  const articles = await getArticlesByTopic(id);
  return (
    <div className="mx-auto max-w-3xl py-8">
      <p className="text-sm font-semibold uppercase tracking-wide text-red-800 dark:text-red-300">{t.topicLabel}</p>
      <h1 className="mt-1 font-serif text-3xl font-black tracking-tight sm:text-4xl">{topic.name}</h1>
      <p className="mt-3 text-lg text-zinc-700 dark:text-zinc-300">{topic.description}</p>
      <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{t.articleCount(articles.length)}</p>
      <ArticleList articles={articles} />
    </div>
  );
}
