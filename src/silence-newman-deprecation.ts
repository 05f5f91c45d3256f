/**
 * newman 6.2.2 (the latest release) reads `fs.F_OK`, `fs.R_OK`, … when it loads (lib/run/secure-fs.js).
 * Node 24 deprecates those properties at run time (DEP0176), so every run would print
 * "DeprecationWarning: fs.F_OK is deprecated …" on stderr: nothing a user can act on, and it breaks the
 * one-line error contract. This drops exactly that warning code; every other warning is printed as Node
 * prints it. src/cli.ts imports this module first.
 */
const silencedCodes = new Set(['DEP0176']);

/** The warning code, wherever `process.emitWarning(warning, type, code)` / `(warning, { code })` put it. */
function codeOf(warning: unknown, typeOrOptions: unknown, code: unknown): unknown {
  if (typeof typeOrOptions === 'object' && typeOrOptions !== null) return (typeOrOptions as { code?: unknown }).code;
  return code ?? (warning as { code?: unknown } | undefined)?.code;
}

const emitWarning = process.emitWarning as (...args: unknown[]) => void;

process.emitWarning = function emitUnlessSilenced(this: NodeJS.Process, ...args: unknown[]): void {
  const code = codeOf(args[0], args[1], args[2]);
  if (typeof code === 'string' && silencedCodes.has(code)) return;
  emitWarning.apply(this, args);
} as typeof process.emitWarning;
