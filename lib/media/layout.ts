/** How wide pictures are shown, as `sizes` tells browsers before layout (components/document.tsx: a 64rem page with 1rem–1.5rem margins; the article column beside a 15rem aside from 1024 px). */
export const SIZES = {
  /** The hero and body images: the article column. */
  column: '(min-width: 1024px) 688px, calc(100vw - 2rem)',
  /** A card's thumbnail: 6rem wide, 8rem from 640 px. */
  thumbnail: '(min-width: 640px) 8rem, 6rem',
  /** An author's photo beside their name in the authors' index. */
  avatar: '4rem',
  /** An author's photo on their page. */
  portrait: '(min-width: 640px) 8rem, 6rem',
} as const;

export type PictureSize = keyof typeof SIZES;
