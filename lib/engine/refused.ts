/**
 * An input the build will not publish (a link in public/, …): an editor's or contributor's file, not a
 * fault of the build. scripts/build.ts prints its message as one line (no stack) and exits 1.
 */
export class RefusedInput extends Error {
  override readonly name = 'RefusedInput';
}
