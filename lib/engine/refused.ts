/**
 * An input the build will not publish (a link in public/, …): an editor's or contributor's file, not a
 * fault of the build. The build fails with its message as one line, no stack (lib/engine/failure.ts).
 */
export class RefusedInput extends Error {
  override readonly name = 'RefusedInput';
}
