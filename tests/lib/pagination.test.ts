import { describe, expect, it } from 'vitest';
import { pageCount, pagesOf } from '@/lib/pages/pagination';
import { pageSegments } from '@/lib/site/routes';

describe('pagination', () => {
  it('splits a list into pages of a fixed size, the last one shorter', () => {
    const items = Array.from({ length: 45 }, (_, i) => i);
    const pages = pagesOf(items, 20);
    expect(pages.map((p) => p.page)).toEqual([1, 2, 3]);
    expect(pages[0]?.items).toEqual(items.slice(0, 20));
    expect(pages[2]?.items).toEqual([40, 41, 42, 43, 44]);
    expect(pageCount(45, 20)).toBe(3);
    expect(pageCount(40, 20)).toBe(2);
  });

  it('gives an empty list one empty page, so its URL still exists', () => {
    expect(pagesOf([], 20)).toEqual([{ page: 1, items: [] }]);
    expect(pageCount(0, 20)).toBe(1);
  });

  it('puts page 1 at the list URL and page n under page/n', () => {
    expect(pageSegments(1)).toEqual([]);
    expect(pageSegments(3)).toEqual(['page', '3']);
  });
});
