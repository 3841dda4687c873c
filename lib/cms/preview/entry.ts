// The CMS preview bundle's entry (lib/cms/preview/bundle.ts): public/admin/brief-preview.js calls
// window.briefPreview.render with the form's data and puts the HTML it returns in Decap's preview.
import { renderPreview } from './render';

Reflect.set(window, 'briefPreview', { render: renderPreview });
