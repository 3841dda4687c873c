/** Types for serve.mjs (kept as plain JavaScript so `npm start` needs no compiler). */
export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}
export function serveStatic(root: string, options?: { port?: number; base?: string }): Promise<StaticServer>;
