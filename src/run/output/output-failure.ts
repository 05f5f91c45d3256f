/**
 * A report file or the exported environment that could not be written once the run was done (disk
 * full, a folder made where the file goes during the run): a failure of the run with its own cause,
 * `output_not_written`, naming the file and the error code, so the summary is still printed and the
 * exit code says the run's outputs are not all there.
 */
import type { RunFailureEntry } from '../summary/summary.js';

export function outputFailureOf(file: string, error: unknown): RunFailureEntry {
  const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message ?? String(error);
  return { cause: 'output_not_written', message: `output_not_written: ${file} could not be written (${code})`, detail: `${file} (${code})` };
}
