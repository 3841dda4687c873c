/**
 * After `next build`: the Open Graph images, 1200×630 PNGs drawn with next/og (satori + resvg,
 * its bundled Noto Sans font; no network): `og/default.png` (and `og/tr/default.png`) for each edition and `og/<slug>.png` per
 * article with its topic, title and date. Written as plain `.png` files (Next's `opengraph-image`
 * route exports a file without an extension, which static hosts serve as application/octet-stream).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import type { ArticleSummary } from '../lib/content/article';
import { toDate } from '../lib/syndication/feeds';
import { edition } from '../lib/site/i18n';
import { LOCALES, site, type Locale } from '../lib/site/config';
import { defaultShareImage, shareImage } from '../lib/site/identity';

const SIZE = { width: 1200, height: 630 };

function Card({ kicker, title, footer }: { kicker: string; title: string; footer: string }) {
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

/** One share image as PNG bytes: an article's, or an edition's default. Text is drawn, never parsed as markup. */
export async function renderShareImage(article: ArticleSummary | Locale): Promise<Buffer> {
  const card =
    typeof article === 'string' ? (
      <Card kicker={site.name} title={edition(article).t.tagline} footer={site.url.replace(/^https?:\/\//, '')} />
    ) : (
      <Card kicker={edition(article.locale).topicName(article.topic)} title={article.title} footer={edition(article.locale).formatDate(article.date)} />
    );
  return Buffer.from(await new ImageResponse(card, SIZE).arrayBuffer());
}

/** Writes each edition's default image and, when `perArticle`, one image per article; returns how many it wrote. */
export async function writeShareImages(outDir: string, articles: readonly ArticleSummary[], perArticle: boolean): Promise<number> {
  for (const locale of LOCALES) {
    const file = path.join(outDir, defaultShareImage(locale));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, await renderShareImage(locale));
  }
  if (!perArticle) return LOCALES.length;
  for (const article of articles) {
    // `/og/<slug>.png`, `/og/tr/<slug>.png`: the same path the page's og:image names.
    const file = path.join(outDir, shareImage(article));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, await renderShareImage(article));
  }
  return LOCALES.length + articles.length;
}
