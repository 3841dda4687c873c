import { ArticleBody } from './article-body';
import { FormattedDate } from './formatted-date';
import { Link } from './link';
import { edition } from '@/lib/edition/i18n';
import type { ModelOf } from '@/lib/pages/site-pages';
import type { Locale } from '@/lib/site/config';

/** A standards page's title and dek: its own, or About's when the edition has no about.md. */
export function standardsHeading(model: ModelOf<'standards'>): { title: string; description: string } {
  const { t } = edition(model.locale);
  return model.page ?? { title: t.aboutTitle, description: t.aboutDescription };
}

/**
 * A standards page (About, Ethics and standards, Corrections policy, Masthead, Contact): its title,
 * dek and last change, its text (through ArticleBody, the one HTML sink), and on About the edition's
 * other standards pages.
 */
export function StandardsPage({ model, locale }: { model: ModelOf<'standards'>; locale: Locale }) {
  const { t, paths } = edition(locale);
  const { title, description } = standardsHeading(model);
  const updated = model.page?.updated;
  return (
    <article className="mx-auto max-w-3xl py-8">
      <header className="border-b border-zinc-200 pb-6 dark:border-zinc-800">
        <h1 className="font-serif text-3xl font-black tracking-tight sm:text-4xl">{title}</h1>
        <p className="mt-3 text-lg text-zinc-700 dark:text-zinc-300">{description}</p>
        {updated ? (
          <p className="mt-3 text-sm text-zinc-600 dark:text-zinc-400">
            {t.lastUpdated}: <FormattedDate date={updated} locale={locale} />
          </p>
        ) : null}
      </header>
      {model.page ? (
        <div className="mt-8">
          <ArticleBody html={model.page.html} />
        </div>
      ) : null}
      {model.others.length > 0 ? (
        <section aria-labelledby="more-about" className="mt-10">
          <h2 id="more-about" className="font-serif text-2xl font-bold">
            {t.moreAbout}
          </h2>
          <ul className="mt-4">
            {model.others.map((other) => (
              <li key={other.name} className="border-t border-zinc-200 py-4 dark:border-zinc-800">
                <Link href={paths.about(other.name)} className="font-semibold text-red-800 underline-offset-4 hover:underline dark:text-red-300">
                  {other.title}
                </Link>
                <p className="mt-1 text-zinc-700 dark:text-zinc-300">{other.description}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
