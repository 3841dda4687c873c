import { ArticleCard } from '@/components/article-card';
import { getArticles } from '@/lib/articles';
import { t } from '@/lib/messages';

export default async function HomePage() {
  const articles = await getArticles();
  return (
    <div className="mx-auto max-w-3xl py-8">
      <h1 className="font-serif text-3xl font-black tracking-tight sm:text-4xl">{t.latest}</h1>
      {articles.length === 0 ? <p className="mt-6">{t.noArticles}</p> : null}
      <div className="mt-6">
        {articles.map((article) => (
          <ArticleCard key={article.slug} article={article} />
        ))}
      </div>
    </div>
  );
}
