/**
 * The only component that injects HTML. `html` comes from lib/content/markdown.ts, which sanitises it
 * (lib/content/sanitize.ts: GitHub's schema plus what the pipeline itself writes; no raw HTML, no script URLs), so nothing an editor writes runs.
 * Long words and URLs wrap; a table scrolls sideways in its own `<div>` rather than the whole page.
 */
export function ArticleBody({ html }: { html: string }) {
  return (
    <div
      className="prose prose-zinc max-w-none break-words [&_div:has(>table)]:overflow-x-auto prose-lg font-serif prose-headings:font-sans prose-headings:scroll-mt-6 [&_:is(h2,h3,h4,h5,h6)>a]:text-inherit [&_:is(h2,h3,h4,h5,h6)>a]:[font-weight:inherit] [&_:is(h2,h3,h4,h5,h6)>a]:no-underline [&_:is(h2,h3,h4,h5,h6)>a:hover]:underline prose-h2:text-2xl prose-h2:mt-10 prose-h2:mb-3 prose-p:leading-8 prose-a:text-red-800 dark:prose-invert dark:prose-a:text-red-300"
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
