/** Storage key of the reader's theme choice; public/brief.js uses the same one. */
export const THEME_KEY = 'brief-theme';

/**
 * Runs before the first paint: applies a theme the reader chose earlier, so there is no flash of
 * the wrong theme. Without a choice (or without JS) the system setting applies through CSS.
 * React renders script text as is; this is our own constant, never content.
 */
export function ThemeScript() {
  return (
    <script>{`try{var t=localStorage.getItem('${THEME_KEY}');if(t==='light'||t==='dark')document.documentElement.setAttribute('data-theme',t)}catch(e){}`}</script>
  );
}
