import type { ArticleSummary } from '@/lib/article';
import { t } from '@/lib/messages';
import { ArticleCard } from './article-card';

/** A list of briefs as cards, or (unless `quietWhenEmpty`) a short note when there are none. */
export function ArticleList({ articles, quietWhenEmpty = false }: { articles: readonly ArticleSummary[]; quietWhenEmpty?: boolean }) {
  if (articles.length === 0) return quietWhenEmpty ? null : <p className="mt-6">{t.noArticles}</p>;
  return (
    <div className="mt-6">
      {articles.map((article) => (
        <ArticleCard key={article.slug} article={article} />
      ))}
    </div>
  );
}
