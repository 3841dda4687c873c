/** A topic cluster's page in an edition, and its older pages. */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { JsonLd } from '@/components/json-ld';
import { Listing } from '@/components/listing';
import { TopicHeading } from '@/components/topic-heading';
import { getArticlesByTopic, getEditionsWithBriefs, getTopic, getTopics } from '@/lib/pages/queries';
import { edition } from '@/lib/site/i18n';
import { pageAlternates, sameInEditions } from '@/lib/syndication/metadata';
import { pageNumber, pageParams, paginate } from '@/lib/pages/pagination';
import { publisher } from '@/lib/site/identity';
import type { Locale } from '@/lib/site/config';
import { breadcrumbList } from '@/lib/syndication/structured-data';

interface Props {
  params: Promise<{ id: string; page?: string[] }>;
}

export function topicRoute(locale: Locale) {
  const e = edition(locale);
  const { t, paths } = e;

  async function generateStaticParams() {
    const topics = await getTopics();
    const perTopic = await Promise.all(
      topics.map(async (topic) => pageParams((await getArticlesByTopic(topic.id, locale)).length).map(({ page }) => ({ id: topic.id, page }))),
    );
    return perTopic.flat();
  }

  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const { id, page } = await params;
    const topic = await getTopic(id);
    const n = pageNumber(page) ?? 1;
    if (!topic) return {};
    return {
      title: t.pageTitle(e.topicName(topic), n),
      description: e.topicDescription(topic),
      alternates: pageAlternates(locale, paths.topic(id, n), { topic, ...(n === 1 ? { versions: sameInEditions(await getEditionsWithBriefs(id), (p) => p.topic(id)) } : {}) }),
    };
  }

  async function TopicPage({ params }: Props) {
    const { id, page: segments } = await params;
    const topic = await getTopic(id);
    const articles = await getArticlesByTopic(id, locale);
    const page = paginate(articles, pageNumber(segments) ?? 0);
    if (!topic || !page) notFound();
    const trail = [
      { name: publisher.name, path: paths.home() },
      { name: t.topics, path: paths.topics() },
      { name: e.topicName(topic), path: paths.topic(id) },
    ];
    return (
      <>
        <JsonLd data={breadcrumbList(trail, publisher.origin)} />
        <Listing
          locale={locale}
          page={page}
          href={(n) => paths.topic(id, n)}
          heading={<TopicHeading topic={topic} count={articles.length} locale={locale} />}
        />
      </>
    );
  }

  return { generateStaticParams, generateMetadata, Page: TopicPage };
}
