import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleBody } from '@/components/article-body';
import { ArticleMeta } from '@/components/article-meta';
import { JsonLd } from '@/components/json-ld';
import { BriefLinks } from '@/components/brief-links';
import { DraftBadge } from '@/components/draft-badge';
import { RelevanceNotice } from '@/components/relevance-notice';
import { ShareLinks } from '@/components/share-links';
import { SourcesList } from '@/components/sources-list';
import { SummaryBox } from '@/components/summary-box';
import { TableOfContents, TOC_MIN_SECTIONS } from '@/components/table-of-contents';
import { TagList } from '@/components/tag-list';
import { TopicChip } from '@/components/topic-chip';
import { UpdatesLog } from '@/components/updates-log';
import { WhyItMatters } from '@/components/why-it-matters';
import { getArticle, getArticles, getMoreInTopic, getRelated } from '@/lib/articles';
import { t } from '@/lib/messages';
import { articleSharing, pageAlternates } from '@/lib/metadata';
import { paths } from '@/lib/paths';
import { publisher, shareImage } from '@/lib/site-identity';
import { breadcrumbList, newsArticle } from '@/lib/structured-data';

interface Props {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getArticles()).map((article) => ({ slug: article.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getArticle((await params).slug);
  if (!article) return {};
  return {
    title: article.title,
    description: article.description,
    alternates: pageAlternates(paths.article(article.slug)),
    authors: article.authors.map((name) => ({ name })),
    keywords: [...article.tags],
    ...articleSharing(article),
  };
}

export default async function ArticlePage({ params }: Props) {
  const article = await getArticle((await params).slug);
  if (!article) notFound();
  const [moreInTopic, related] = await Promise.all([getMoreInTopic(article.topic.id, article.slug), getRelated(article.slug)]);
  const relatedOnly = related.filter((r) => !moreInTopic.some((m) => m.slug === r.slug));
  return (
    // data-pagefind-*: the brief is what site search indexes (scripts/search-index.ts); its title,
    // dek and topic are the result's metadata, read from the text of the marked elements.
    <article data-pagefind-body="" className="mx-auto grid max-w-5xl gap-x-12 py-8 lg:grid-cols-[minmax(0,1fr)_15rem]">
      <JsonLd data={newsArticle(article, publisher, shareImage(article))} />
      <JsonLd
        data={breadcrumbList(
          [
            { name: publisher.name, path: paths.home() },
            { name: article.topic.name, path: paths.topic(article.topic.id) },
            { name: article.title, path: paths.article(article.slug) },
          ],
          publisher.origin,
        )}
      />
      <div className="flex min-w-0 flex-col gap-8">
        <header lang={article.lang} className="flex flex-col gap-4">
          <div className="flex flex-wrap items-center gap-2">
            <span data-pagefind-meta="topic">
              <TopicChip topic={article.topic} />
            </span>
            {article.draft ? <DraftBadge /> : null}
          </div>
          <h1 data-pagefind-meta="title" className="font-serif text-3xl font-black leading-tight tracking-tight text-zinc-950 sm:text-5xl dark:text-white">
            {article.title}
          </h1>
          <p data-pagefind-meta="dek" className="text-lg leading-relaxed text-zinc-700 sm:text-xl dark:text-zinc-300">
            {article.description}
          </p>
          <ArticleMeta article={article} />
        </header>
        <RelevanceNotice article={article} />
        <SummaryBox summary={article.summary} />
        <WhyItMatters article={article} />
      </div>
      {article.sections.length >= TOC_MIN_SECTIONS ? (
        <div className="mt-8 lg:col-start-2 lg:row-span-2 lg:row-start-1 lg:mt-0">
          <div className="lg:sticky lg:top-6">
            <TableOfContents sections={article.sections} />
          </div>
        </div>
      ) : null}
      <div className="mt-8 flex min-w-0 flex-col gap-8 lg:col-start-1">
        <div lang={article.lang}>
          <ArticleBody html={article.html} />
        </div>
        <TagList tags={article.tags} />
        <UpdatesLog updates={article.updates} />
        <SourcesList sources={article.sources} />
        <div data-pagefind-ignore="" className="flex flex-col gap-8">
          <ShareLinks article={article} />
          <BriefLinks id="more-heading" heading={t.moreIn(article.topic.name)} articles={moreInTopic} />
          <BriefLinks id="related-heading" heading={t.related} articles={relatedOnly} />
        </div>
      </div>
    </article>
  );
}
