import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const shiftClock = fileURLToPath(new URL('./fixtures/shift-clock.mjs', import.meta.url));

function build(preload: string[] = []): { dir: string; stdout: string } {
  const dir = mkdtempSync(join(tmpdir(), 'build-'));
  dirs.push(dir);
  const stdout = execFileSync(process.execPath, [...preload, '--import', 'tsx', join(root, 'src/cli.ts'), 'build', '--out-dir', dir], {
    cwd: root,
    encoding: 'utf8',
  });
  return { dir, stdout };
}

const files = [
  'collections/amazon-ads-api.postman_collection.json',
  'environments/amazon-ads-api.na.postman_environment.json',
  'environments/amazon-ads-api.eu.postman_environment.json',
  'environments/amazon-ads-api.fe.postman_environment.json',
];

describe('build command', () => {
  let first: ReturnType<typeof build>;
  let second: ReturnType<typeof build>;
  beforeAll(() => {
    first = build();
    second = build(['--import', shiftClock]); // 400 days later: a leaked timestamp would differ
  });

  it('prints one line per file written', () => {
    const lines = first.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(files.length);
    files.forEach((file, i) => expect(lines[i]).toMatch(new RegExp(`^wrote ${join(first.dir, file).replace(/\./g, '\\.')} \\(\\d+ bytes\\)$`)));
  });

  it('names the files relative to the working directory when --out-dir is inside it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'build-cwd-'));
    dirs.push(dir);
    const stdout = execFileSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'src/cli.ts'), 'build', '--out-dir', 'out'], { cwd: dir, encoding: 'utf8' });
    expect(stdout.trimEnd().split('\n')[0]).toMatch(/^wrote out\/collections\/amazon-ads-api\.postman_collection\.json \(\d+ bytes\)$/);
  });

  it('writes exactly the collection and the three environments, and nothing else', () => {
    expect(readdirSync(join(first.dir, 'collections'))).toEqual(['amazon-ads-api.postman_collection.json']);
    expect(readdirSync(join(first.dir, 'environments')).sort()).toEqual(files.slice(1).map((f) => f.split('/')[1]).sort());
  });

  it('is byte-for-byte deterministic across builds, even with the clock moved', () => {
    for (const file of files) {
      const a = readFileSync(join(first.dir, file));
      expect(a.length).toBeGreaterThan(100);
      expect(a.equals(readFileSync(join(second.dir, file))), file).toBe(true);
    }
  });

  it('writes 2-space JSON with a trailing newline and no export timestamp', () => {
    for (const file of files) {
      const text = readFileSync(join(first.dir, file), 'utf8');
      expect(text.endsWith('}\n')).toBe(true);
      expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
      expect(text).not.toContain('_postman_exported_at');
    }
  });

  it('fails with one line and exit 2 when the output directory cannot be written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'build-'));
    dirs.push(dir);
    const blocker = join(dir, 'not-a-dir');
    writeFileSync(blocker, 'x');
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli.ts'), 'build', '--out-dir', blocker], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^error: cannot write .*not-a-dir.* - choose a writable --out-dir$/)]);
  });
});
