/**
 * The site-wide 404 (`out/404.html`), for any URL no route matches. With a root layout per edition
 * there is no single layout to wrap it, so it renders the default edition's document itself.
 * Each other edition has its own (`app/tr/404` → `out/tr/404.html`).
 */
import type { Metadata } from 'next';
import { NotFoundBody } from '@/app/_routes/not-found';
import { editionMetadata } from '@/app/_routes/layout';
import { Document } from '@/components/document';
import { edition } from '@/lib/edition/i18n';
import { site } from '@/lib/site/config';
import { sitePart } from '@/lib/pages/store';

export const metadata: Metadata = {
  ...editionMetadata(site.defaultLocale),
  // No layout applies the title template here.
  title: `${edition(site.defaultLocale).t.notFoundTitle} — ${site.name}`,
  robots: { index: false },
};

export default function GlobalNotFound() {
  const { standards } = sitePart(site.defaultLocale);
  return (
    <Document locale={site.defaultLocale} standards={standards}>
      <NotFoundBody locale={site.defaultLocale} />
    </Document>
  );
}
