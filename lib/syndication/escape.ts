/** Text as HTML or XML character data / attribute value: `&`, `<`, `>`, `"` and `'` as character references. */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
