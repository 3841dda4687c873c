import type { ArticleSummary } from '@/lib/content/article';
import { edition } from '@/lib/edition/i18n';
import type { Locale } from '@/lib/site/config';
import { absoluteUrl, articlePath } from '@/lib/site/paths';

const linkClass =
  'rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-semibold text-zinc-800 hover:border-red-700 hover:text-red-800 focus-visible:outline-2 focus-visible:outline-red-700 dark:border-zinc-700 dark:text-zinc-200 dark:hover:text-red-300';

/** Copy-link button (a public/brief.js island) and plain share links: no third-party scripts. */
export function ShareLinks({ article, locale }: { article: ArticleSummary; locale: Locale }) {
  const { t } = edition(locale);
  const url = absoluteUrl(articlePath(article));
  const text = encodeURIComponent(article.title);
  const link = encodeURIComponent(url);
  const targets = [
    { name: t.shareEmail, href: `mailto:?subject=${text}&body=${link}` },
    { name: 'X (Twitter)', href: `https://x.com/intent/post?text=${text}&url=${link}` },
    { name: 'Bluesky', href: `https://bsky.app/intent/compose?text=${encodeURIComponent(`${article.title} ${url}`)}` },
    { name: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${link}` },
  ];
  return (
    <section aria-labelledby="share-heading" className="print:hidden">
      <h2 id="share-heading" className="text-sm font-bold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">
        {t.share}
      </h2>
      <ul role="list" className="mt-3 flex flex-wrap gap-2">
        <li>
          <button type="button" hidden suppressHydrationWarning data-copy-link={url} data-copied={t.linkCopied} className={linkClass}>
            {t.copyLink}
          </button>
        </li>
        {targets.map((target) => (
          <li key={target.name}>
            <a href={target.href} rel="noopener noreferrer" className={linkClass}>
              {target.name}
            </a>
          </li>
        ))}
      </ul>
      <p role="status" data-copy-status className="sr-only" />
    </section>
  );
}
