import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArticle } from '@/lib/content/article';
import { formatIssue } from '@/lib/content/error';
import { checkTopics } from '@/lib/content/topics';

const dir = 'tests/fixtures/articles';
const { topics } = checkTopics(readFileSync(path.join(dir, 'topics.yml'), 'utf8'), `${dir}/topics.yml`);
const valid = readFileSync(path.join(dir, 'valid.md'), 'utf8');

/** The problems of valid.md with its line `from` (default: its `date`) replaced by `line`, as `npm run check` prints them. */
async function problemsWith(line: string, from = 'date: 2026-11-01'): Promise<string[]> {
  const source = valid.replace(from, line);
  expect(source).not.toBe(valid);
  const result = await checkArticle(source, 'content/dated.md', topics);
  return result.issues.map(formatIssue);
}

describe('a date that names no real day says why', () => {
  it.each([
    ['date: 2026-02-30', 'content/dated.md:4:7: date: expected a real calendar date as YYYY-MM-DD, found "2026-02-30": February 2026 has 28 days'],
    ['date: 2026-02-29', 'content/dated.md:4:7: date: expected a real calendar date as YYYY-MM-DD, found "2026-02-29": February 2026 has 28 days'],
    ['date: 1900-02-29', 'content/dated.md:4:7: date: expected a real calendar date as YYYY-MM-DD, found "1900-02-29": February 1900 has 28 days'],
    ['date: 2026-04-31', 'content/dated.md:4:7: date: expected a real calendar date as YYYY-MM-DD, found "2026-04-31": April 2026 has 30 days'],
    ['date: 2026-11-00', 'content/dated.md:4:7: date: expected a real calendar date as YYYY-MM-DD, found "2026-11-00": November 2026 has 30 days'],
    ['date: 2026-13-01', 'content/dated.md:4:7: date: expected a real calendar date as YYYY-MM-DD, found "2026-13-01": there is no month 13: months go from 01 to 12'],
    ['date: "2026-11-28T25:00:00Z"', 'content/dated.md:4:7: date: expected a real calendar date as YYYY-MM-DD, found "2026-11-28T25:00:00Z": there is no hour 25: hours go from 00 to 23'],
  ])('%s', async (line, message) => {
    expect(await problemsWith(line)).toEqual([message]);
  });

  it('says why for updated too; real dates (leap days included) pass, and a value not shaped like a date still gets the expected form', async () => {
    const updated = await problemsWith('updated: 2026-11-31', 'updated: "2026-11-02T09:30:00Z"');
    expect(updated).toEqual(['content/dated.md:5:10: updated: expected a real calendar date as YYYY-MM-DD, found "2026-11-31": November 2026 has 30 days']);
    for (const line of ['date: 2024-02-29', 'date: 2000-02-29', 'date: 2026-10-31', 'date: "2026-10-31T23:59:59Z"']) {
      expect(await problemsWith(line), line).toEqual([]);
    }
    expect(await problemsWith('date: 28/11/2026')).toEqual([
      'content/dated.md:4:7: date: expected a date as YYYY-MM-DD or an ISO date-time such as 2026-11-28T09:30:00Z, found "28/11/2026"',
    ]);
  });
});
