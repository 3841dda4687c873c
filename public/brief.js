// Brief's only script: small progressive enhancements. Pages work without it.
// (theme switch and copy link first; then site search and the "/" shortcut)
// - the dark-theme switch (remembers the choice; the inline head script applies it before paint)
// - the copy-link button on articles
(function () {
  var KEY = 'brief-theme';
  var root = document.documentElement;
  var media = window.matchMedia('(prefers-color-scheme: dark)');

  function isDark() {
    var chosen = root.getAttribute('data-theme');
    return chosen ? chosen === 'dark' : media.matches;
  }

  var toggle = document.querySelector('[data-theme-toggle]');
  if (toggle) {
    var sync = function () {
      toggle.setAttribute('aria-pressed', String(isDark()));
    };
    toggle.addEventListener('click', function () {
      var next = isDark() ? 'light' : 'dark';
      root.setAttribute('data-theme', next);
      try {
        localStorage.setItem(KEY, next);
      } catch (e) {
        /* private mode: the choice lasts for this page only */
      }
      sync();
    });
    media.addEventListener('change', sync);
    sync();
    toggle.hidden = false;
  }

  var copy = document.querySelector('[data-copy-link]');
  var status = document.querySelector('[data-copy-status]');
  if (copy && navigator.clipboard) {
    var label = copy.textContent;
    copy.addEventListener('click', function () {
      navigator.clipboard.writeText(copy.getAttribute('data-copy-link') || location.href).then(function () {
        copy.textContent = copy.getAttribute('data-copied') || label;
        if (status) status.textContent = copy.textContent;
        setTimeout(function () {
          copy.textContent = label;
        }, 2500);
      });
    });
    copy.hidden = false;
  }
})();

/* Site search in plain JS (pages ship no framework). Every page: "/" focuses the search field.
   The search page (form[data-search]): queries the Pagefind index (<base>/pagefind/) for ?q= and
   as the reader types; strings and base path come from data- attributes. Text is set as text. */
(() => {
  const shown = (el) => el.getClientRects().length > 0;

  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    const target = event.target;
    if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    const fields = [...document.querySelectorAll('form[role="search"] input[name="q"]')].filter(shown);
    const field = fields.find((f) => f.hasAttribute('aria-keyshortcuts')) ?? fields[0];
    if (!field) return;
    event.preventDefault();
    field.focus();
    field.select();
  });

  const form = document.querySelector('form[data-search]');
  const input = form?.elements.namedItem('q');
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const template = document.getElementById('search-result');
  if (!(input instanceof HTMLInputElement) || !status || !list || !(template instanceof HTMLTemplateElement)) return;
  const { base = '', index = '', one = '', many = '', failed = '' } = form.dataset;
  // The edition's index comes in bundles (<index>0/, <index>1/, …: see lib/pages/search-shards.ts);
  // the first is loaded and the others merged into it. An edition with no brief has none.
  const shards = Number(form.dataset.shards) || 0;
  const empty = shards === 0;
  const lang = document.documentElement.lang || undefined;

  let pagefind; // the import, once; forgotten if it fails so a later query retries
  const load = () =>
    (pagefind ??= import(`${index}0/pagefind.js`).then(
      async (pf) => {
        await pf.options({ baseUrl: `${base}/` });
        await Promise.all(Array.from({ length: shards - 1 }, (_, i) => pf.mergeIndex(`${index}${i + 1}/`)));
        return pf;
      },
      (error) => {
        pagefind = undefined;
        throw error;
      },
    ));

  // Pagefind's excerpt is raw page text with <mark> around matches: only the marks become
  // elements; everything else, even text that looks like markup, stays text.
  const excerpt = (html) =>
    html.split(/<mark>([^]*?)<\/mark>/).map((text, i) => {
      if (i % 2 === 0) return document.createTextNode(text);
      const mark = document.createElement('mark');
      mark.textContent = text;
      return mark;
    });

  const render = (result) => {
    const item = template.content.firstElementChild.cloneNode(true);
    const slot = (name) => item.querySelector(`[data-slot="${name}"]`);
    const link = slot('title');
    link.href = result.url;
    link.textContent = result.meta.title || result.url;
    slot('dek').textContent = result.meta.dek || '';
    slot('topic').textContent = result.meta.topic || '';
    slot('excerpt').replaceChildren(...excerpt(result.excerpt || ''));
    return item;
  };

  let latest = 0;
  const run = async (value) => {
    const id = ++latest;
    const query = value.trim();
    const url = new URL(location.href);
    url.searchParams.set('q', query);
    history.replaceState(history.state, '', url);
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    try {
      // The query lower-cased by the page's language rules and by the default ones: Pagefind's own
      // lower-casing is language-blind, so a Turkish "I" would become "i", not "ı" ("ÇIKTILARI" would
      // miss "çıktıları"), while names in Latin script need the default ("OpenAI", not "openaı").
      const variants = empty ? [] : [...new Set([query.toLocaleLowerCase(lang), query.toLowerCase()])];
      const pf = variants.length > 0 ? await load() : undefined;
      const searches = pf ? await Promise.all(variants.map((v) => pf.search(v))) : [];
      const seen = new Set();
      const found = searches
        .flatMap((s) => s.results)
        .filter((r) => !seen.has(r.id) && seen.add(r.id))
        .sort((a, b) => b.score - a.score);
      const results = await Promise.all(found.slice(0, 20).map((r) => r.data()));
      if (id !== latest) return;
      list.replaceChildren(...results.map(render));
      const count = found.length;
      status.textContent = (count === 1 ? one : many).replace('{n}', String(count)).replace('{q}', () => query);
    } catch {
      if (id !== latest) return;
      list.replaceChildren();
      status.textContent = failed;
    }
  };

  let timer;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => run(input.value), 200);
  });
  if (!empty) input.addEventListener('focus', () => load().catch(() => {}), { once: true });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    run(input.value);
  });

  const initial = new URLSearchParams(location.search).get('q') ?? '';
  if (initial) {
    input.value = initial;
    run(initial);
  }
})();
