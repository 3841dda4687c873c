import type { OriginalAhead } from '@/lib/pages/site-pages';
import { isNotice } from '@/lib/content/changes';
import { edition } from '@/lib/edition/i18n';
import type { Locale } from '@/lib/site/config';
import { articlePath } from '@/lib/site/paths';
import { FormattedDate } from './formatted-date';
import { Link } from './link';

/**
 * On a translation whose original changed since: "The English version was corrected on 3 December
 * 2026", in the translation's language, linking to the original; nothing when it is up to date.
 */
export function TranslationNotice({ ahead, locale }: { ahead: OriginalAhead | undefined; locale: Locale }) {
  if (!ahead) return null;
  const { t } = edition(locale);
  const words = t.originalAhead(t.languageName[ahead.locale], isNotice(ahead));
  return (
    <section aria-label={t.translationNoticeLabel} data-pagefind-ignore="" className="rounded-md border border-zinc-300 bg-zinc-50 px-4 py-3 text-sm text-zinc-800 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-200">
      <p>
        {words.before}
        <Link href={articlePath(ahead)} hrefLang={ahead.lang} className="font-semibold underline">
          {words.link}
        </Link>
        {words.beforeDate}
        <FormattedDate date={ahead.date} locale={locale} />
        {words.afterDate}
      </p>
    </section>
  );
}
