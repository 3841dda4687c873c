import { ArticleList } from '@/components/article-list';
import { getArticles } from '@/lib/articles';
import { t } from '@/lib/messages';

export default async function HomePage() {
  const articles = await getArticles();
  return (
    <div className="mx-auto max-w-3xl py-8">
      <h1 className="font-serif text-3xl font-black tracking-tight sm:text-4xl">{t.latest}</h1>
      <ArticleList articles={articles} />
    </div>
  );
}
