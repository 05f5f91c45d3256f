/**
 * The exports of a run's `after` steps (--export-environment, --export-globals, --export-collection):
 * written through the one atomic writer; a write failing now is the failure `output_not_written`
 * (output-failure.ts). The targets were checked before the first request (check-output-files.ts).
 * A scope export (environment, globals) has its secrets emptied and typed secret
 * (newman/environment.ts `maskEnvironment`) and every secret the run learnt redacted, unless --export-secrets.
 */
import type { Redactor } from '../../core/redact.js';
import { writeFileAtomic } from '../../files/write-file-atomic.js';
import { maskEnvironment, type EnvironmentJson } from '../newman/environment.js';
import type { RunAddition } from '../summary/summary.js';
import { outputFailureOf } from './output-failure.js';

type ExportKey = 'exportedEnvironment' | 'exportedGlobals' | 'exportedCollection';

/** Writes `content` to `file`: the addition naming the file under `key`, or the output failure. */
export function writeExport(key: ExportKey, file: string, content: string): RunAddition {
  try {
    writeFileAtomic(file, content + '\n');
    return { [key]: file };
  } catch (error) {
    return { failures: [outputFailureOf(file, error)] };
  }
}

/** An exported scope as text: whole with --export-secrets, else masked and redacted. */
export function scopeExportText(json: EnvironmentJson, exportSecrets: boolean, redactor: Redactor): string {
  return exportSecrets ? JSON.stringify(json, null, 2) : redactor.redact(JSON.stringify(maskEnvironment(json), null, 2));
}
