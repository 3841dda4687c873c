// Brief's additions to Decap CMS (loaded after it, brief-format.js and brief-preview.js by /admin/, lib/cms/admin-page.ts):
// - a save leaves out what the form left empty (an optional field cleared, an empty list), so the file
//   says only what the editor wrote and `npm run check` never meets `updated: ''`;
// - `brief-language`: an original's Language, with a "Translate into Türkçe" link that opens a new translation
//   with what does not change between languages filled in (date, topic, tags, relevance, byline, the photo's
//   file, credit and decorative), through Decap's prefilled new-entry URL;
// - `brief-original`: "Translation of", a select of the originals that can take a translation, which also
//   shows an existing translation's own original;
// - `brief-prefilled`: a text field a Translate link fills, shown as the original wrote it;
// - the image control draws a saved photo's thumbnail once its file has loaded (Decap 3 kept the blank placeholder);
// - the interface's language: /admin/?lang=tr (or en) picks it and is remembered in this browser.
(function () {
  'use strict';
  var CMS = window.CMS;
  var h = window.h;
  var createClass = window.createClass;

  function isCollection(value) {
    return value !== null && typeof value === 'object' && typeof value.filter === 'function' && typeof value.size === 'number';
  }
  function isEmpty(value) {
    return value === '' || value === null || value === undefined || (isCollection(value) && value.size === 0);
  }
  function prune(value) {
    return isCollection(value) ? value.map(prune).filter(function (v) { return !isEmpty(v); }) : value;
  }
  CMS.registerEventListener({
    name: 'preSave',
    handler: function (event) {
      return prune(event.entry.get('data'));
    },
  });

  /** Decap's prefilled new-entry link: the collection's form with `params` as its fields' starting values. */
  function newEntryLink(collection, params) {
    var query = Object.keys(params)
      .filter(function (key) { return params[key] !== undefined && params[key] !== ''; })
      .map(function (key) { return encodeURIComponent(key) + '=' + encodeURIComponent(params[key]); })
      .join('&');
    return '#/collections/' + collection + '/new?' + query;
  }

  function text(value) {
    return value === undefined || value === null ? undefined : String(value);
  }
  function joined(list) {
    return isCollection(list) ? list.toArray().join(',') : undefined;
  }

  var SelectControl = CMS.getWidget('select').control;

  /** The links under an original's Language: translate it into each other edition, or open its translation. */
  function translateLinks(props) {
    var entry = props.entry;
    var data = entry.get('data');
    var slug = entry.get('slug');
    if (entry.get('newRecord') || !slug) return h('p', null, 'Once saved, the brief can be translated from here.');
    if (data.get('translationOf') || (data.get('lang') && data.get('lang') !== props.field.get('default_lang'))) return null;
    var photo = isCollection(data.get('image')) && data.get('image').size > 0 ? data.get('image').first() : undefined;
    return h('ul', null, props.field.get('editions').toArray().map(function (e) {
      var collection = e.get('collection');
      var done = e.get('translated').includes(slug);
      var href = done
        ? '#/collections/' + collection + '/entries/' + slug
        : newEntryLink(collection, {
          translationOf: slug,
          date: text(data.get('date')),
          topic: text(data.get('topic')),
          tags: joined(data.get('tags')),
          relevance: text(data.get('relevance')),
          kind: text(data.get('kind')),
          sponsor: text(data.get('sponsor')),
          authors: joined(data.get('authors')),
          'image.src': photo ? text(photo.get('src')) : undefined,
          'image.credit': photo ? text(photo.get('credit')) : undefined,
          'image.decorative': photo && photo.get('decorative') ? 'true' : undefined,
        });
      return h('li', { key: collection }, h('a', { href: href }, done ? 'Open its ' + e.get('name') + ' translation' : 'Translate into ' + e.get('name')));
    }));
  }
  var LanguageControl = createClass({
    render: function () {
      return h('div', null, h(SelectControl, this.props), translateLinks(this.props));
    },
  });
  CMS.registerWidget('brief-language', LanguageControl, CMS.getWidget('select').preview);

  var OriginalControl = createClass({
    render: function () {
      var field = this.props.field;
      var value = this.props.value;
      var options = field.get('options');
      var listed = options.some(function (o) { return (o && o.get ? o.get('value') : o) === value; });
      if (value && !listed) {
        // An existing translation: its original is translated already, so not among the options.
        var title = field.getIn(['titles', value]) || value;
        field = field.set('options', options.push(field.clear().set('label', title).set('value', value)));
      }
      return h(SelectControl, Object.assign({}, this.props, { field: field }));
    },
  });
  CMS.registerWidget('brief-original', OriginalControl, CMS.getWidget('select').preview);

  // Decap HTML-escapes every value of a prefilled new-entry link (`&` arrives as `&amp;`): a text field a
  // Translate link fills (the photo's credit) turns the five escapes back, once, when a new entry opens.
  var StringControl = CMS.getWidget('string').control;
  var ESCAPED = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#039;': "'" };
  var PrefilledControl = createClass({
    componentDidMount: function () {
      var value = this.props.value;
      if (!this.props.entry.get('newRecord') || typeof value !== 'string') return;
      var plain = value.replace(/&(amp|lt|gt|quot|#039);/g, function (escape) { return ESCAPED[escape]; });
      if (plain !== value) this.props.onChange(plain);
    },
    render: function () {
      return h(StringControl, this.props);
    },
  });
  CMS.registerWidget('brief-prefilled', PrefilledControl, CMS.getWidget('string').preview);

  // Decap 3's image control asks for its file once, gets the empty placeholder while the file loads, and
  // then does not draw again until its value changes (its shouldComponentUpdate compares only the value and
  // getAsset, which is memoized; decap-cms#7099): a saved photo showed a blank thumbnail. The path itself
  // resolves (images/x.jpg is content/images/x.jpg, the media folder's file, loaded once the entry is); so
  // while the placeholder is what the control drew, this looks again, and once the file is there hands the
  // control a new getAsset, which lets it draw the photo. The value (images/x.jpg) is untouched.
  var ImageWidget = CMS.getWidget('image');
  var PLACEHOLDER = 'empty.svg';
  var ImageControl = createClass({
    getInitialState: function () {
      return { getAsset: this.props.getAsset, tries: 0 };
    },
    componentDidMount: function () { this.watch(); },
    componentDidUpdate: function () { this.watch(); },
    componentWillUnmount: function () { clearTimeout(this.timer); },
    // Decap's own check (ImageWidget.control's) still decides whether the control draws.
    shouldComponentUpdate: function () { return true; },
    watch: function () {
      clearTimeout(this.timer);
      var value = this.props.value;
      if (typeof value !== 'string' || value === '') return;
      var asset = this.props.getAsset(value, this.props.field);
      var self = this;
      if (asset && asset.path === PLACEHOLDER) {
        // What the control drew is the placeholder: look again shortly (for two minutes at most).
        this.stale = true;
        if (this.state.tries < 480) this.timer = setTimeout(function () { self.setState({ tries: self.state.tries + 1 }); }, 250);
      } else if (this.stale) {
        this.stale = false;
        this.setState({ tries: 0, getAsset: function (path, field) { return self.props.getAsset(path, field); } });
      }
    },
    render: function () {
      return h(ImageWidget.control, Object.assign({}, this.props, { getAsset: this.state.getAsset }));
    },
  });
  CMS.registerWidget('image', ImageControl, ImageWidget.preview);

  // The interface's language: ?lang= picks it (en or tr, the languages of the site and of Decap), this browser keeps it.
  var asked = new URLSearchParams(location.search).get('lang');
  if (asked === 'en' || asked === 'tr') localStorage.setItem('brief.cms-locale', asked);
  var locale = localStorage.getItem('brief.cms-locale') === 'tr' ? 'tr' : 'en';

  // The site's stylesheet has a content-hashed name: read it from the home page (one level up).
  fetch(new URL('../', location.href))
    .then(function (response) { return response.ok ? response.text() : ''; })
    .then(function (html) {
      var doc = new DOMParser().parseFromString(html, 'text/html');
      doc.querySelectorAll('link[rel="stylesheet"]').forEach(function (link) {
        CMS.registerPreviewStyle(new URL(link.getAttribute('href'), new URL('../', location.href)).href);
      });
    })
    .catch(function () {})
    .then(function () { CMS.init({ config: { locale: locale } }); });
})();
