/** The root layout of an edition: each edition's `layout.tsx` is `editionLayout(locale)`, so `<html lang>` follows the edition. */
import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { Document } from '@/components/document';
import { edition } from '@/lib/edition/i18n';
import { feedLinks, searchRobots, siteSharing } from '@/lib/syndication/metadata';
import { site, type Locale } from '@/lib/site/config';
import { sitePart } from '@/lib/pages/store';

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#09090b' },
  ],
};

/** The metadata every page of an edition starts from. */
export function editionMetadata(locale: Locale): Metadata {
  const { t } = edition(locale);
  return {
    metadataBase: new URL(`${site.url}${site.basePath}/`),
    title: { default: `${site.name} — ${t.tagline}`, template: `%s — ${site.name}` },
    description: t.siteDescription,
    // Pages without their own `alternates` (the 404 page) still link the feeds.
    alternates: { types: feedLinks(locale) },
    ...siteSharing(locale),
    robots: searchRobots,
  };
}

export function editionLayout(locale: Locale) {
  return function EditionLayout({ children }: { children: ReactNode }) {
    // Not told which page it wraps: the edition's site part, which every page's model carries too.
    // Synchronous (lib/pages/store.ts `sitePart`): an awaiting layout makes a page's bytes vary.
    const { standards } = sitePart(locale);
    return (
      <Document locale={locale} standards={standards}>
        {children}
      </Document>
    );
  };
}
