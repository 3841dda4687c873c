/** Types for compress-worker.mjs (plain JavaScript, so a worker thread runs it anywhere). */
export const BROTLI_QUALITY: number;
export const BROTLI_QUALITY_LARGE: number;
export const LARGE_FILE: number;
export function encodeCopies(bytes: Uint8Array): { br?: Buffer; gz?: Buffer };
export function writeCopies(file: string): { source: number; br: number; gz: number };
