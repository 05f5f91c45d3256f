/**
 * The Node versions CI tests (.ci/run's OTHER_NODE_VERSIONS, the one list of them), as binaries the bench
 * can start: the machine's own node plus the official node-<platform>-<arch> package of each version,
 * installed from the npm registry into node_modules/.cache/node-binaries/<version>/ once (as .ci/run does).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { root } from './context.js';

export interface NodeBinary {
  /** e.g. v24.22.3 */
  version: string;
  /** absolute path of its `node` */
  path: string;
}

/** The exact versions .ci/run pins besides the machine's node. */
export function ciNodeVersions(): string[] {
  const ciRun = readFileSync(path.join(root, '.ci/run'), 'utf8');
  const list = /^OTHER_NODE_VERSIONS=\(([^)]*)\)$/m.exec(ciRun)?.[1];
  if (!list) throw new Error('.ci/run has no OTHER_NODE_VERSIONS=(...) line');
  return list.trim().split(/\s+/);
}

/** The machine's node first, then one binary per CI version (installed when missing). */
export function nodeBinaries(log: (message: string) => void): NodeBinary[] {
  const packageName = `node-${process.platform}-${process.arch}`;
  const binaries: NodeBinary[] = [{ version: process.version, path: process.execPath }];
  for (const version of ciNodeVersions()) {
    const prefix = path.join(root, 'node_modules/.cache/node-binaries', version);
    const binary = path.join(prefix, 'node_modules', packageName, 'bin', 'node');
    if (!existsSync(binary)) {
      log(`installing ${packageName}@${version} (npm registry) into ${path.relative(root, prefix)}`);
      execFileSync('npm', ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--prefix', prefix, `${packageName}@${version}`], { stdio: 'ignore' });
    }
    const reported = execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim();
    if (reported !== `v${version}`) throw new Error(`${binary} reports ${reported}, not v${version}`);
    binaries.push({ version: reported, path: binary });
  }
  return binaries;
}
