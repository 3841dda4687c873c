import type { Picture as PictureData } from '@/lib/media/schema';
import { Picture } from './picture';

/** A brief's photo under its headline, with its caption and credit (always shown: the rights holder is named). */
export function HeroPhoto({ image }: { image: PictureData }) {
  return (
    <figure className="flex flex-col gap-2">
      <Picture image={image} alt={image.alt} size="column" priority className="h-auto w-full rounded-lg bg-zinc-100 dark:bg-zinc-800" />
      <figcaption className="text-sm leading-relaxed text-zinc-600 dark:text-zinc-400">
        {image.caption ? <span className="text-zinc-800 dark:text-zinc-200">{image.caption} </span> : null}
        <span>{image.credit}</span>
      </figcaption>
    </figure>
  );
}
