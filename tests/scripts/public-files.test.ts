/**
 * public/ is published as it is, so the build refuses what could publish anything else: a symbolic
 * link (Next's export copies its target's bytes, /etc/passwd or ../.env alike) and a FIFO, socket
 * or device. The walk that fingerprints the build refuses them before anything is built, and links
 * in the site's code too (a link's target can change without the fingerprint noticing).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFingerprint } from '../../lib/engine/fingerprint';
import { RefusedInput } from '../../lib/engine/refused';
import { tempDir } from '../temp';

/** A project folder with `files` (path → text) and nothing else. */
function project(files: Record<string, string>): string {
  const root = tempDir('brief-public-');
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

/** What buildFingerprint threw, or undefined. */
function refusal(root: string): unknown {
  try {
    buildFingerprint(root);
  } catch (error) {
    return error;
  }
  return undefined;
}

const FILES = { 'public/brief.js': '// site script\n', 'public/ads.txt': 'example.com, pub-1, DIRECT\n', 'lib/a.ts': 'export const a = 1;\n', '.env': 'SECRET=1\n' };

describe('files the build refuses in public/ and the code', () => {
  it('refuses a link in public/ to a file of the machine, naming the link and its target', () => {
    const root = project(FILES);
    symlinkSync('/etc/passwd', path.join(root, 'public', 'x.html'));
    const error = refusal(root);
    expect(error).toBeInstanceOf(RefusedInput);
    expect(error instanceof Error ? error.message : '').toBe(
      'public/x.html is a symbolic link to /etc/passwd: public/ files are published as they are, and links are refused (they could publish any file of this machine, .env and .git/config included); copy the file instead',
    );
  });

  it('refuses every link of public/ in one line: inside the project, to a folder, in a dot-folder', () => {
    const root = project(FILES);
    const outside = tempDir('brief-outside-');
    mkdirSync(path.join(root, 'public', '.well-known'));
    symlinkSync('../../.env', path.join(root, 'public', '.well-known', 'env.txt'));
    symlinkSync(outside, path.join(root, 'public', 'docs'));
    symlinkSync('../.git/config', path.join(root, 'public', 'config.txt'));
    const error = refusal(root);
    expect(error).toBeInstanceOf(RefusedInput);
    const message = error instanceof Error ? error.message : '';
    expect(message).toContain('3 symbolic links in public/ (public/.well-known/env.txt → ../../.env, public/config.txt → ../.git/config, public/docs → ');
    expect(message).toContain(`public/docs → ${outside}`);
    expect(message).not.toContain('\n');
  });

  it('refuses public/ itself as a link', () => {
    const root = project({ 'lib/a.ts': 'export const a = 1;\n' });
    symlinkSync('/etc', path.join(root, 'public'));
    expect(refusal(root)).toMatchObject({ name: 'RefusedInput', message: expect.stringContaining('public is a symbolic link to /etc: ') });
  });

  it('refuses a link in the code, which the fingerprint could not follow when its target changes', () => {
    const root = project({ ...FILES, 'shared.ts': 'export const b = 2;\n' });
    symlinkSync('../shared.ts', path.join(root, 'lib', 'b.ts'));
    expect(refusal(root)).toMatchObject({
      name: 'RefusedInput',
      message: "a symbolic link in the site's code (lib/b.ts → ../shared.ts): links are refused there, since a link's target can change without the link and the build would not notice; copy the file instead",
    });
  });

  it('refuses a FIFO in public/, which the export would leave out without a word', () => {
    const root = project(FILES);
    expect(spawnSync('mkfifo', [path.join(root, 'public', 'feed.txt')]).status).toBe(0);
    expect(refusal(root)).toMatchObject({ name: 'RefusedInput', message: 'public/feed.txt is a FIFO: only files and folders are read; remove it' });
  });

  it('fingerprints a public/ of plain files and dot-folders', () => {
    const root = project({ ...FILES, 'public/.well-known/security.txt': 'Contact: mailto:security@example.com\n' });
    const first = buildFingerprint(root);
    writeFileSync(path.join(root, 'public', '.well-known', 'security.txt'), 'Contact: mailto:other@example.com\n');
    expect(buildFingerprint(root)).not.toBe(first);
  });
});
