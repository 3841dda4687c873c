/** An edition's corrections page: every correction and clarification of its briefs, newest first, each linking to its brief. */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CorrectionsList } from '@/components/corrections-list';
import type { ModelOf } from '@/lib/pages/site-pages';
import { routeModel } from '@/lib/pages/store';
import { edition } from '@/lib/edition/i18n';
import type { Locale } from '@/lib/site/config';
import { pageAlternates, sameInEditions } from '@/lib/syndication/metadata';

export function correctionsRoute(locale: Locale) {
  const { t, paths } = edition(locale);

  async function modelOf(): Promise<ModelOf<'corrections'> | undefined> {
    const model = await routeModel('corrections', locale, {});
    return model?.kind === 'corrections' ? model : undefined;
  }

  async function generateMetadata(): Promise<Metadata> {
    const model = await modelOf();
    return {
      title: t.corrections,
      description: t.correctionsIntro,
      alternates: pageAlternates(locale, paths.corrections(), { versions: sameInEditions(model?.editions ?? [], (p) => p.corrections()) }),
    };
  }

  async function CorrectionsPage() {
    const model = await modelOf();
    if (!model) notFound();
    return (
      <div className="mx-auto max-w-3xl py-8">
        <h1 className="font-serif text-3xl font-black tracking-tight sm:text-4xl">{t.corrections}</h1>
        <p className="mt-3 text-zinc-700 dark:text-zinc-300">{t.correctionsIntro}</p>
        <CorrectionsList entries={model.entries} locale={locale} />
      </div>
    );
  }

  return { generateMetadata, Page: CorrectionsPage };
}
