/**
 * next/link renders fine in jsdom, but `next build` inlines `process.env.__NEXT_TRAILING_SLASH`
 * from next.config.ts (`trailingSlash: true`) into next/link; under Vitest nothing defines it, so
 * next/link strips the trailing slash (`/topics/` → `/topics`). This mirrors the real config.
 */
import { afterAll, beforeAll, vi } from 'vitest';
import nextConfig from '@/next.config';

export function mirrorNextConfigEnv(): void {
  beforeAll(() => {
    vi.stubEnv('__NEXT_TRAILING_SLASH', nextConfig.trailingSlash ? 'true' : '');
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });
}
