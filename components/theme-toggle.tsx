import { edition } from '@/lib/edition/i18n';
import type { Locale } from '@/lib/site/config';

/** The dark-theme switch. Hidden until public/brief.js wires it up, so it never shows dead. */
export function ThemeToggle({ locale }: { locale: Locale }) {
  const { t } = edition(locale);
  return (
    <button
      type="button"
      hidden
      // public/brief.js unhides it and sets aria-pressed before React hydrates in `next dev`.
      suppressHydrationWarning
      data-theme-toggle
      aria-pressed="false"
      className="inline-flex h-11 min-w-11 items-center justify-center gap-1.5 rounded-md px-2 text-sm font-semibold text-zinc-700 hover:text-red-800 focus-visible:outline-2 focus-visible:outline-red-700 dark:text-zinc-300 dark:hover:text-red-300"
    >
      <svg viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
        <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z" />
      </svg>
      <span className="sr-only sm:not-sr-only">{t.darkTheme}</span>
    </button>
  );
}
