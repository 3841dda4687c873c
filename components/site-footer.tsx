import { edition } from '@/lib/site/i18n';
import { site, type Locale } from '@/lib/site/config';

/** The page footer. */
export function SiteFooter({ locale }: { locale: Locale }) {
  const { t } = edition(locale);
  return (
    <footer data-site-footer className="mt-16 border-t border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto max-w-5xl px-4 py-8 text-sm text-zinc-600 sm:px-6 dark:text-zinc-400">
        <p>
          <span className="font-serif font-bold text-zinc-900 dark:text-zinc-100">{site.name}.</span> {t.footer}
        </p>
      </div>
    </footer>
  );
}
