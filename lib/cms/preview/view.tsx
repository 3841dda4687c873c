/**
 * The CMS preview of a brief: the article page's own components, in the page's order (app/_routes/article.tsx),
 * in one column as the page shows them on a narrow screen (the preview is half the editor's window).
 */
import { ArticleBody } from '@/components/article-body';
import { BackstorySection } from '@/components/backstory-section';
import { ArticleHeader } from '@/components/article-header';
import { ChangeNotices } from '@/components/change-notices';
import { HeroPhoto } from '@/components/hero-photo';
import { RelevanceNotice } from '@/components/relevance-notice';
import { SourcesList } from '@/components/sources-list';
import { SummaryBox } from '@/components/summary-box';
import { TableOfContents, TOC_MIN_SECTIONS } from '@/components/table-of-contents';
import { TagList } from '@/components/tag-list';
import { UpdatesLog } from '@/components/updates-log';
import { WhyItMatters } from '@/components/why-it-matters';
import type { ArticleSummary } from '@/lib/content/article';
import type { Section } from '@/lib/content/schema';

/** The whole preview; `html` is the body through the site's Markdown pipeline (sanitised). */
export function BriefPreviewView({ article, html, sections, overBudget = [] }: { article: ArticleSummary; html: string; sections: readonly Section[]; overBudget?: readonly string[] }) {
  const { locale } = article;
  return (
    // Right padding: Decap's preview buttons float over the pane's top right corner.
    <article className="mx-auto flex max-w-3xl flex-col gap-8 py-8 pl-4 pr-14">
      <ArticleHeader article={article} versions={[]} locale={locale} />
      <ChangeNotices updates={article.updates} locale={locale} />
      {article.image ? <HeroPhoto image={article.image} /> : null}
      <RelevanceNotice article={article} locale={locale} />
      <SummaryBox summary={article.summary} locale={locale} />
      <WhyItMatters article={article} locale={locale} />
      {sections.length >= TOC_MIN_SECTIONS ? <TableOfContents sections={sections} locale={locale} /> : null}
      {overBudget.length > 0 ? (
        // Not rendered: the body is past the limits every brief has (the build refuses it the same way).
        <div role="alert" className="rounded border border-red-700 p-4 text-sm">
          <p className="font-semibold">The text is not shown: it is past the limits of a brief.</p>
          <ul className="mt-2 list-disc pl-5">
            {overBudget.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ) : (
        <div lang={article.lang}>
          <ArticleBody html={html} />
        </div>
      )}
      <TagList tags={article.tags} locale={locale} />
      <UpdatesLog updates={article.updates} locale={locale} />
      <BackstorySection backstory={article.backstory} locale={locale} />
      <SourcesList sources={article.sources} locale={locale} />
    </article>
  );
}
