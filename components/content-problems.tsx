import type { ContentIssue } from '@/lib/content/error';
import type { FileProblems, Problem } from '@/lib/content/problems';
import { edition } from '@/lib/edition/i18n';
import type { Locale } from '@/lib/site/config';

/**
 * `npm run dev` only: shown at the address of a brief that cannot be shown, in place of it. Each
 * problem at its line, as `npm run check` words it (what is wrong, what to write); the TODOs an
 * unfinished `npm run new` skeleton still holds as a checklist. Everything is text: nothing the file
 * holds is markup here.
 */
export function ContentProblems({ file, site, locale }: { file: FileProblems; site: readonly ContentIssue[]; locale: Locale }) {
  const { t } = edition(locale);
  const mistakes = file.problems.filter((p) => p.todo === undefined);
  const todos = file.problems.filter((p): p is Problem & { todo: string } => p.todo !== undefined);
  const [before, after] = file.unfinished ? t.unfinishedIn : t.problemsIn;
  const where = (issue: ContentIssue) => (issue.line === undefined ? null : <span className="font-bold">{t.problemLine(issue.line)} · </span>);
  return (
    <section aria-labelledby="problems-title" data-content-problems="" className="mx-auto flex max-w-3xl flex-col gap-5 py-8">
      <h1 id="problems-title" className="font-serif text-3xl font-black leading-tight tracking-tight text-zinc-950 sm:text-4xl dark:text-white">
        {file.unfinished ? t.unfinishedTitle : t.problemsTitle}
      </h1>
      <p className="text-lg leading-relaxed text-zinc-700 dark:text-zinc-300">
        {before}
        <code className="font-mono text-base">{file.file}</code>
        {after}
      </p>
      {mistakes.length > 0 ? (
        <ul role="list" className="flex flex-col gap-3 rounded-lg border border-red-300 bg-red-50 p-4 dark:border-red-800 dark:bg-red-950">
          {mistakes.map((issue, index) => (
            <li key={index}>
              {where(issue)}
              <code className="font-mono">{issue.field}</code>: {issue.message}
            </li>
          ))}
        </ul>
      ) : null}
      {todos.length > 0 ? (
        <div className="flex flex-col gap-3">
          <h2 className="text-xl font-bold">{t.stillToWrite}</h2>
          <ul role="list" className="flex flex-col gap-2">
            {todos.map((issue, index) => (
              <li key={index} className="flex gap-2">
                <span aria-hidden="true">☐</span>
                <span>
                  {where(issue)}
                  <code className="font-mono">{issue.field}</code>: {issue.todo}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {site.length > 0 ? (
        <div className="flex flex-col gap-3">
          <h2 className="text-xl font-bold">{t.siteProblems}</h2>
          <ul role="list" className="flex flex-col gap-3">
            {site.map((issue, index) => (
              <li key={index}>
                <code className="font-mono">{issue.file}</code> {where(issue)}
                <code className="font-mono">{issue.field}</code>: {issue.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
