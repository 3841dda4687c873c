import type { ReactNode } from 'react';
import type { ListPage } from '@/lib/pages/models';
import type { Locale } from '@/lib/site/config';
import { ArticleList } from './article-list';
import { PaginationNav } from './pagination-nav';

/** A page of a list of briefs: its heading block, the cards, and links to the other pages. */
export function Listing({
  heading,
  locale,
  page,
  href,
  children,
  quietWhenEmpty = false,
}: {
  heading: ReactNode;
  locale: Locale;
  page: ListPage;
  href: (page: number) => string;
  /** Shown after the list and its page links (the home page's topic sections). */
  children?: ReactNode;
  /** The home page's first page may hold only its featured brief. */
  quietWhenEmpty?: boolean;
}) {
  return (
    <div className="mx-auto max-w-3xl py-8">
      {heading}
      <ArticleList articles={page.items} locale={locale} quietWhenEmpty={quietWhenEmpty} />
      <PaginationNav page={page.page} pageCount={page.pageCount} href={href} locale={locale} />
      {children}
    </div>
  );
}
