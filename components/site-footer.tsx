import { Link } from './link';
import { edition } from '@/lib/edition/i18n';
import { site, type Locale } from '@/lib/site/config';
import { feedPaths } from '@/lib/syndication/feeds';
import type { StandardsName } from '@/lib/content/pages';

// 44 px each way: a thumb's target (WCAG 2.5.5), as in the header.
const footerLink =
  'inline-flex min-h-11 min-w-11 items-center justify-center rounded font-medium text-zinc-700 underline-offset-4 hover:text-red-800 hover:underline focus-visible:outline-2 focus-visible:outline-red-700 dark:text-zinc-300 dark:hover:text-red-300';

/**
 * The page footer: the site's line, then links that every edition always has: its topics and tags
 * indexes, its corrections page (lib/site/routes.ts `corrections`: every build writes it) and its three feeds (the build writes them even for an edition with no brief yet). The
 * authors' index is left out: it exists only while authors.yml names someone with a brief, and a page
 * is re-rendered only when its own model changes, so a footer that depended on it would go stale.
 * The edition's standards pages (`standards`, the ones that exist) are linked too: that list is in
 * every page's model (lib/pages/models.ts `sitePartSchema`), so adding one re-renders every footer.
 */
export function SiteFooter({ locale, standards = [] }: { locale: Locale; standards?: readonly StandardsName[] }) {
  const { t, paths } = edition(locale);
  const feeds = feedPaths(locale);
  // About first, whenever the edition has any standards page: it is about.md, or, without one, the list of the others.
  const about: StandardsName[] = standards.length > 0 ? ['about', ...standards.filter((name) => name !== 'about')] : [];
  const links = [
    { href: paths.topics(), text: t.topics },
    { href: paths.tags(), text: t.allTags },
    { href: paths.corrections(), text: t.corrections },
    { href: feeds.rss, text: t.feedLink('RSS'), type: 'application/rss+xml' },
    { href: feeds.atom, text: t.feedLink('Atom'), type: 'application/atom+xml' },
    { href: feeds.json, text: t.feedLink('JSON'), type: 'application/feed+json' },
  ];
  return (
    <footer data-site-footer className="mt-16 border-t border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto flex max-w-5xl flex-col gap-3 px-4 py-6 text-sm text-zinc-600 sm:px-6 lg:flex-row lg:items-center lg:justify-between lg:gap-8 dark:text-zinc-400">
        <p>
          <span className="font-serif font-bold text-zinc-900 dark:text-zinc-100">{site.name}.</span> {t.footer}
        </p>
        {about.length > 0 ? (
          <nav aria-label={t.standardsNav}>
            <ul role="list" className="flex flex-wrap gap-x-5">
              {about.map((name) => (
                <li key={name}>
                  <Link href={paths.about(name)} className={footerLink}>
                    {t.standardsNames[name]}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <nav aria-label={t.footerNav}>
          <ul role="list" className="flex flex-wrap gap-x-5">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} type={link.type} className={footerLink}>
                  {link.text}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
