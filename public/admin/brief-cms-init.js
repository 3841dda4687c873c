// Loaded before Decap CMS: public/admin/brief-cms.js starts it once the preview has the site's stylesheet.
window.CMS_MANUAL_INIT = true;
