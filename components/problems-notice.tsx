import type { ContentProblems } from '@/lib/content/problems';
import { edition } from '@/lib/edition/i18n';
import type { Locale } from '@/lib/site/config';
import { Link } from './link';

/**
 * `npm run dev` only: on the home page, the briefs left out for their problems, each linking to the
 * address that shows them, and what breaks every page (topics.yml, authors.yml). Text only.
 */
export function ProblemsNotice({ problems, locale }: { problems: ContentProblems; locale: Locale }) {
  const { t } = edition(locale);
  if (problems.files.length === 0 && problems.site.length === 0) return null;
  return (
    <aside aria-label={t.problemsHeading} className="mb-6 flex flex-col gap-2 rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
      {problems.files.length > 0 ? (
        <>
          <p>{t.problemsNotice(problems.files.length)}</p>
          <ul role="list" className="flex flex-col gap-1">
            {problems.files.map((file) => (
              <li key={file.file}>
                <Link href={edition(file.locale).paths.article(file.slug)} className="font-mono underline">
                  {file.file}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {problems.site.length > 0 ? (
        <>
          <p className="font-bold">{t.siteProblems}</p>
          <ul role="list" className="flex flex-col gap-1">
            {problems.site.map((issue, index) => (
              <li key={index}>
                <code className="font-mono">{issue.file}</code>
                {issue.line === undefined ? '' : ` · ${t.problemLine(issue.line)}`} · <code className="font-mono">{issue.field}</code>: {issue.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </aside>
  );
}
