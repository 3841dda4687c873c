/** An edition's home page (page 1: the newest brief featured, then the latest, then a section per topic) and its older pages. */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FeaturedBrief } from '@/components/featured-brief';
import { Listing } from '@/components/listing';
import { ProblemsNotice } from '@/components/problems-notice';
import { TopicSections } from '@/components/topic-sections';
import type { ModelOf } from '@/lib/pages/site-pages';
import { contentProblems, plannedParams, routeModel } from '@/lib/pages/store';
import { edition } from '@/lib/edition/i18n';
import type { Locale } from '@/lib/site/config';
import type { RawParamsOf } from '@/lib/site/routes';
import { pageAlternates, sameInEditions } from '@/lib/syndication/metadata';
import { JsonLd } from '@/components/json-ld';
import { publisher } from '@/lib/syndication/identity';
import { newsMediaOrganization } from '@/lib/syndication/organization';

interface Props {
  params: Promise<RawParamsOf<'home'>>;
}

export function homeRoute(locale: Locale) {
  const { t, paths } = edition(locale);

  async function modelOf({ params }: Props): Promise<ModelOf<'home'> | undefined> {
    const model = await routeModel('home', locale, await params);
    return model?.kind === 'home' ? model : undefined;
  }

  async function generateMetadata(props: Props): Promise<Metadata> {
    const model = await modelOf(props);
    if (!model) return {};
    const n = model.list.page;
    return n === 1
      ? { alternates: pageAlternates(locale, paths.home(), { versions: sameInEditions(model.editions, (p) => p.home()) }) }
      : { title: t.pageTitle(t.latest, n), alternates: pageAlternates(locale, paths.home(n)) };
  }

  async function HomePage(props: Props) {
    const model = await modelOf(props);
    if (!model) notFound();
    const { list, featured, clusters } = model;
    const first = list.page === 1 && featured !== undefined;
    // `npm run dev`: briefs left out for their problems are listed first, linking to where they are shown.
    const problems = list.page === 1 ? await contentProblems() : undefined;
    return (
      <Listing
        locale={locale}
        page={list}
        href={paths.home}
        quietWhenEmpty={first}
        heading={
          <>
            {problems ? <ProblemsNotice problems={problems} locale={locale} /> : null}
            {/* The site's NewsMediaOrganization, with this edition's standards pages, on its first page. */}
            {list.page === 1 ? <JsonLd data={newsMediaOrganization(publisher, locale, model.site.standards)} /> : null}
            <h1 className={first ? 'sr-only' : 'font-serif text-3xl font-black tracking-tight sm:text-4xl'}>{t.pageTitle(t.latest, list.page)}</h1>
            {first ? <FeaturedBrief article={featured} locale={locale} /> : null}
          </>
        }
      >
        {first ? <TopicSections clusters={clusters} locale={locale} /> : null}
      </Listing>
    );
  }

  return { generateStaticParams: () => plannedParams('home', locale), generateMetadata, Page: HomePage };
}
