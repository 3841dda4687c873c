/** What a brief and every other page tell search engines and X (Twitter) in their metadata: large image previews, the share image's alt text, the site's handle (SITE_TWITTER). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { editionMetadata } from '@/app/_routes/layout';
import { RefusedInput } from '@/lib/engine/refused';
import { settingsLine } from '@/lib/engine/fingerprint';
import { SettingError, site, twitterHandle } from '@/lib/site/config';
import { articleSharing, searchRobots, siteSharing } from '@/lib/syndication/metadata';
import { makeArticle } from '../components/factory';

afterEach(() => {
  vi.unstubAllEnvs();
});

/** The images of a page's Twitter card, as descriptors (Next writes `twitter:image` and `twitter:image:alt` from them). */
const twitterImages = (sharing: ReturnType<typeof siteSharing>) => {
  const images = sharing.twitter?.images;
  return Array.isArray(images) ? images : [images];
};
const handleOf = (sharing: ReturnType<typeof siteSharing>) => (sharing.twitter && 'site' in sharing.twitter ? sharing.twitter.site : undefined);

describe('a brief’s metadata', () => {
  const article = makeArticle({ title: 'Parliament votes on grid-scale storage' });

  it('gives the Twitter card’s image the Open Graph image’s alt text', () => {
    const sharing = articleSharing(article);
    const og = sharing.openGraph?.images;
    expect(Array.isArray(og) ? og[0] : og).toMatchObject({ url: '/og/grid-storage-vote.png', alt: 'Parliament votes on grid-scale storage' });
    expect(twitterImages(sharing)).toEqual([{ url: '/og/grid-storage-vote.png', alt: 'Parliament votes on grid-scale storage' }]);
    expect(twitterImages(siteSharing('tr'))).toEqual([{ url: '/og/tr/default.png', alt: 'Brief' }]);
  });

  it('lets search engines show its images large (max-image-preview:large), as every page of both editions', () => {
    expect(searchRobots).toEqual({ 'max-image-preview': 'large' });
    expect(editionMetadata('en').robots).toEqual({ 'max-image-preview': 'large' });
    expect(editionMetadata('tr').robots).toEqual({ 'max-image-preview': 'large' });
  });

  it('names the site’s handle (twitter:site) when SITE_TWITTER is set, and none when it is not', () => {
    vi.stubEnv('SITE_TWITTER', undefined);
    expect(handleOf(articleSharing(article))).toBeUndefined();
    expect(handleOf(siteSharing('en'))).toBeUndefined();
    vi.stubEnv('SITE_TWITTER', '');
    expect(handleOf(articleSharing(article))).toBeUndefined();
    vi.stubEnv('SITE_TWITTER', '@brief_news');
    expect(handleOf(articleSharing(article))).toBe('@brief_news');
    expect(handleOf(siteSharing('tr'))).toBe('@brief_news');
    expect(editionMetadata('en').twitter).toMatchObject({ site: '@brief_news' });
  });
});

describe('SITE_TWITTER', () => {
  it('is an X handle: @ and 1 to 15 letters, digits or underscores; anything else is refused naming the variable and what it expects', () => {
    expect(twitterHandle('@Brief_News_2026')).toBe('@Brief_News_2026');
    expect(twitterHandle(' @brief ')).toBe('@brief');
    expect(twitterHandle(undefined)).toBeUndefined();
    const expectation = 'SITE_TWITTER must be an X (Twitter) handle: @ followed by 1 to 15 letters, digits or underscores, such as @brief_news';
    expect(() => twitterHandle('brief_news')).toThrow(new SettingError(`${expectation}; found "brief_news" (write it with its @: @brief_news)`));
    expect(() => twitterHandle('https://x.com/brief_news')).toThrow(new SettingError(`${expectation}; found "https://x.com/brief_news"`));
    expect(() => twitterHandle('@brief-news')).toThrow(SettingError);
    expect(() => twitterHandle('@a_handle_far_too_long')).toThrow(SettingError);
    vi.stubEnv('SITE_TWITTER', 'Brief News');
    expect(() => site.twitter).toThrow(`${expectation}; found "Brief News"`);
  });

  it('is part of the build’s settings, so changing it makes the next build a full one; a bad value fails the build in one line before anything is built', () => {
    vi.stubEnv('SITE_TWITTER', undefined);
    const unset = settingsLine();
    vi.stubEnv('SITE_TWITTER', '@brief_news');
    const set = settingsLine();
    vi.stubEnv('SITE_TWITTER', '@other_news');
    expect(new Set([unset, set, settingsLine()]).size).toBe(3);
    vi.stubEnv('SITE_TWITTER', 'x.com/brief');
    expect(() => settingsLine()).toThrow(RefusedInput);
    expect(() => settingsLine()).toThrow(/^SITE_TWITTER must be an X \(Twitter\) handle: .*; found "x\.com\/brief"; nothing was built$/);
  });
});
