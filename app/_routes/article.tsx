/** An article's page in its edition. */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleBody } from '@/components/article-body';
import { ArticleHeader } from '@/components/article-header';
import { BackstorySection } from '@/components/backstory-section';
import { BriefLinks } from '@/components/brief-links';
import { ChangeNotices } from '@/components/change-notices';
import { ContentProblems } from '@/components/content-problems';
import { HeroPhoto } from '@/components/hero-photo';
import { JsonLd } from '@/components/json-ld';
import { RelevanceNotice } from '@/components/relevance-notice';
import { ShareLinks } from '@/components/share-links';
import { SourcesList } from '@/components/sources-list';
import { SummaryBox } from '@/components/summary-box';
import { TableOfContents, TOC_MIN_SECTIONS } from '@/components/table-of-contents';
import { TagList } from '@/components/tag-list';
import { TranslationNotice } from '@/components/translation-notice';
import { UpdatesLog } from '@/components/updates-log';
import { WhyItMatters } from '@/components/why-it-matters';
import type { ModelOf } from '@/lib/pages/site-pages';
import { plannedParams, problemsAt, routeModel } from '@/lib/pages/store';
import { edition } from '@/lib/edition/i18n';
import { articleSharing, articleVersions, pageAlternates, searchRobots } from '@/lib/syndication/metadata';
import { publisher, shareImage } from '@/lib/syndication/identity';
import type { Locale } from '@/lib/site/config';
import type { RawParamsOf } from '@/lib/site/routes';
import { breadcrumbList, newsArticle } from '@/lib/syndication/structured-data';

interface Props {
  params: Promise<RawParamsOf<'article'>>;
}

export function articleRoute(locale: Locale) {
  const e = edition(locale);
  const { t, paths } = e;

  async function generateStaticParams() {
    return plannedParams('article', locale);
  }

  /** The page's model, or `undefined` for a URL with no article. */
  async function modelOf({ params }: Props): Promise<ModelOf<'article'> | undefined> {
    const model = await routeModel('article', locale, await params);
    return model?.kind === 'article' ? model : undefined;
  }

  async function generateMetadata(props: Props): Promise<Metadata> {
    const model = await modelOf(props);
    if (!model) return {};
    const { article, versions } = model;
    return {
      title: article.title,
      description: article.description,
      alternates: pageAlternates(locale, paths.article(article.slug), { versions: articleVersions(versions) }),
      authors: article.authors.map(({ name }) => ({ name })),
      keywords: [...article.tags],
      ...articleSharing(article, versions),
      robots: searchRobots,
    };
  }

  async function ArticlePage(props: Props) {
    const model = await modelOf(props);
    if (!model) {
      // `npm run dev`: a brief left out for its problems shows them at its address.
      const problems = await problemsAt(locale, (await props.params).slug);
      if (problems) return <ContentProblems {...problems} locale={locale} />;
      notFound();
    }
    const { article, moreInTopic, related, versions, originalAhead } = model;
    return (
      // data-pagefind-*: the brief is what site search indexes (lib/engine/search-index.ts); its title,
      // dek and topic are the result's metadata, read from the text of the marked elements.
      // Without a table of contents there is no side column: the brief is one centred column, as wide as the lists.
      <article
        data-pagefind-body=""
        className={`mx-auto grid gap-x-12 py-8 ${article.sections.length >= TOC_MIN_SECTIONS ? 'max-w-5xl lg:grid-cols-[minmax(0,1fr)_15rem]' : 'max-w-3xl'}`}
      >
        <JsonLd data={newsArticle(article, publisher, shareImage(article))} />
        <JsonLd
          data={breadcrumbList(
            [
              { name: publisher.name, path: paths.home() },
              { name: e.topicName(article.topic), path: paths.topic(article.topic.id) },
              { name: article.title, path: paths.article(article.slug) },
            ],
            publisher.origin,
          )}
        />
        <div className="flex min-w-0 flex-col gap-8">
          <ArticleHeader article={article} versions={versions} locale={locale} />
          <TranslationNotice ahead={originalAhead} locale={locale} />
          <ChangeNotices updates={article.updates} locale={locale} />
          {article.image ? <HeroPhoto image={article.image} /> : null}
          <RelevanceNotice article={article} locale={locale} />
          <SummaryBox summary={article.summary} locale={locale} />
          <WhyItMatters article={article} locale={locale} />
        </div>
        {article.sections.length >= TOC_MIN_SECTIONS ? (
          <div className="mt-8 lg:col-start-2 lg:row-span-2 lg:row-start-1 lg:mt-0">
            <div className="lg:sticky lg:top-6">
              <TableOfContents sections={article.sections} locale={locale} />
            </div>
          </div>
        ) : null}
        <div className="mt-8 flex min-w-0 flex-col gap-8 lg:col-start-1">
          <div lang={article.lang}>
            <ArticleBody html={article.html} />
          </div>
          <TagList tags={article.tags} locale={locale} />
          <UpdatesLog updates={article.updates} locale={locale} />
          <BackstorySection backstory={article.backstory} locale={locale} />
          <SourcesList sources={article.sources} locale={locale} />
          <div data-pagefind-ignore="" className="flex flex-col gap-8">
            <ShareLinks article={article} locale={locale} />
            <BriefLinks id="more-heading" heading={t.moreIn(e.topicName(article.topic))} articles={moreInTopic} locale={locale} />
            <BriefLinks id="related-heading" heading={t.related} articles={related} locale={locale} />
          </div>
        </div>
      </article>
    );
  }

  return { generateStaticParams, generateMetadata, Page: ArticlePage };
}
