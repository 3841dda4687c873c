import type { ArticleSummary } from '@/lib/content/article';
import type { Translation } from '@/lib/pages/models';
import type { Locale } from '@/lib/site/config';
import { ArticleMeta } from './article-meta';
import { DraftBadge } from './draft-badge';
import { LanguageVersions } from './language-versions';
import { TopicChip } from './topic-chip';
import { KindLabel } from './kind-label';
import { SponsorDisclosure } from './sponsor-disclosure';

/**
 * A brief's header: topic chip (and draft badge, type-of-work label, a sponsor's disclosure), title, dek, byline and dates, links to its other
 * editions. The article page and the CMS's preview (lib/cms/preview) both render this one.
 * data-pagefind-meta: site search reads the result's title, dek and topic from these elements.
 */
export function ArticleHeader({ article, versions, locale }: { article: ArticleSummary; versions: readonly Translation[]; locale: Locale }) {
  return (
    <header lang={article.lang} className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center gap-2">
        <span data-pagefind-meta="topic">
          <TopicChip topic={article.topic} locale={locale} />
        </span>
        <KindLabel kind={article.kind} locale={locale} />
        {article.draft ? <DraftBadge locale={locale} /> : null}
      </div>
      {article.kind === 'sponsored' && article.sponsor !== undefined ? <SponsorDisclosure sponsor={article.sponsor} locale={locale} /> : null}
      <h1 data-pagefind-meta="title" className="font-serif text-3xl font-black leading-tight tracking-tight text-zinc-950 sm:text-5xl dark:text-white">
        {article.title}
      </h1>
      <p data-pagefind-meta="dek" className="text-lg leading-relaxed text-zinc-700 sm:text-xl dark:text-zinc-300">
        {article.description}
      </p>
      <ArticleMeta article={article} locale={locale} />
      <LanguageVersions versions={versions} locale={locale} />
    </header>
  );
}
