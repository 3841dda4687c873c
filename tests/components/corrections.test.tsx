// @vitest-environment jsdom
/** What readers see of corrections (issue 23): the notice under the dek, the typed log, the honest "Updated" date, a translation's notice, the corrections page's list. */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ArticleMeta } from '@/components/article-meta';
import { ChangeNotices } from '@/components/change-notices';
import { CorrectionsList } from '@/components/corrections-list';
import { TranslationNotice } from '@/components/translation-notice';
import { UpdatesLog } from '@/components/updates-log';
import type { Article } from '@/lib/content/article';
import { BriefPreviewView } from '@/lib/cms/preview/view';
import { newsArticle } from '@/lib/syndication/structured-data';
import { makeArticle, spokenText } from './factory';
import { mirrorNextConfigEnv } from './next-config-env';

mirrorNextConfigEnv();
afterEach(cleanup);

const updates: Article['updates'] = [
  { date: '2026-12-05', note: 'Fixed a misspelt name.', type: 'typo' },
  { date: '2026-12-03', note: 'An earlier version gave the fine as 2 million euros.', type: 'correction' },
  { date: '2026-12-02', note: 'Added the company’s reply.', type: 'update' },
  { date: '2026-12-01', note: 'The fine covers three years, not three models.', type: 'clarification' },
];

describe('ChangeNotices', () => {
  it('is a named region listing each correction and clarification with its type, date and note (English)', () => {
    render(<ChangeNotices updates={updates} locale="en" />);
    const region = screen.getByRole('region', { name: 'Corrections and clarifications' });
    expect(within(region).getAllByRole('listitem').map(spokenText)).toEqual([
      'Correction, 3 December 2026: An earlier version gave the fine as 2 million euros.',
      'Clarification, 1 December 2026: The fine covers three years, not three models.',
    ]);
  });

  it('speaks Turkish in the Turkish edition', () => {
    render(<ChangeNotices updates={updates} locale="tr" />);
    const region = screen.getByRole('region', { name: 'Düzeltmeler ve açıklamalar' });
    expect(within(region).getAllByRole('listitem').map(spokenText)).toEqual([
      'Düzeltme, 3 Aralık 2026: An earlier version gave the fine as 2 million euros.',
      'Açıklama, 1 Aralık 2026: The fine covers three years, not three models.',
    ]);
  });

  it('renders nothing for a brief with only updates and typo fixes', () => {
    const { container } = render(<ChangeNotices updates={updates.filter((u) => u.type === 'update' || u.type === 'typo')} locale="en" />);
    expect(container.innerHTML).toBe('');
  });
});

describe('UpdatesLog', () => {
  it('names every entry’s type in the edition’s language, a typo as a minor fix', () => {
    render(<UpdatesLog updates={updates} locale="tr" />);
    const region = screen.getByRole('region', { name: 'Düzeltmeler ve güncellemeler' });
    expect(within(region).getAllByRole('listitem').map(spokenText)).toEqual([
      '5 Aralık 2026 — Küçük düzeltme: Fixed a misspelt name.',
      '3 Aralık 2026 — Düzeltme: An earlier version gave the fine as 2 million euros.',
      '2 Aralık 2026 — Güncelleme: Added the company’s reply.',
      '1 Aralık 2026 — Açıklama: The fine covers three years, not three models.',
    ]);
  });
});

describe('the visible "Updated" date', () => {
  const publisher = { name: 'Brief', origin: 'https://x.example', logo: '/icon.svg' };

  it('is JSON-LD’s dateModified: the correction’s date, not the later typo fix’s', () => {
    const article = makeArticle({ date: '2026-11-28', updates });
    render(<ArticleMeta article={article} locale="en" />);
    const updated = screen.getByText(/^Updated/);
    expect(spokenText(updated)).toBe('Updated 3 December 2026');
    const time = updated.querySelector('time')?.getAttribute('datetime') ?? '';
    expect(new Date(`${time}T00:00:00Z`).toISOString()).toBe(newsArticle(article, publisher, '/og/x.png').dateModified);
  });

  it('is not shown when the only change is a typo fix', () => {
    const article = makeArticle({ date: '2026-11-28', updates: [{ date: '2026-12-05', note: 'Typo.', type: 'typo' }] });
    render(<ArticleMeta article={article} locale="en" />);
    expect(screen.queryByText(/^Updated/)).toBeNull();
    expect(newsArticle(article, publisher, '/og/x.png').dateModified).toBe('2026-11-28T00:00:00.000Z');
  });
});

describe('TranslationNotice', () => {
  const ahead = { locale: 'en' as const, lang: 'en', slug: 'grid-storage-vote', title: 'Parliament votes on grid-scale storage', date: '2026-12-03' };

  it('tells a Turkish reader the English version was corrected, linking to it', () => {
    render(<TranslationNotice ahead={{ ...ahead, type: 'correction' }} locale="tr" />);
    const region = screen.getByRole('region', { name: 'Bu çeviri hakkında' });
    expect(spokenText(region)).toBe('İngilizce sürüm 3 Aralık 2026 tarihinde düzeltildi. Bu çeviri o değişikliği henüz içermiyor.');
    expect(within(region).getByRole('link', { name: 'İngilizce sürüm' }).getAttribute('href')).toBe('/articles/grid-storage-vote/');
  });

  it('says "updated" for an update, in English for an English reader of a Turkish original', () => {
    render(<TranslationNotice ahead={{ ...ahead, locale: 'tr', lang: 'tr', type: 'update' }} locale="en" />);
    const region = screen.getByRole('region', { name: 'About this translation' });
    expect(spokenText(region)).toBe('The Turkish version was updated on 3 December 2026. This translation does not include that change yet.');
    expect(within(region).getByRole('link', { name: 'Turkish version' }).getAttribute('href')).toBe('/tr/articles/grid-storage-vote/');
  });

  it('renders nothing for an up-to-date translation', () => {
    const { container } = render(<TranslationNotice ahead={undefined} locale="tr" />);
    expect(container.innerHTML).toBe('');
  });
});

describe('CorrectionsList', () => {
  it('gives each entry its brief’s title as a link, then its type, date and note', () => {
    render(<CorrectionsList entries={[{ slug: 'grid-storage-vote', title: 'Parliament votes', date: '2026-12-03', type: 'correction', note: 'The fine is 20 million.' }]} locale="en" />);
    const item = screen.getByRole('listitem');
    expect(within(item).getByRole('link', { name: 'Parliament votes' }).getAttribute('href')).toBe('/articles/grid-storage-vote/');
    expect(spokenText(item)).toBe('Parliament votesCorrection, 3 December 2026: The fine is 20 million.');
  });

  it('says plainly when there are none, in Turkish too', () => {
    render(<CorrectionsList entries={[]} locale="tr" />);
    expect(screen.getByText('Bu sürümde henüz hiçbir yazıda düzeltme ya da açıklama yapılmadı.')).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });
});

describe('the CMS preview', () => {
  it('shows corrections and clarifications under the dek, as the page does', () => {
    const { html, sections, file: _file, images: _images, ...article } = makeArticle({ updates });
    render(<BriefPreviewView article={article} html={html} sections={sections} />);
    const region = screen.getByRole('region', { name: 'Corrections and clarifications' });
    expect(within(region).getAllByRole('listitem').map(spokenText)[0]).toBe('Correction, 3 December 2026: An earlier version gave the fine as 2 million euros.');
    const dek = screen.getByText('A vote that decides who pays for the batteries behind the grid.');
    expect(dek.compareDocumentPosition(region) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
