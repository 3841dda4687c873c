/**
 * What an image file is, from its first bytes: only a JPEG, PNG, WebP or AVIF file ever reaches a
 * decoder (libvips reads many more formats, SVG and PDF among them; none of those is parsed here).
 */
import type { AcceptedFormat } from './rules';

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

/** The accepted format the bytes start as, or the name of what they are instead (`SVG`, `GIF`, `HEIC`, `unknown`). */
export function signatureOf(bytes: Uint8Array): { readonly format: AcceptedFormat } | { readonly other: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return { format: 'jpeg' };
  if (ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') return { format: 'png' };
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return { format: 'webp' };
  if (ascii(bytes, 4, 8) === 'ftyp') {
    // An ISO media file: its brands (major, then compatible ones) say AVIF or something else (HEIC).
    const size = Math.min(bytes.length, ((bytes[0] ?? 0) << 24) | ((bytes[1] ?? 0) << 16) | ((bytes[2] ?? 0) << 8) | (bytes[3] ?? 0));
    const brands = [ascii(bytes, 8, 12), ...Array.from({ length: Math.max(0, (size - 16) / 4) }, (_, i) => ascii(bytes, 16 + 4 * i, 20 + 4 * i))];
    return brands.some((b) => b === 'avif' || b === 'avis') ? { format: 'avif' } : { other: brands.some((b) => b.startsWith('hei')) ? 'HEIC' : 'an ISO media file' };
  }
  if (ascii(bytes, 0, 4) === 'GIF8') return { other: 'GIF' };
  const head = new TextDecoder().decode(bytes.subarray(0, 1024)).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (head.startsWith('<') && head.includes('<svg')) return { other: 'SVG' };
  return { other: 'unknown' };
}
