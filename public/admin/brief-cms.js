// Brief's additions to Decap CMS (loaded after it and after brief-preview.js by /admin/, lib/cms/admin-page.ts):
// - a save leaves out what the form left empty (an optional field cleared, an empty list), so the file
//   says only what the editor wrote and `npm run check` never meets `updated: ''`; and it needs a byline.
(function () {
  'use strict';
  var CMS = window.CMS;
  var h = window.h;

  function isCollection(value) {
    return value !== null && typeof value === 'object' && typeof value.filter === 'function' && typeof value.size === 'number';
  }
  function isEmpty(value) {
    return value === '' || value === null || value === undefined || (isCollection(value) && value.size === 0);
  }
  function prune(value) {
    return isCollection(value) ? value.map(prune).filter(function (v) { return !isEmpty(v); }) : value;
  }
  // A byline is `author` (one) or `authors` (several), never both nor neither: the form says so before
  // saving (Decap shows a handler's error and writes nothing), as `npm run check` would after.
  CMS.registerEventListener({
    name: 'preSave',
    handler: function (event) {
      var data = prune(event.entry.get('data'));
      // A photo left empty (only its `decorative: false`) is no photo; one started needs its file and credit.
      var image = data.get('image');
      if (image && !image.has('src') && !image.has('credit') && !image.has('alt') && !image.has('caption')) data = data.delete('image');
      else if (image && !(image.has('src') && image.has('credit'))) throw new Error('Photo: choose its image file and give its credit, or clear the photo.');
      if (data.has('author') === data.has('authors')) throw new Error('Give the brief an Author, or Authors for several (not both).');
      return data;
    },
  });

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
    .then(function () { CMS.init(); });
})();
