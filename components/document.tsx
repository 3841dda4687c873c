import type { ReactNode } from 'react';
import { edition } from '@/lib/edition/i18n';
import { withBase } from '@/lib/site/paths';
import { scriptPath } from '@/lib/site/assets';
import type { Locale } from '@/lib/site/config';
import type { StandardsName } from '@/lib/content/pages';
import { ContentRefresher } from './content-refresher';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { ThemeScript } from './theme-script';
// The site's one stylesheet (Tailwind), here so every document has it: both editions' layouts and the global 404.
import '@/app/globals.css';

/**
 * The whole HTML document of a page in one edition: `<html lang>` is the edition's, so screen
 * readers, hyphenation, `text-transform` (Turkish İ/ı) and search all read the right language.
 * Each edition's root layout renders it; so does the site-wide 404. `standards`: the edition's
 * standards pages, for the footer (lib/pages/store.ts `sitePart`).
 */
export function Document({ locale, standards = [], children }: { locale: Locale; standards?: readonly StandardsName[]; children: ReactNode }) {
  const { t, lang } = edition(locale);
  return (
    <html lang={lang} suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="min-h-screen bg-white font-sans text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">
        <a
          href="#main"
          data-skip-link
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-zinc-950 focus:shadow-lg"
        >
          {t.skipToContent}
        </a>
        <SiteHeader locale={locale} />
        <main id="main" className="mx-auto max-w-5xl px-4 [overflow-wrap:anywhere] sm:px-6">
          {children}
        </main>
        <SiteFooter locale={locale} standards={standards} />
        {/* The site's own scripts (theme switch, copy link; search and the "/" shortcut), under a content-hashed name; post-export keeps them. */}
        <script src={withBase(scriptPath())} defer />
        {process.env.NODE_ENV === 'development' && process.env.BRIEF_CONTENT_EVENTS ? (
          <ContentRefresher url={process.env.BRIEF_CONTENT_EVENTS} />
        ) : null}
      </body>
    </html>
  );
}
