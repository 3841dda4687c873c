/** An edition's standards pages: `/about/` (About, or the list of the others without an about.md) and `/about/<name>/`. */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { JsonLd } from '@/components/json-ld';
import { StandardsPage, standardsHeading } from '@/components/standards-page';
import type { ModelOf } from '@/lib/pages/site-pages';
import { plannedParams, routeModel } from '@/lib/pages/store';
import { edition } from '@/lib/edition/i18n';
import type { Locale } from '@/lib/site/config';
import type { RawParamsOf } from '@/lib/site/routes';
import { publisher } from '@/lib/syndication/identity';
import { pageAlternates, sameInEditions } from '@/lib/syndication/metadata';
import { newsMediaOrganization } from '@/lib/syndication/organization';

interface Props {
  params: Promise<RawParamsOf<'about'>>;
}

export function aboutRoute(locale: Locale) {
  const { paths } = edition(locale);

  async function modelOf({ params }: Props): Promise<ModelOf<'standards'> | undefined> {
    const model = await routeModel('about', locale, await params);
    return model?.kind === 'standards' ? model : undefined;
  }

  async function generateMetadata(props: Props): Promise<Metadata> {
    const model = await modelOf(props);
    if (!model) return {};
    const { title, description } = standardsHeading(model);
    return { title, description, alternates: pageAlternates(locale, paths.about(model.name), { versions: sameInEditions(model.editions, (p) => p.about(model.name)) }) };
  }

  async function AboutPage(props: Props) {
    const model = await modelOf(props);
    if (!model) notFound();
    return (
      <>
        <JsonLd data={newsMediaOrganization(publisher, locale, model.site.standards)} />
        <StandardsPage model={model} locale={locale} />
      </>
    );
  }

  return { generateStaticParams: () => plannedParams('about', locale), generateMetadata, Page: AboutPage };
}
