/**
 * patches/ is applied by our own script (scripts/install/apply-patches.mjs, the "postinstall"), so
 * `npm ci --omit=dev` needs no dev-only tool: each hunk applies to the original file, is left alone
 * where applied already, and anything else is an error naming the fix.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module without types
import { applyHunks, applyPatches, parsePatch } from '../../scripts/install/apply-patches.mjs';
import { projectRoot } from '../support/spawn-cli.js';

type Hunk = [string, string];
const patchText = readFileSync(path.join(projectRoot, 'patches/newman+6.2.2.patch'), 'utf8');
const [entry] = parsePatch(patchText) as Array<{ packageName: string; file: string; hunks: Hunk[] }>;
const installedFile = createRequire(path.join(projectRoot, 'package.json')).resolve('newman/lib/run/index.js');
const patched = readFileSync(installedFile, 'utf8');
/** The file as Newman 6.2.2 ships it: each hunk's result put back to its original. */
const original = entry.hunks.reduce((text: string, [before, after]: Hunk) => text.replace(after, before), patched);

describe('apply-patches', () => {
  it('reads the patch: newman, lib/run/index.js, one hunk adding maxResponseSize', () => {
    expect(entry.packageName).toBe('newman');
    expect(entry.file).toBe('lib/run/index.js');
    expect(entry.hunks).toHaveLength(1);
    expect(entry.hunks[0][1]).toContain('maxResponseSize');
    expect(entry.hunks[0][0]).not.toContain('maxResponseSize');
  });

  it('turns the original file into the patched one', () => {
    expect(original).not.toContain('maxResponseSize');
    expect(applyHunks(original, entry.hunks)).toEqual({ content: patched, changed: true, fits: true });
  });

  it('leaves an applied file alone (idempotent)', () => {
    expect(applyHunks(patched, entry.hunks)).toEqual({ content: patched, changed: false, fits: true });
  });

  it('refuses a file that fits neither way', () => {
    expect(applyHunks('module.exports = 1;\n', entry.hunks)).toMatchObject({ changed: false, fits: false });
  });

  it('npm ci applied it: the installed Newman has nothing left to patch', () => {
    expect(patched).toContain('maxResponseSize');
    expect(applyPatches()).toEqual([]);
  });

  it('package.json runs it on install, with Node alone (no patch-package)', () => {
    const manifest = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8'));
    expect(manifest.scripts.postinstall).toBe('node scripts/install/postinstall.mjs');
    expect(manifest.devDependencies['patch-package']).toBeUndefined();
    expect(manifest.dependencies['patch-package']).toBeUndefined();
  });
});
