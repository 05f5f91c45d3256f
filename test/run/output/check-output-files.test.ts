import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveRunOptions, type RunFlags } from '../../../src/config/run-settings.js';
import { UsageError } from '../../../src/errors.js';
import { checkOutputFiles } from '../../../src/run/output/check-output-files.js';
import { loadFileReporters } from '../../../src/run/plugins/file-reporters.js';

let dir: string;
beforeEach(() => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'run-outputs-')));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function check(flags: RunFlags): void {
  const options = resolveRunOptions({ region: 'na', reportDir: path.join(dir, 'reports'), ...flags }, () => ({}));
  checkOutputFiles(options, loadFileReporters(options.reporters));
}

describe('checkOutputFiles', () => {
  it('passes writable outputs and creates the report folder', () => {
    check({ reporters: 'cli,junit,json', exportEnvironment: path.join(dir, 'final.json') });
    expect(fs.statSync(path.join(dir, 'reports')).isDirectory()).toBe(true);
    expect(fs.readdirSync(path.join(dir, 'reports'))).toEqual([]);
  });

  it('refuses two outputs on one file (also through a symlink); /dev/null takes several', () => {
    const junit = path.join(dir, 'reports', 'amazon-ads-api.na.junit.xml');
    fs.mkdirSync(path.join(dir, 'reports'));
    expect(() => check({ reporters: 'cli,junit', exportEnvironment: junit })).toThrow(
      new UsageError(`--export-environment and the junit report both write ${junit}, and the second would replace the first: give each its own path`),
    );
    fs.symlinkSync(path.join(dir, 'reports', 'amazon-ads-api.na.newman.json'), path.join(dir, 'link.json'));
    const linked = { reporters: 'cli,json,htmlextra', reporterOptions: { htmlextra: { export: path.join(dir, 'link.json') } } } as RunFlags;
    expect(() => check(linked)).toThrow(/^the json report and --reporter-htmlextra-export both write /);
    expect(() => check({ reporters: 'cli,htmlextra', exportEnvironment: '/dev/null', reporterOptions: { htmlextra: { export: '/dev/null' } } } as RunFlags)).not.toThrow();
    expect(() => check({ reporters: 'cli,junit,json', exportEnvironment: path.join(dir, 'final.json') })).not.toThrow();
  });

  it('refuses --export-globals or --export-collection on the file another output writes', () => {
    const shared = path.join(dir, 'final.json');
    expect(() => check({ reporters: 'cli', exportEnvironment: shared, exportGlobals: shared } as RunFlags)).toThrow(
      new UsageError(`--export-environment and --export-globals both write ${shared}, and the second would replace the first: give each its own path`),
    );
    expect(() => check({ reporters: 'cli,json', exportCollection: shared, reporterOptions: { json: { export: shared } } } as RunFlags)).toThrow(
      /^--export-collection and --reporter-json-export both write /,
    );
    expect(() => check({ reporters: 'cli', exportGlobals: path.join(dir, 'globals.json'), exportCollection: path.join(dir, 'run.json') } as RunFlags)).not.toThrow();
  });

  it('refuses a junit or json report name that is a folder, naming the file and --report-dir', () => {
    fs.mkdirSync(path.join(dir, 'reports', 'amazon-ads-api.na.newman.json'), { recursive: true });
    expect(() => check({ reporters: 'cli,json' })).toThrow(
      new UsageError(`--reporters json: report file ${path.join(dir, 'reports', 'amazon-ads-api.na.newman.json')} is a folder: remove that folder or choose another --report-dir`),
    );
    expect(() => check({ reporters: 'cli,junit' })).not.toThrow();
  });

  it("refuses an installed reporter's export path that cannot be written", () => {
    const missing = path.join(dir, 'nope', 'report.html');
    const flags = { reporters: 'cli,htmlextra', reporterOptions: { htmlextra: { export: missing } } } as RunFlags;
    expect(() => check(flags)).toThrow(new UsageError(`--reporter-htmlextra-export folder ${path.dirname(missing)} does not exist: create it or choose another path`));
  });

  it('refuses an --export-environment folder with a file name to give instead', () => {
    expect(() => check({ exportEnvironment: dir })).toThrow(
      new UsageError(`--export-environment ${dir} is a folder: give a file path such as ${path.join(dir, 'final.postman_environment.json')}`),
    );
  });

  it('checks the report folder for --folder reports even without a file reporter', () => {
    fs.writeFileSync(path.join(dir, 'blocker'), '');
    const reportDir = path.join(dir, 'blocker', 'reports');
    expect(() => check({ folder: ['reports'], reportDir } as RunFlags)).toThrow(/^report folder .*blocker\/reports cannot be written \(ENOTDIR\): choose another with --report-dir$/);
    expect(() => check({ reportDir })).not.toThrow();
  });
});
