/** A file the command line writes: a bare file name (no folders), its text, and whether it is a script to run. */
export interface OutputFile {
  readonly name: string;
  readonly content: string;
  readonly executable?: boolean;
}

/**
 * Everything the command line does to the outside world, injected so `run` can be tested in process.
 * `readText` and `writeFiles` throw a {@link CliError} with a message for the user when they fail.
 */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** True when stdout is a terminal and NO_COLOR is unset: the text report may use colour. */
  readonly color: boolean;
  /** Reads a UTF-8 text file, refusing files larger than `maxBytes` before reading them. */
  readonly readText: (path: string, maxBytes: number) => Promise<string>;
  /** The size in bytes of a file, without reading it. */
  readonly fileSize: (path: string) => Promise<number>;
  /** Today's date, `yyyy-mm-dd` (UTC): the command line reads the clock so core does not have to. */
  readonly today: () => string;
  /** Writes `files` into `dir` (created if needed) through a staging folder, so a failure leaves `dir` as it was. */
  readonly writeFiles: (dir: string, files: readonly OutputFile[]) => Promise<void>;
}

/** Exit codes (README, "Command line"). */
export const EXIT = {
  ok: 0,
  errorFindings: 1,
  unusableInput: 2,
  internal: 70,
} as const;

/** A problem the user can fix (a file, an option, the plan); its message is shown as is. */
export class CliError extends Error {
  override readonly name = 'CliError';
  readonly exitCode: number;

  constructor(message: string, exitCode: number = EXIT.unusableInput) {
    super(message);
    this.exitCode = exitCode;
  }
}

export function isCliError(error: unknown): error is CliError {
  return error instanceof CliError;
}
