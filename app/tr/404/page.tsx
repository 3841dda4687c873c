import type { Metadata } from 'next';
import { NotFoundBody } from '@/app/_routes/not-found';
import { edition } from '@/lib/edition/i18n';

/** The Turkish edition's 404 page: exported as `tr/404/index.html`, moved to `tr/404.html` by post-export for hosts to serve under `/tr/`. */
export const metadata: Metadata = { title: edition('tr').t.notFoundTitle, robots: { index: false } };

export default function NotFoundPage() {
  return <NotFoundBody locale="tr" />;
}
