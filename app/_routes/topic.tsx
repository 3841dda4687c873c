/** A topic cluster's page in an edition, and its older pages. */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { JsonLd } from '@/components/json-ld';
import { Listing } from '@/components/listing';
import { TopicHeading } from '@/components/topic-heading';
import type { ModelOf } from '@/lib/pages/site-pages';
import { plannedParams, routeModel } from '@/lib/pages/store';
import { edition } from '@/lib/edition/i18n';
import { publisher } from '@/lib/syndication/identity';
import type { Locale } from '@/lib/site/config';
import type { RawParamsOf } from '@/lib/site/routes';
import { pageAlternates, sameInEditions } from '@/lib/syndication/metadata';
import { breadcrumbList } from '@/lib/syndication/structured-data';

interface Props {
  params: Promise<RawParamsOf<'topic'>>;
}

export function topicRoute(locale: Locale) {
  const e = edition(locale);
  const { t, paths } = e;

  async function modelOf({ params }: Props): Promise<ModelOf<'topic'> | undefined> {
    const model = await routeModel('topic', locale, await params);
    return model?.kind === 'topic' ? model : undefined;
  }

  async function generateMetadata(props: Props): Promise<Metadata> {
    const model = await modelOf(props);
    if (!model) return {};
    const { topic, list } = model;
    const n = list.page;
    return {
      title: t.pageTitle(e.topicName(topic), n),
      description: e.topicDescription(topic),
      alternates: pageAlternates(locale, paths.topic(topic.id, n), { topic, ...(n === 1 ? { versions: sameInEditions(model.editions, (p) => p.topic(topic.id)) } : {}) }),
    };
  }

  async function TopicPage(props: Props) {
    const model = await modelOf(props);
    if (!model) notFound();
    const { topic, list, count } = model;
    const trail = [
      { name: publisher.name, path: paths.home() },
      { name: t.topics, path: paths.topics() },
      { name: e.topicName(topic), path: paths.topic(topic.id) },
    ];
    return (
      <>
        <JsonLd data={breadcrumbList(trail, publisher.origin)} />
        <Listing locale={locale} page={list} href={(n) => paths.topic(topic.id, n)} heading={<TopicHeading topic={topic} count={count} locale={locale} />} />
      </>
    );
  }

  return { generateStaticParams: () => plannedParams('topic', locale), generateMetadata, Page: TopicPage };
}
