/** Slugs for URLs and heading anchors. */

/** Lowercase kebab-case: `a-z`, `0-9` and single hyphens, not at either end. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const TURKISH: Record<string, string> = { ı: 'i', İ: 'i', ş: 's', Ş: 's', ğ: 'g', Ğ: 'g', ç: 'c', Ç: 'c', ö: 'o', Ö: 'o', ü: 'u', Ü: 'u' };

/** Turns any text (including Turkish) into a kebab-case slug; may return `''` for text with no letters or digits. */
export function slugify(text: string): string {
  return text
    .replace(/[ıİşŞğĞçÇöÖüÜ]/g, (ch) => TURKISH[ch] ?? ch)
    // An apostrophe joins a word and its suffix (Turkish İstanbul'da, English Musk's): keep them one word.
    .replace(/['’]/g, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
