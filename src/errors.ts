/**
 * The two ways a command ends badly, each with its exit code. Throw these; src/cli.ts prints the
 * message as one line on stderr (never a stack trace) and exits with the code.
 */

/** Bad input or configuration, found before any request is sent: exit 2. */
export class UsageError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A run that started and failed (a request, an assertion, the server): exit 1. */
export class RunFailure extends Error {
  readonly exitCode = 1;
  constructor(message: string) {
    super(message);
    this.name = 'RunFailure';
  }
}

export function exitCodeOf(error: unknown): number {
  if (error instanceof UsageError || error instanceof RunFailure) return error.exitCode;
  return 1;
}
