/**
 * Pre-flight: every file the run will write is checked before the first request (issue 17, item 10),
 * so a report name that is a folder, a missing or read-only folder or a name too long for the file
 * system is a usage error (exit 2) naming the path and the fix, instead of a raw error after the
 * whole run: the report folder (created here; also for `--folder reports`' downloaded files), each report file (junit/json at their fixed names, an
 * installed reporter's `--reporter-<name>-export`), `--export-environment`, `--export-globals` and
 * `--export-collection`; and no two of them may be the same file.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { RunOptions } from '../../config/run-settings.js';
import { UsageError } from '../../errors.js';
import { writeProblemOf } from '../../files/check-writable.js';
import { resolvedPathOf } from '../../files/write-target.js';
import type { FileReporter } from '../plugins/load-reporters.js';

/** Throws a UsageError `<label> <what>: <fix>` when `file` cannot be written. */
function checkOutput(label: string, file: string, folderFix?: string): void {
  const problem = writeProblemOf(file);
  if (!problem) return;
  const fix = problem.code === 'EISDIR' && folderFix ? folderFix : problem.fix;
  throw new UsageError(`${label} ${problem.what}: ${fix}`);
}

/** The file a reporter's options name (`--reporter-<name>-export`), as the run will resolve it. */
function exportOptionOf(options: RunOptions, reporter: FileReporter): string | undefined {
  const exportPath = options.reporterOptions[reporter.name]?.export;
  return typeof exportPath === 'string' && exportPath !== '' ? exportPath : undefined;
}

/** Creates the report folder (before any request), or a UsageError when it cannot be written. */
function prepareReportDir(reportDir: string): void {
  try {
    fs.mkdirSync(reportDir, { recursive: true });
    fs.accessSync(reportDir, fs.constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new UsageError(`report folder ${reportDir} cannot be written (${code}): choose another with --report-dir`);
  }
}

/**
 * Two outputs on one file (the exported environment named as the junit file, an htmlextra export as
 * the json file, ...): the later write would replace the earlier one, so it is a usage error. Paths are
 * compared where the writes land (symlinks followed); a character device (/dev/null, a terminal) takes both.
 */
function checkDistinct(outputs: ReadonlyArray<{ label: string; file: string }>): void {
  const byTarget = new Map<string, string>();
  for (const { label, file } of outputs) {
    if (fs.statSync(file, { throwIfNoEntry: false })?.isCharacterDevice()) continue;
    const target = resolvedPathOf(file);
    const earlier = byTarget.get(target);
    if (earlier !== undefined) throw new UsageError(`${earlier} and ${label} both write ${file}, and the second would replace the first: give each its own path`);
    byTarget.set(target, label);
  }
}

export function checkOutputFiles(options: RunOptions, reporters: readonly FileReporter[]): void {
  const outputs: Array<{ label: string; file: string }> = [];
  const exports = [
    ['--export-environment', options.exportEnvironment, 'final.postman_environment.json'],
    ['--export-globals', options.exportGlobals, 'final.postman_globals.json'],
    ['--export-collection', options.exportCollection, 'run.postman_collection.json'],
  ] as const;
  for (const [flag, target, example] of exports) {
    if (!target) continue;
    checkOutput(flag, target, `give a file path such as ${path.join(target, example)}`);
    outputs.push({ label: flag, file: target });
  }
  // --folder reports downloads the report's JSON + CSV into the report folder too
  if (reporters.length > 0 || options.folders.includes('reports')) prepareReportDir(options.reportDir);
  for (const reporter of reporters) {
    const exportPath = exportOptionOf(options, reporter);
    if (exportPath !== undefined) {
      checkOutput(`--reporter-${reporter.name}-export`, exportPath);
      outputs.push({ label: `--reporter-${reporter.name}-export`, file: exportPath });
    } else if (reporter.builtIn) {
      const file = path.resolve(options.reportDir, reporter.defaultFile(options.region, undefined));
      checkOutput(`--reporters ${reporter.name}: report file`, file, 'remove that folder or choose another --report-dir');
      outputs.push({ label: `the ${reporter.name} report`, file });
    }
  }
  checkDistinct(outputs);
}
