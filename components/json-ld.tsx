/**
 * JSON-LD for search engines. The only other `dangerouslySetInnerHTML`: JSON.stringify escapes
 * quotes and control characters, and every `<` becomes `\u003c`, so no text from front matter can
 * close the script element (`</script>`) or open a comment. A JSON-LD block is data, never executed.
 */
export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }} />;
}
