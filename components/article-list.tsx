import type { Card } from '@/lib/pages/models';
import { edition } from '@/lib/edition/i18n';
import type { Locale } from '@/lib/site/config';
import { ArticleCard } from './article-card';

/** A list of briefs as cards, or (unless `quietWhenEmpty`) a short note when there are none. */
export function ArticleList({ articles, locale, quietWhenEmpty = false }: { articles: readonly Card[]; locale: Locale; quietWhenEmpty?: boolean }) {
  const { t } = edition(locale);
  if (articles.length === 0) return quietWhenEmpty ? null : <p className="mt-6">{t.noArticles}</p>;
  return (
    <div className="mt-6">
      {articles.map((article) => (
        <ArticleCard key={article.slug} article={article} locale={locale} />
      ))}
    </div>
  );
}
