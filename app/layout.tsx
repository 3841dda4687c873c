import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { ContentRefresher } from '@/components/content-refresher';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { ThemeScript } from '@/components/theme-script';
import { feedLinks, siteSharing } from '@/lib/metadata';
import { t } from '@/lib/messages';
import { withBase } from '@/lib/paths';
import { site } from '@/lib/site';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(`${site.url}${site.basePath}/`),
  title: { default: `${site.name} — ${site.tagline}`, template: `%s — ${site.name}` },
  description: site.description,
  // Pages without their own `alternates` (the 404 page) still link the feeds.
  alternates: { types: feedLinks() },
  ...siteSharing,
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#09090b' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={site.lang} suppressHydrationWarning>
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
        <SiteHeader />
        <main id="main" className="mx-auto max-w-5xl px-4 sm:px-6">
          {children}
        </main>
        <SiteFooter />
        {/* The site's own scripts (theme switch, copy link; search and the "/" shortcut); post-export keeps them. */}
        <script src={withBase('/brief.js')} defer />
        {process.env.NODE_ENV === 'development' && process.env.BRIEF_CONTENT_EVENTS ? (
          <ContentRefresher url={process.env.BRIEF_CONTENT_EVENTS} />
        ) : null}
      </body>
    </html>
  );
}
