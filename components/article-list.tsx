import type { ArticleSummary } from '@/lib/article';
import { t } from '@/lib/messages';
import { ArticleCard } from './article-card';

/** A list of briefs as cards, or a short note when there are none. */
export function ArticleList({ articles }: { articles: readonly ArticleSummary[] }) {
  if (articles.length === 0) return <p className="mt-6">{t.noArticles}</p>;
  return (
    <div className="mt-6">
      {articles.map((article) => (
        <ArticleCard key={article.slug} article={article} />
      ))}
    </div>
  );
}
