/** `npm run coverage` end to end: the official collection, and each kind of bad input. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { needsShared, sharedPath } from '../support/needs.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const official = sharedPath('reference/postman/Amazon_Ads_API.postman_collection.json');
const unifiedOfficial = sharedPath('reference/postman/unified/Amazon_Ads_Unified_API.postman_collection.json');
const officialPresent = needsShared('reference/postman/Amazon_Ads_API.postman_collection.json');
const unifiedOfficialPresent = needsShared('reference/postman/unified/Amazon_Ads_Unified_API.postman_collection.json');
const dir = mkdtempSync(join(tmpdir(), 'coverage-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function coverage(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli.ts'), 'coverage', ...args], { cwd: root, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('coverage command', () => {
  it.runIf(officialPresent)('covers all 244 requests of the official collection, per folder', () => {
    const run = coverage(official);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('coverage 244/244\n');
    expect(run.stdout).toMatch(/^ {2}Sponsored Products +47\/47$/m);
    expect(run.stdout).toMatch(/^ {2}Amazon Marketing Cloud +33\/33$/m);
    expect(run.stdout).toMatch(/^ {2}Partner opportunities +2\/2$/m);
    expect(run.stdout).toContain('missing from ours (0):');
  });

  it.runIf(unifiedOfficialPresent)('covers all 118 requests of the official Unified API collection, per folder', () => {
    const run = coverage(unifiedOfficial);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('coverage 118/118\n');
    expect(run.stdout).toMatch(/^ {2}Auth +3\/3$/m);
    expect(run.stdout).toMatch(/^ {2}Unified API — Prod \(3P\) +52\/52$/m);
    expect(run.stdout).toMatch(/^ {2}Unified API — Beta +63\/63$/m);
    expect(run.stdout).toContain('missing from ours (0):');
  });

  it('reports the coverage of a collection inside the repository (the generated one: all of it, both parts)', () => {
    const run = coverage('collections/amazon-ads-api.postman_collection.json');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^ {2}Unified API +115\/115$/m);
    expect(run.stdout).toMatch(/^ {2}Sponsored Products +47\/47$/m);
    expect(run.stdout).toContain('missing from ours (0):');
  });

  it('reports what ours lacks when compared with a bigger collection', () => {
    const file = join(dir, 'bigger.json');
    const item = [{ name: 'New', item: [{ name: 'Brand new endpoint', request: { method: 'POST', url: '{{api_url}}/not/in/ours' } }] }];
    writeFileSync(file, JSON.stringify({ info: { name: 'x', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' }, item }));
    const run = coverage(file);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('coverage 0/1\n');
    expect(run.stdout).toContain('missing from ours (1):\n  POST /not/in/ours  (New / Brand new endpoint)\n');
  });

  const bad: Array<[string, () => string, RegExp]> = [
    ['a missing file', () => join(dir, 'nope.json'), /nope\.json: no such file/],
    ['a file that is not JSON', () => (writeFileSync(join(dir, 'broken.json'), '{ "info": '), join(dir, 'broken.json')), /broken\.json: not JSON/],
    ['JSON that is not a collection', () => join(root, 'package.json'), /package\.json: not a Postman collection/],
    [
      'an unsupported collection format',
      () => (writeFileSync(join(dir, 'v1.json'), JSON.stringify({ info: { schema: 'https://schema.getpostman.com/json/collection/v1.0.0/collection.json' }, item: [] })), join(dir, 'v1.json')),
      /v1\.json: collection format .* is not supported/,
    ],
  ];
  it.each(bad)('%s: one line on stderr, exit 2, nothing on stdout', (_, file, message) => {
    const run = coverage(file());
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\s+at\s/);
  });
});
