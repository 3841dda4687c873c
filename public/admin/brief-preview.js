// The CMS preview of a brief (loaded after Decap CMS, before brief-cms.js, by /admin/, lib/cms/admin-page.ts):
// the site's own stylesheet and markup: topic chip, title, dek, the 3-point summary, Why it matters, the
// body (class names as in components/).
(function () {
  'use strict';
  var CMS = window.CMS;
  var h = window.h;
  var words = JSON.parse(document.getElementById('brief-preview').textContent);

  function isCollection(value) {
    return value !== null && typeof value === 'object' && typeof value.filter === 'function' && typeof value.size === 'number';
  }
  function list(value) {
    return isCollection(value) ? value.toArray() : [];
  }

  function BriefPreview(props) {
    var data = props.entry.get('data');
    var lang = String(data.get('lang') || 'en');
    var w = words[lang.split('-')[0]] || words.en;
    var topic = data.get('topic');
    var relevance = data.get('relevance');
    var summary = list(data.get('summary'));
    var why = list(data.get('whyItMatters'));
    // Right padding: Decap's preview buttons float over the pane's top right corner.
    return h('article', { lang: lang, className: 'mx-auto flex max-w-3xl flex-col gap-8 px-4 py-8', style: { paddingRight: '3.5rem' } },
      h('header', { className: 'flex flex-col gap-4' },
        topic ? h('div', { className: 'flex flex-wrap items-center gap-2' },
          h('span', { className: 'inline-flex items-center gap-1.5 rounded-full border border-red-200 bg-red-50 px-3 py-1 text-xs font-semibold uppercase tracking-wide text-red-800 dark:border-red-900 dark:bg-red-950/60 dark:text-red-200' }, w.topics[topic] || topic)) : null,
        h('h1', { className: 'font-serif text-3xl font-black leading-tight tracking-tight text-zinc-950 sm:text-5xl dark:text-white' }, data.get('title') || ''),
        h('p', { className: 'text-lg leading-relaxed text-zinc-700 sm:text-xl dark:text-zinc-300' }, data.get('description') || '')),
      h('section', { className: 'rounded-xl border border-zinc-200 bg-zinc-50 p-5 sm:p-6 dark:border-zinc-800 dark:bg-zinc-900' },
        h('h2', { className: 'flex items-center gap-2 text-lg font-bold text-zinc-950 dark:text-zinc-50' }, w.summaryHeading),
        h('ol', { role: 'list', className: 'mt-4 space-y-4' }, summary.map(function (point, index) {
          return h('li', { key: index, className: 'flex gap-3' },
            h('span', { 'aria-hidden': 'true', className: 'flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-red-700 text-sm font-bold text-white dark:bg-red-300 dark:text-zinc-950' }, index + 1),
            h('p', { className: 'leading-relaxed text-zinc-800 dark:text-zinc-200' }, point));
        }))),
      h('section', { className: 'rounded-xl border-l-4 border-red-700 bg-red-50/60 p-5 sm:p-6 dark:border-red-300 dark:bg-red-950/30' },
        h('h2', { className: 'flex items-center gap-2 text-lg font-bold text-zinc-950 dark:text-zinc-50' }, w.whyItMattersHeading),
        h('ul', { role: 'list', className: 'mt-4 space-y-3 text-zinc-800 dark:text-zinc-200' }, why.map(function (point, index) {
          return h('li', { key: index, className: 'flex gap-3 leading-relaxed' }, h('span', { 'aria-hidden': 'true', className: 'mt-0.5 shrink-0 text-red-700 dark:text-red-300' }, '✓'), h('span', null, point));
        })),
        relevance && w.relevance[relevance] ? h('p', { className: 'mt-4 border-t border-red-200 pt-4 text-sm text-zinc-700 dark:border-red-900 dark:text-zinc-300' }, w.relevance[relevance]) : null),
      h('div', { className: 'prose prose-zinc max-w-none break-words prose-lg font-serif prose-headings:font-sans prose-h2:text-2xl prose-h2:mt-10 prose-h2:mb-3 prose-p:leading-8 prose-a:text-red-800 dark:prose-invert dark:prose-a:text-red-300' }, props.widgetFor('body')));
  }

  CMS.registerPreviewTemplate('briefs', BriefPreview);
  for (var name in words) CMS.registerPreviewTemplate('briefs-' + name, BriefPreview);

})();
