'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/**
 * Development only (rendered when `npm run dev` sets BRIEF_CONTENT_EVENTS): re-fetches the page
 * whenever a file in CONTENT_DIR changes, so editors see their edit without a reload.
 */
export function ContentRefresher({ url }: { url: string }) {
  const router = useRouter();
  useEffect(() => {
    const source = new EventSource(url);
    // Marks the page as live, for editors' tools and the dev test.
    source.onopen = () => document.documentElement.setAttribute('data-content-events', 'open');
    source.onmessage = () => router.refresh();
    return () => source.close();
  }, [url, router]);
  return null;
}
