/** A body image as HTML (hast) for the Markdown pipeline: the same `<picture>` as components/picture.tsx renders. */
import type { Element } from 'hast';
import { SIZES } from './layout';
import type { Image } from './schema';
import { devImageUrl, fallbackOf, srcsetOf } from './variants';

/** `<picture>` with AVIF and WebP sources and a fallback `<img>` sized to the image (no layout shift), loaded lazily. */
export function pictureElement(image: Image, alt: string, basePath: string, title?: string): Element {
  const fallback = fallbackOf(image);
  const dev = devImageUrl(image);
  const source = (format: 'avif' | 'webp'): Element => ({
    type: 'element',
    tagName: 'source',
    properties: { type: `image/${format}`, srcSet: srcsetOf(image, format, basePath), sizes: SIZES.column },
    children: [],
  });
  const img: Element = {
    type: 'element',
    tagName: 'img',
    properties: { src: dev ?? `${basePath}/${fallback.file}`, alt, width: image.width, height: image.height, loading: 'lazy', decoding: 'async', ...(title ? { title } : {}) },
    children: [],
  };
  return { type: 'element', tagName: 'picture', properties: {}, children: dev ? [img] : [source('avif'), source('webp'), img] };
}
