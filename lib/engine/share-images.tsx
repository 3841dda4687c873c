/**
 * The Open Graph images, 1200×630 PNGs drawn with next/og (satori + resvg, its bundled Noto Sans
 * font; no network): `og/default.png` (and `og/tr/default.png`) for each edition and `og/<slug>.png`
 * per article with its topic, title and date, over its photo when it has one. Written as plain `.png` files (Next's `opengraph-image`
 * route exports a file without an extension, which static hosts serve as application/octet-stream).
 * Each image is keyed by what it shows and the code that draws it, and kept in a cache, so a build
 * draws only new or changed images; a first build draws them in one process per core.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { ArticleSummary } from '../content/article';
import { edition } from '../edition/i18n';
import { LOCALES, site } from '../site/config';
import { defaultShareImage, shareImage } from '../syndication/identity';
import { fallbackOf } from '../media/variants';
import { deal, inProcesses } from './parallel';

const SIZE = { width: 1200, height: 630 };

/** What one image shows. */
const cardSchema = z.strictObject({
  kicker: z.string(),
  title: z.string(),
  footer: z.string(),
  /** The brief's photo: its published fallback file (relative to the export), which names its bytes. */
  photo: z.string().optional(),
});
type Card = z.output<typeof cardSchema>;

function CardImage({ kicker, title, footer, photo }: Omit<Card, 'photo'> & { photo?: string }) {
  if (photo) {
    // The photo fills the card; the text sits on a dark band at its foot, readable whatever the photo.
    return (
      <div style={{ display: 'flex', position: 'relative', width: '100%', height: '100%', background: '#09090b' }}>
        <img src={photo} width={SIZE.width} height={SIZE.height} style={{ position: 'absolute', top: 0, left: 0, width: '100%', height: '100%', objectFit: 'cover' }} />
        <div style={{ display: 'flex', flexDirection: 'column', position: 'absolute', left: 0, right: 0, bottom: 0, padding: '36px 56px 40px', gap: 14, background: 'rgba(9, 9, 11, 0.86)', borderTop: '12px solid #991b1b' }}>
          <div style={{ display: 'flex', fontSize: 26, color: '#fca5a5' }}>{kicker}</div>
          <div style={{ display: 'flex', fontSize: title.length > 90 ? 40 : 50, lineHeight: 1.15, color: '#ffffff' }}>{title}</div>
          <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 24, color: '#d4d4d8' }}>
            <span>{footer}</span>
            <span>{site.name}</span>
          </div>
        </div>
      </div>
    );
  }
  return (
    <div style={{ display: 'flex', flexDirection: 'column', justifyContent: 'space-between', width: '100%', height: '100%', padding: 72, background: '#ffffff', borderTop: '24px solid #991b1b' }}>
      <div style={{ display: 'flex', fontSize: 30, color: '#991b1b' }}>{kicker}</div>
      <div style={{ display: 'flex', fontSize: title.length > 90 ? 52 : 64, lineHeight: 1.15, color: '#09090b' }}>{title}</div>
      <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 28, color: '#3f3f46' }}>
        <span>{footer}</span>
        <span>{site.name}</span>
      </div>
    </div>
  );
}

/** One share image to have in the export: its file (relative to the export) and what it shows. */
export const shareImageSchema = z.strictObject({ file: z.string(), card: cardSchema });
export type ShareImage = z.output<typeof shareImageSchema>;

