/** Types for compress-worker.mjs (plain JavaScript, so a worker thread runs it anywhere). */
export const BROTLI_QUALITY: number;
export function encodeCopies(bytes: Uint8Array): { br?: Buffer; gz?: Buffer };
export function writeCopies(file: string): { source: number; br: number; gz: number };
