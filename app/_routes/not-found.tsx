import { Link } from '@/components/link';
import { edition } from '@/lib/edition/i18n';
import type { Locale } from '@/lib/site/config';

/** The body of an edition's 404 page. */
export function NotFoundBody({ locale }: { locale: Locale }) {
  const { t, paths } = edition(locale);
  return (
    <div className="mx-auto max-w-3xl py-16">
      <p className="text-sm font-semibold uppercase tracking-wide text-red-800 dark:text-red-300">404</p>
      <h1 className="mt-2 font-serif text-3xl font-black tracking-tight sm:text-4xl">{t.notFoundTitle}</h1>
      <p className="mt-4 text-lg text-zinc-700 dark:text-zinc-300">{t.notFoundText}</p>
      <p className="mt-6">
        <Link href={paths.home()} className="font-semibold text-red-800 underline underline-offset-2 dark:text-red-300">
          {t.backHome}
        </Link>
      </p>
    </div>
  );
}
