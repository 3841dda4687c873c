/**
 * How a build fails: one error type, `BuildFailed`, carrying the phase it failed in and the one line
 * that says what happened and what became of the export. Whatever a phase throws becomes one
 * (`toFailure`); the CLI prints it (`printFailure`) and exits non-zero, the build's one exit point.
 */
import { expectedFailure, INVALID_CONTENT, REPORTED } from './faults';
import { ProcessFailed } from './parallel';
import { TimedOut } from './wait';

/** The phases of a build, in the order they run (lib/engine/build.ts). */
export const PHASES = ['lock', 'recover', 'mode', 'prepare', 'render', 'stage', 'generated files', 'photos', 'share images', 'search index', 'compress', 'swap'] as const;
export type Phase = (typeof PHASES)[number];

export class BuildFailed extends Error {
  override readonly name = 'BuildFailed';
  /** A process of the build has printed why already (the content's problems, a fault in one line): nothing more to say. */
  readonly said: boolean;
  /** An error the build did not expect (a bug), whose stack is worth printing. */
  readonly bug: unknown;

  constructor(
    readonly phase: Phase,
    /** What happened and what became of the export, in one line: `next build failed; out/ is unchanged.` */
    message: string,
    { said = false, bug }: { said?: boolean; bug?: unknown } = {},
  ) {
    super(message);
    this.said = said;
    this.bug = bug;
  }
}

/**
 * `error`, thrown in `phase`, as a BuildFailed. `outcome` says what became of the export (`out/ is
 * unchanged`); `folders` are where the build writes (to name a full disk).
 */
export function toFailure(error: unknown, phase: Phase, outcome: string, folders: readonly string[]): BuildFailed {
  if (error instanceof BuildFailed) return error;
  if (error instanceof ProcessFailed) return new BuildFailed(phase, `${error.message}; ${outcome}.`, { said: error.code === REPORTED || error.code === INVALID_CONTENT });
  if (error instanceof TimedOut) return new BuildFailed(phase, `${error.message}; ${outcome}.`);
  const line = expectedFailure(error, `${outcome}.`, folders);
  if (line !== undefined) return new BuildFailed(phase, line);
  return new BuildFailed(phase, `the build failed; ${outcome}.`, { bug: error });
}

/** Prints a failed build: an expected failure in one `✗` line, a bug with its stack first, nothing more where a process has said it. */
export function printFailure(error: unknown): void {
  if (!(error instanceof BuildFailed)) {
    console.error(error);
    console.error('✗ the build failed.');
    return;
  }
  if (error.bug !== undefined) console.error(error.bug);
  if (!error.said) console.error(`✗ ${error.message}`);
}
