/**
 * package.json says what a user and CI can rely on: the Node versions supported (and each one CI
 * tests), an install without warnings (every install script decided in "allowScripts"), runtime
 * dependencies that the runtime really imports, and a working `amazon-ads-collection` bin.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanEnv, projectRoot } from '../support/spawn-cli.js';

interface Manifest {
  version: string;
  engines: { node: string };
  bin: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  allowScripts: Record<string, boolean>;
}

const manifest = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as Manifest;
const ciRun = readFileSync(path.join(projectRoot, '.ci/run'), 'utf8');

/** Whether `version` (x.y.z) satisfies an engines range made of `^x.y.z` alternatives, as the project writes it. */
function satisfies(version: string, range: string): boolean {
  const [major, minor, patch] = version.replace(/^v/, '').split('.').map(Number);
  return range.split('||').some((part) => {
    const match = /^\^(\d+)\.(\d+)\.(\d+)$/.exec(part.trim());
    if (!match) throw new Error(`engines range part "${part.trim()}" is not ^x.y.z`);
    const [wantMajor, wantMinor, wantPatch] = match.slice(1).map(Number);
    return major === wantMajor && (minor > wantMinor || (minor === wantMinor && patch >= wantPatch));
  });
}

const pinnedNodeVersions = (/^OTHER_NODE_VERSIONS=\(([^)]*)\)$/m.exec(ciRun)?.[1] ?? '').trim().split(/\s+/).filter(Boolean);

describe('supported Node versions', () => {
  it('engines names Node 20.19+ (past its end of life, kept working), 22, 24 and 26, and the Node running the tests is one of them', () => {
    const majors = manifest.engines.node.split('||').map((part) => Number(/\^(\d+)\./.exec(part)?.[1]));
    expect(majors).toEqual([20, 22, 24, 26]);
    expect(satisfies('20.19.0', manifest.engines.node)).toBe(true);
    expect(satisfies('20.18.3', manifest.engines.node)).toBe(false);
    expect(satisfies('26.0.0', manifest.engines.node)).toBe(true);
    expect(satisfies(process.version, manifest.engines.node)).toBe(true);
  });

  it('.ci/run pins an exact version of 22, 24 and 26, each inside engines', () => {
    expect(pinnedNodeVersions.map((version) => Number(version.split('.')[0]))).toEqual([22, 24, 26]);
    for (const version of pinnedNodeVersions) {
      expect(version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(satisfies(version, manifest.engines.node), version).toBe(true);
    }
    expect(ciRun.trimEnd().split('\n').filter((line) => line.startsWith('echo "tests: ')).at(-1)).toBe('echo "tests: $passed passed, $failed failed, $skipped skipped"');
  });
});

describe('.ci/run', () => {
  const versionTests = (/^VERSION_TESTS=\(([^)]*)\)$/m.exec(ciRun)?.[1] ?? '').split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));

  it('runs the whole suite once (machine Node) and, on every other version, paths that exist', () => {
    expect(ciRun).toContain('run_tests "Node $(node --version), whole suite" "$PATH" npm test --');
    expect(ciRun).toContain('npx vitest run "${VERSION_TESTS[@]}"');
    expect(versionTests.length).toBeGreaterThan(3);
    for (const entry of versionTests) expect(existsSync(path.join(projectRoot, entry)), entry).toBe(true);
  });

  it('skips nothing: sets CI, and fails on the line naming skipped files', () => {
    expect(ciRun).toMatch(/^export CI="\$\{CI:-true\}"$/m);
    expect(ciRun).toContain("grep -E '^skipped in [0-9]+ test files?, because'");
    expect(ciRun).toContain('--reporter=./test/support/needs-reporter.ts');
  });

  it('smoke-runs the production install and the packed tarball, and prints the time of each part', () => {
    expect(ciRun).toContain('npm_clean npm ci --omit=dev --no-audit --no-fund');
    expect(ciRun).toContain('npm pack --silent --pack-destination "$tools"');
    expect(ciRun).toContain('npx --no-install amazon-ads-collection collection --region eu --emulator');
    expect(ciRun).toContain('echo "== $part_name: took $took s"');
  });
});

