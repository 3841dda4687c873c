/** Types for backend.mjs (plain JavaScript, so `npm run cms` needs no compiler). */
export interface CmsBackend {
  close(): Promise<void>;
}
export function startCmsBackend(options: { repo: string; contentDir: string; port: number; host?: string; logLevel?: string }): Promise<CmsBackend>;
export function requestedPaths(body: unknown): { files: unknown[]; folders: unknown[] } | undefined;
export function isCmsPath(value: unknown, contentFolder: string, kind: 'file' | 'folder'): boolean;
