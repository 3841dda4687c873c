// Loaded before Decap CMS: public/admin/brief-cms.js starts it once the preview has the site's stylesheet.
window.CMS_MANUAL_INIT = true;
// The body opens in Markdown (Decap's default is its rich-text mode, which escapes Markdown typed into it);
// an editor's own choice of mode, once made, is kept.
if (localStorage.getItem('cms.md-mode') === null) localStorage.setItem('cms.md-mode', 'raw');
