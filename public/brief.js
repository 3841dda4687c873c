// Brief's only script: small progressive enhancements. Pages work without it.
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