/** Each edition's default image and, when `perArticle`, one per article. */
export function shareImages(articles: readonly ArticleSummary[], perArticle: boolean): ShareImage[] {
  const defaults = LOCALES.map((locale) => ({
    file: defaultShareImage(locale).slice(1),
    card: { kicker: site.name, title: edition(locale).t.tagline, footer: site.url.replace(/^https?:\/\//, '') },
  }));
  if (!perArticle) return defaults;
  return [
    ...defaults,
    ...articles.map((article) => {
      const e = edition(article.locale);
      // `og/<slug>.png`, `og/tr/<slug>.png`: the same path the page's og:image names.
      const card = { kicker: e.topicName(article.topic), title: article.title, footer: e.formatDate(article.date) };
      return { file: shareImage(article).slice(1), card: article.image ? { ...card, photo: fallbackOf(article.image).file } : card };
    }),
  ];
}

/** One share image as PNG bytes; a photo is read from `exportDir`. Text is drawn, never parsed as markup. */
export async function renderShareImage(card: Card, exportDir: string): Promise<Buffer> {
  // Loaded when an image is drawn: next/og brings a renderer and a font the build needs only then.
  const { ImageResponse } = await import('next/og');
  const photo = card.photo ? `data:image/${card.photo.endsWith('.png') ? 'png' : 'jpeg'};base64,${(await readFile(path.join(exportDir, card.photo))).toString('base64')}` : undefined;
  return Buffer.from(await new ImageResponse(<CardImage {...card} photo={photo} />, SIZE).arrayBuffer());
}

/** The key of an image: what it shows and the drawing code (`fingerprint`). */
export const imageKey = (image: ShareImage, fingerprint: string): string => createHash('sha256').update(`${fingerprint}\0${JSON.stringify(image.card)}`).digest('hex');

/** An image to draw into the cache: its key (the cache file's name) and what it shows. */
export const drawJobSchema = z.strictObject({ key: z.string(), card: cardSchema });
type DrawJob = z.output<typeof drawJobSchema>;

/** Fewer images than this are drawn in the build's own process: starting others (and next/og in each) costs more. */
const PARALLEL_FROM = 100;

/** Draws each job into `cacheDir/<key>.png`, atomically (a killed build never leaves half a PNG); photos are read from `exportDir`. */
export async function drawImages(cacheDir: string, jobs: readonly DrawJob[], exportDir: string): Promise<number> {
  for (const { key, card } of jobs) {
    const cached = path.join(cacheDir, `${key}.png`);
    const temp = `${cached}.${process.pid}.tmp`;
    await writeFile(temp, await renderShareImage(card, exportDir));
    await rename(temp, cached);
  }
  return jobs.length;
}

/**
 * Puts every image in `exportDir`: kept where `previous` (file → key) says it is current, linked from
 * the cache where it was drawn before, drawn otherwise (over `cores` processes when there are many).
 * Returns the keys in place and how many were drawn.
 */
export async function updateShareImages(
  exportDir: string,
  images: readonly ShareImage[],
  previous: Readonly<Record<string, string>>,
  cacheDir: string,
  fingerprint: string,
  cores: number,
): Promise<{ keys: Record<string, string>; drawn: number; linked: number }> {
  const keys: Record<string, string> = {};
  await mkdir(cacheDir, { recursive: true });
  const wanted: { target: string; cached: string }[] = [];
  const toDraw = new Map<string, DrawJob>();
  for (const image of images) {
    const key = imageKey(image, fingerprint);
    keys[image.file] = key;
    const target = path.join(exportDir, image.file);
    if (previous[image.file] === key && existsSync(target)) continue;
    const cached = path.join(cacheDir, `${key}.png`);
    if (!existsSync(cached)) toDraw.set(key, { key, card: image.card });
    wanted.push({ target, cached });
  }
  const jobs = [...toDraw.values()];
  if (cores > 1 && jobs.length >= PARALLEL_FROM) {
    await inProcesses('share-images', deal(jobs, cores).map((share) => ({ cacheDir, jobs: share, exportDir })), z.object({ drawn: z.number() }));
  } else {
    await drawImages(cacheDir, jobs, exportDir);
  }
  for (const { target, cached } of wanted) {
    // A new link renamed over the old file: the previous export, which may share that file, is untouched.
    await mkdir(path.dirname(target), { recursive: true });
    const temp = `${target}.${process.pid}.tmp`;
    await rm(temp, { force: true });
    try {
      linkSync(cached, temp);
    } catch {
      copyFileSync(cached, temp); // the cache is on another file system
    }
    await rename(temp, target);
  }
  return { keys, drawn: jobs.length, linked: wanted.length - jobs.length };
}
