import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleBody } from '@/components/article-body';
import { ArticleMeta } from '@/components/article-meta';
import { DraftBadge } from '@/components/draft-badge';
import { SourcesList } from '@/components/sources-list';
import { SummaryBox } from '@/components/summary-box';
import { TableOfContents } from '@/components/table-of-contents';
import { TopicChip } from '@/components/topic-chip';
import { WhyItMatters } from '@/components/why-it-matters';
import { getArticle, getArticles } from '@/lib/articles';
import { paths } from '@/lib/paths';

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
    alternates: { canonical: paths.article(article.slug) },
    authors: article.authors.map((name) => ({ name })),
    keywords: [...article.tags],
  };
}

export default async function ArticlePage({ params }: Props) {
  const article = await getArticle((await params).slug);
  if (!article) notFound();
  return (
    // data-pagefind-*: the brief is what site search indexes (scripts/search-index.ts); its title,
    // dek and topic are the result's metadata, read from the text of the marked elements.
    <article lang={article.lang} data-pagefind-body="" className="mx-auto flex max-w-3xl flex-col gap-8 py-8">
      <header className="flex flex-col gap-4">
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
      <SummaryBox summary={article.summary} />
      <WhyItMatters article={article} />
      <TableOfContents sections={article.sections} />
      <ArticleBody html={article.html} />
      <SourcesList sources={article.sources} />
    </article>
  );
}
