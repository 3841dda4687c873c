import { SIZES, type PictureSize } from '@/lib/media/layout';
import type { Image } from '@/lib/media/schema';
import { devImageUrl, fallbackOf, srcsetOf } from '@/lib/media/variants';
import { site } from '@/lib/site/config';

interface Props {
  image: Image;
  /** Empty for a decorative image (or one its context already names, such as a card's thumbnail). */
  alt: string;
  size: PictureSize;
  /** The page's main image: loaded first (`fetchpriority="high"`), never lazily. */
  priority?: boolean;
  className?: string;
}

/**
 * An image of the content, published by the build (lib/media): AVIF, then WebP, then a JPEG/PNG
 * fallback, each at several widths for `sizes`; `width`/`height` reserve its box before it loads.
 * The same markup as body images (lib/media/hast.ts).
 */
export function Picture({ image, alt, size, priority = false, className }: Props) {
  const fallback = fallbackOf(image);
  // `npm run dev` shows the original (nothing is encoded there).
  const dev = devImageUrl(image);
  return (
    <picture>
      {dev ? null : <source type="image/avif" srcSet={srcsetOf(image, 'avif', site.basePath)} sizes={SIZES[size]} />}
      {dev ? null : <source type="image/webp" srcSet={srcsetOf(image, 'webp', site.basePath)} sizes={SIZES[size]} />}
      <img
        src={dev ?? `${site.basePath}/${fallback.file}`}
        alt={alt}
        width={image.width}
        height={image.height}
        decoding="async"
        {...(priority ? { fetchPriority: 'high' as const } : { loading: 'lazy' as const })}
        className={className}
      />
    </picture>
  );
}
