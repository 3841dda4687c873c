import { describe, expect, it } from 'vitest';
import { relatedBySlug } from '@/lib/pages/related';

const brief = (slug: string, topic: string, tags: string[] = []) => ({ slug, topic: { id: topic }, tags });

describe('relatedBySlug', () => {
  it('prefers shared tags over a shared topic, never returns the article itself, and caps the list', () => {
    const articles = [
      brief('a', 'tech', ['chips', 'export']),
      brief('b', 'tech'),
      brief('c', 'economy', ['chips', 'export']),
      brief('d', 'economy', ['chips']),
      brief('e', 'health'),
      brief('f', 'tech'),
    ];
    const related = relatedBySlug(articles, 3);
    expect(related.get('a')?.map((x) => x.slug)).toEqual(['c', 'd', 'b']);
    expect(related.get('e')).toEqual([]);
    for (const [slug, list] of related) {
      expect(list.map((x) => x.slug)).not.toContain(slug);
      expect(list.length).toBeLessThanOrEqual(3);
    }
  });

  it('grows linearly: 20,000 articles in one topic with shared tags stay fast', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => brief(`s${i}`, 'one', [`t${i % 5}`, 'common']));
    // CPU time, not the clock: other test files share the machine.
    const started = process.cpuUsage();
    const related = relatedBySlug(many, 3);
    expect(related.size).toBe(20_000);
    expect(related.get('s100')?.every((x) => x.tags.includes('t0'))).toBe(true);
    const used = process.cpuUsage(started);
    expect((used.user + used.system) / 1000).toBeLessThan(5000);
  });
});
