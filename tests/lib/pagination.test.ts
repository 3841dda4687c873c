import { describe, expect, it } from 'vitest';
import { pageCount, pageNumber, pageParams, paginate } from '@/lib/pages/pagination';

describe('pagination', () => {
  const items = Array.from({ length: 45 }, (_, i) => i);

  it('splits a list into fixed-size pages and refuses pages that do not exist', () => {
    expect(paginate(items, 1, 20)).toEqual({ items: items.slice(0, 20), page: 1, pageCount: 3 });
    expect(paginate(items, 3, 20)?.items).toEqual([40, 41, 42, 43, 44]);
    expect(paginate(items, 4, 20)).toBeUndefined();
    expect(paginate(items, 0, 20)).toBeUndefined();
    expect(paginate(items, 1.5, 20)).toBeUndefined();
  });

  it('gives an empty list one (empty) page', () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(paginate([], 1, 20)).toEqual({ items: [], page: 1, pageCount: 1 });
  });

  it('maps page numbers to catch-all route params and back', () => {
    expect(pageParams(45, 20)).toEqual([{ page: [] }, { page: ['page', '2'] }, { page: ['page', '3'] }]);
    for (const { page } of pageParams(45, 20)) expect(pageNumber(page)).toBeGreaterThanOrEqual(1);
    expect(pageNumber(undefined)).toBe(1);
    expect(pageNumber(['page', '3'])).toBe(3);
    for (const bad of [['page', '1'], ['page', '02'], ['page'], ['pages', '2'], ['page', '2', 'x'], ['page', '-1']]) {
      expect(pageNumber(bad)).toBeUndefined();
    }
  });
});
