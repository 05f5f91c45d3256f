/**
 * The file reporters a run asks for (--reporters, every name but cli), loaded before any request:
 * Newman's own junit and json (the json summary bounded per execution, compact-run-summary.ts) and
 * any installed `newman-reporter-<name>`, found as Newman finds it. An unknown name is a UsageError.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import junitReporter from 'newman/lib/reporters/junit/index.js';
import jsonReporter from 'newman/lib/reporters/json/index.js';
import type { NewmanReporterHost, SummaryWritingHost } from 'newman-reporter-host';
import type { RegionId } from '../../core/regions.js';
import type { ReporterId, ReporterName } from '../../config/options.js';
import { UsageError } from '../../errors.js';
import { compactRunSummary } from './compact-run-summary.js';

export type BuildReporter = (host: NewmanReporterHost, options: object, runOptions: object) => void;

/**
 * Newman's json reporter on a host whose `beforeDone` hands it the compacted summary
 * (compact-run-summary.ts): per execution what a reader needs, not every script of the collection.
 */
const compactJsonReporter: BuildReporter = (host, options) => {
  const compacting: SummaryWritingHost = {
    exports: host.exports,
    on: (event, listener) =>
      host.on(event, (error, payload) => {
        const summary = event === 'beforeDone' ? payload?.summary : undefined;
        // the compacted summary has Newman's shape, with fewer fields per execution
        listener(error, summary ? { ...payload, summary: compactRunSummary(summary) } : payload);
      }),
  };
  jsonReporter(compacting, options);
};

const builtIn: Record<Exclude<ReporterId, 'cli'>, { build: BuildReporter; file: (region: RegionId) => string }> = {
  junit: { build: junitReporter, file: (region) => `amazon-ads-api.${region}.junit.xml` },
  json: { build: compactJsonReporter, file: (region) => `amazon-ads-api.${region}.newman.json` },
};

/** A file reporter ready to attach: its name, how it builds, where its file goes when it names none. */
export interface FileReporter {
  name: string;
  /** junit / json (Newman's own); false for an installed newman-reporter-<name>. */
  builtIn: boolean;
  build: BuildReporter;
  defaultFile(region: RegionId, suggested: string | undefined): string;
}

/** `newman-reporter-<name>` as Newman finds it: installed beside the user's project, else beside this tool. */
function requireExternal(name: string): BuildReporter | undefined {
  const packageName = `newman-reporter-${name}`;
  for (const base of [path.join(process.cwd(), 'package.json'), import.meta.url]) {
    let loaded: unknown;
    try {
      loaded = createRequire(base)(packageName);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND' && String((error as Error).message).includes(`'${packageName}'`)) continue;
      throw new UsageError(`reporter ${name}: ${packageName} failed to load (${(error as Error).message.split('\n')[0]}): reinstall it`);
    }
    if (typeof loaded === 'function') return loaded as BuildReporter;
    throw new UsageError(`reporter ${name}: ${packageName} does not export a Newman reporter function: check the package`);
  }
  return undefined;
}

/** The file reporters asked for (every name but cli), loaded before any request; an unknown one is a UsageError. */
export function loadFileReporters(names: readonly ReporterName[]): FileReporter[] {
  return names
    .filter((name) => name !== 'cli')
    .map((name): FileReporter => {
      if (name in builtIn) {
        const known = builtIn[name as keyof typeof builtIn];
        return { name, builtIn: true, build: known.build, defaultFile: (region) => known.file(region) };
      }
      const build = requireExternal(name);
      if (!build) throw new UsageError(`unknown reporter "${name}": use --reporters with cli, junit, json, or install newman-reporter-${name} (npm install newman-reporter-${name})`);
      return {
        name,
        builtIn: false,
        build,
        defaultFile: (region, suggested) => `amazon-ads-api.${region}.${name}${path.extname(suggested ?? '') || '.txt'}`,
      };
    });
}

/** True for a reporter name that is not one of Newman's own (cli, junit, json): an installed newman-reporter-<name>. */
export function isExternalReporter(name: string): boolean {
  return name !== 'cli' && !(name in builtIn);
}
