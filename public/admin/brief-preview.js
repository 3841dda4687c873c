// The CMS preview of a brief (loaded after Decap CMS and brief-preview-bundle.js, before brief-cms.js, by
// /admin/, lib/cms/admin-page.ts): the HTML the bundle renders from the form with the article page's own
// components (lib/cms/preview), in the site's stylesheet (brief-cms.js registers it).
(function () {
  'use strict';
  var CMS = window.CMS;
  var h = window.h;
  var createClass = window.createClass;
  var site = JSON.parse(document.getElementById('brief-preview').textContent);
  // How the bundle names a content image (lib/cms/preview/variants.ts); its URL is known only here.
  var PLACEHOLDER = '#brief-preview-image=';

  // Whether a URL is an image, and its size (the components reserve its box with it), loaded once per URL.
  var loaded = {};
  function load(url) {
    if (!url) return Promise.resolve(undefined);
    if (!loaded[url]) {
      loaded[url] = new Promise(function (resolve) {
        var img = new Image();
        img.onload = function () { resolve(img.naturalWidth > 0 ? { width: img.naturalWidth, height: img.naturalHeight } : undefined); };
        img.onerror = function () { resolve(undefined); };
        img.src = url;
      });
    }
    return loaded[url];
  }

  var BriefPreview = createClass({
    getInitialState: function () { return { html: '' }; },
    componentDidMount: function () { this.renders = 0; this.urls = {}; this.update(); },
    componentDidUpdate: function (previous) { if (previous.entry !== this.props.entry) this.update(); },
    // A content image (`images/x.jpg`): the saved file from `npm run cms`'s image server, else Decap's copy
    // (a photo just picked, or the Git host's file in production). Resolves to its size, or undefined.
    measure: function (src) {
      var self = this;
      var saved = site.images ? site.images + src.split('/').map(encodeURIComponent).join('/') : '';
      return load(saved).then(function (size) {
        if (size) return (self.urls[src] = saved, size);
        var copy = String(self.props.getAsset(src) || '');
        return load(copy).then(function (found) {
          if (found) self.urls[src] = copy;
          return found;
        });
      });
    },
    // The bundle's HTML with each image's placeholder replaced by its URL, in an inert document (nothing loads or runs there).
    withImages: function (html) {
      var self = this;
      var doc = new DOMParser().parseFromString('<!doctype html><body>' + html + '</body>', 'text/html');
      doc.querySelectorAll('img[src^="' + PLACEHOLDER + '"]').forEach(function (img) {
        var url = self.urls[decodeURIComponent(img.getAttribute('src').slice(PLACEHOLDER.length))];
        if (url) img.setAttribute('src', url);
        else img.removeAttribute('src');
      });
      return doc.body.innerHTML;
    },
    update: function () {
      var self = this;
      if (!window.briefPreview) return console.error('Brief preview: brief-preview-bundle.js did not load');
      var render = ++this.renders;
      var input = { entry: this.props.entry.get('data').toJS(), site: { topics: site.topics, authors: site.authors }, today: new Date().toISOString().slice(0, 10) };
      window.briefPreview.render(input, this.measure)
        .then(function (html) { if (render === self.renders) self.setState({ html: self.withImages(html) }); })
        .catch(function (error) { console.error('Brief preview:', error); });
    },
    render: function () {
      // Text is escaped by React in the bundle, the body went through the site's sanitising Markdown pipeline,
      // and /admin/'s policy runs no inline script.
      return h('div', { dangerouslySetInnerHTML: { __html: this.state.html } });
    },
  });

  CMS.registerPreviewTemplate('briefs', BriefPreview);
  site.editions.forEach(function (locale) { CMS.registerPreviewTemplate('briefs-' + locale, BriefPreview); });
})();