describe('a clean install', () => {
  it('"allowScripts" decides every locked package that has an install script (npm ci prints no install-scripts warning)', () => {
    const lock = JSON.parse(readFileSync(path.join(projectRoot, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { hasInstallScript?: boolean; optional?: boolean; os?: string[] }>;
    };
    const withScripts = Object.entries(lock.packages)
      .filter(([key, entry]) => key !== '' && entry.hasInstallScript)
      .map(([key]) => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length));
    expect(withScripts.length).toBeGreaterThan(0);
    const decided = Object.keys(manifest.allowScripts).map((key) => key.replace(/(?<=.)@[^@]*$/, ''));
    for (const name of withScripts) expect(decided, `${name} has an install script`).toContain(name);
    expect(ciRun).toContain(`grep -iE '^npm warn' "$log"`);
    expect(ciRun).toContain('npm_clean npm ci --no-audit --no-fund');
  });
});

/** Bare package names imported (or resolved with import.meta.resolve) at run time by src/ and the launcher (type-only imports excluded). */
function runtimeImports(): Set<string> {
  const files = [
    ...readdirSync(path.join(projectRoot, 'src'), { recursive: true, encoding: 'utf8' }).map((file) => path.join(projectRoot, 'src', file)),
    path.join(projectRoot, 'scripts/launch.mjs'),
    ...readdirSync(path.join(projectRoot, 'scripts/launch')).map((file) => path.join(projectRoot, 'scripts/launch', file)),
  ]
    .filter((file) => /\.(ts|js|mjs)$/.test(file) && statSync(file).isFile())
    // the sandbox scripts (src/scripts/*.js) run in Postman, never import, and may say ` from '` in a message
    .filter((file) => !(file.includes(`${path.sep}src${path.sep}scripts${path.sep}`) && file.endsWith('.js')));
  const names = new Set<string>();
  for (const file of files) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (/^\s*import type /.test(line)) continue;
      for (const match of line.matchAll(/(?:from |import\(|import\.meta\.resolve\()\s*'([^'.][^']*)'/g)) {
        const specifier = match[1];
        if (specifier.startsWith('node:')) continue;
        names.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]);
      }
    }
  }
  return names;
}

describe('dependencies', () => {
  it('"dependencies" are exactly what src/ and the launcher import; test-only packages are devDependencies', () => {
    const imported = runtimeImports();
    // Loaded only when src/ runs as .ts (tsx, vitest), where devDependencies are installed: the report
    // download worker registers tsx before importing its .ts file; the launcher's compiled .js never does.
    const sourceOnly = ['tsx'];
    for (const name of sourceOnly) {
      expect(imported.has(name), `${name} is no longer imported: drop it from sourceOnly`).toBe(true);
      expect(Object.keys(manifest.devDependencies), `${name} is needed from source only`).toContain(name);
      expect(Object.keys(manifest.dependencies)).not.toContain(name);
    }
    // Newman reporters are loaded by name (--reporters htmlextra -> newman-reporter-htmlextra), never imported.
    const loadedByName = Object.keys(manifest.dependencies).filter((name) => name.startsWith('newman-reporter-'));
    expect(loadedByName).toEqual(['newman-reporter-htmlextra']);
    expect([...imported].filter((name) => !sourceOnly.includes(name)).sort()).toEqual(
      Object.keys(manifest.dependencies).filter((name) => !loadedByName.includes(name)).sort(),
    );
    expect(Object.keys(manifest.devDependencies)).toEqual(expect.arrayContaining(['yaml', 'ajv-formats']));
  });
});

describe('the amazon-ads-collection bin', () => {
  it('is the launcher, executable, with a shebang that keeps Node from reading --env-file itself', () => {
    expect(manifest.bin).toEqual({ 'amazon-ads-collection': 'scripts/launch.mjs' });
    const launcher = path.join(projectRoot, manifest.bin['amazon-ads-collection']);
    expect(statSync(launcher).mode & 0o111).not.toBe(0);
    expect(readFileSync(launcher, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env -S node --');
  });

  it('runs from the clone with npx and answers --version', () => {
    const printed = execFileSync('npx', ['--no-install', 'amazon-ads-collection', '--version'], { cwd: projectRoot, env: cleanEnv(), encoding: 'utf8' });
    expect(printed.trim()).toBe(manifest.version);
  });

  it('hands --env-file to the tool, not to Node (which would exit 9 on a missing file), as docs/running.md writes it', () => {
    // `npx -- …`: npx is a Node program, so the `--` keeps Node from reading the tool's --env-file itself.
    const missing = path.join(projectRoot, 'no-such-dir', 'missing.env');
    const ran = spawnSync('npx', ['--no-install', '--', 'amazon-ads-collection', 'collection', '--region', 'eu', '--env-file', missing], {
      cwd: projectRoot,
      env: cleanEnv(),
      encoding: 'utf8',
    });
    expect(ran.status).toBe(2);
    expect(ran.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^error: .*missing\.env/)]);
  });
});
