// Brief's file format for Decap CMS, `brief-frontmatter` (lib/cms/config.ts names it on every collection):
// Markdown with YAML front matter, edited as a YAML document (public/admin/yaml-<version>.js, the `yaml`
// package lib/content parses with), so that a save changes only what the editor changed: comments, key
// order, flow lists `[a, b]`, quoting and long lines stay as the file had them, and the body is written
// back byte for byte when it is unchanged. Decap's own `frontmatter` format re-serialises the whole file.
// The photo: the form's Photo is a list of at most one, written back as the `image:` object.
// The byline: the form has one field, Byline (`authors`, at least one name); a file's `author:` is read
// into it and written back as `author:` (one name as a name, several as a list); a new brief with one
// name gets `author:` too, as `npm run new` writes it.
(function () {
  'use strict';
  var YAML = window.BriefYaml;
  var CMS = window.CMS;

  // Decap passes toFile the entry's data only: the file as it was read comes from the entry being saved
  // (its `raw`, kept by Decap), noted just before the save. Without it (a new brief, a local backup) the
  // front matter is written afresh, in the form's order.
  var saving;
  CMS.registerEventListener({
    name: 'preSave',
    handler: function (event) {
      var raw = event.entry.get('raw');
      saving = typeof raw === 'string' && raw !== '' ? raw : undefined;
    },
  });
  CMS.registerEventListener({ name: 'postSave', handler: function () { saving = undefined; } });

  /** The file's parts: front matter (without its fences), what follows the closing fence, and the body. */
  function split(text) {
    var open = /^---[ \t]*\r?\n/.exec(text);
    var rest = open ? text.slice(open[0].length) : '';
    var close = open ? /(^|\r?\n)---[ \t]*(\r?\n|$)/.exec(rest) : null;
    if (!close) return { front: undefined, tail: text, body: text };
    var tail = rest.slice(close.index + close[0].length);
    return { front: rest.slice(0, close.index + close[1].length), tail: tail, body: tail.replace(/^\r?\n/, '') };
  }

  function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  }

  function parse(front) {
    var doc = YAML.parseDocument(front === undefined ? '' : front);
    if (doc.errors.length > 0) throw new Error('The front matter is not valid YAML: ' + doc.errors[0].message + ' (npm run check names the line).');
    return doc;
  }

  /** The node made equal to `value`, changed as little as possible (same node when nothing changed). */
  function update(doc, node, value) {
    if (YAML.isMap(node) && isObject(value)) {
      updateMap(doc, node, value);
      return node;
    }
    if (YAML.isSeq(node) && Array.isArray(value)) {
      var kept = Math.min(node.items.length, value.length);
      for (var i = 0; i < kept; i++) node.items[i] = update(doc, node.items[i], value[i]);
      node.items.length = kept;
      for (var j = kept; j < value.length; j++) node.items.push(doc.createNode(value[j]));
      return node;
    }
    if (YAML.isScalar(node) && !(value !== null && typeof value === 'object')) {
      // Same node: its quoting and comments stay (the writer still quotes a value that needs it).
      if (node.value !== value) node.value = value;
      return node;
    }
    var created = doc.createNode(value);
    if (node && node.commentBefore) created.commentBefore = node.commentBefore;
    if (node && node.comment) created.comment = node.comment;
    return created;
  }

  function keyOf(pair) {
    return YAML.isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
  }

  function updateMap(doc, map, value) {
    map.items = map.items.filter(function (pair) { return Object.prototype.hasOwnProperty.call(value, keyOf(pair)); });
    Object.keys(value).forEach(function (key) {
      if (value[key] === undefined) return;
      var pair = map.items.find(function (p) { return keyOf(p) === key; });
      if (pair) pair.value = update(doc, pair.value, value[key]);
      else map.add(doc.createPair(key, value[key]));
    });
  }

  /** The byline as the file writes it: `author:` when it had one (or is new with one name), else `authors:`. */
  function bylineOut(value, doc) {
    if (!Array.isArray(value.authors) || Object.prototype.hasOwnProperty.call(value, 'author')) return value;
    var had = YAML.isMap(doc.contents) ? doc.contents.get('author', true) : undefined;
    var hadAuthors = YAML.isMap(doc.contents) && doc.contents.has('authors');
    if (hadAuthors || (had === undefined && !(isNew(doc) && value.authors.length === 1))) return value;
    var out = {};
    Object.keys(value).forEach(function (key) {
      if (key === 'authors') out.author = YAML.isSeq(had) || value.authors.length > 1 ? value.authors : value.authors[0];
      else out[key] = value[key];
    });
    return out;
  }

  function isNew(doc) {
    return !YAML.isMap(doc.contents) || doc.contents.items.length === 0;
  }

  CMS.registerCustomFormat('brief-frontmatter', 'md', {
    fromFile: function (text) {
      var parts = split(text);
      var data = parse(parts.front).toJS({ maxAliasCount: 50 });
      if (!isObject(data)) data = {};
      if (Object.prototype.hasOwnProperty.call(data, 'author') && !Object.prototype.hasOwnProperty.call(data, 'authors')) {
        data.authors = Array.isArray(data.author) ? data.author : [data.author];
        delete data.author;
      }
      // The photo: the form's Photo is a list of at most one (an optional object's required parts would be
      // required even with no photo).
      if (isObject(data.image)) data.image = [data.image];
      data.body = parts.body;
      return data;
    },
    toFile: function (data, order) {
      var parts = split(saving === undefined ? '' : saving);
      var doc = parse(parts.front);
      if (!YAML.isMap(doc.contents)) doc.contents = doc.createNode({});
      var value = {};
      // A new file's keys in the form's order; an existing file's stay where they are.
      var names = (order || []).concat(Object.keys(data));
      names.forEach(function (key) {
        if (key !== 'body' && Object.prototype.hasOwnProperty.call(data, key)) value[key] = data[key];
      });
      if (Array.isArray(value.image)) {
        var photo = value.image[0];
        if (isObject(photo)) {
          // A decorative photo has no alt text in the file (screen readers skip it), as the contract asks.
          value.image = photo.decorative === true ? Object.assign({}, photo, { alt: '' }) : photo;
        } else delete value.image;
      }
      // "How we reported this": an optional object of three optional texts; parts left empty are not written, nor is an empty block.
      if (isObject(value.backstory)) {
        var story = {};
        Object.keys(value.backstory).forEach(function (key) {
          var part = value.backstory[key];
          if (typeof part === 'string' && part.trim() !== '') story[key] = part;
        });
        if (Object.keys(story).length > 0) value.backstory = story;
        else delete value.backstory;
      }
      updateMap(doc, doc.contents, bylineOut(value, doc));
      var front = doc.contents.items.length === 0 ? '' : doc.toString({ lineWidth: 0, flowCollectionPadding: false });
      var body = typeof data.body === 'string' ? data.body : '';
      var tail = saving !== undefined && parts.front !== undefined && parts.body === body ? parts.tail : '\n' + body;
      return '---\n' + front + '---\n' + tail;
    },
  });
})();
