import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { preludeExports } from '../../../src/scripts/prelude/node-exports.js';
import { readPreludePart } from '../../../src/scripts/prelude/parts.js';

describe('preludeExports', () => {
  it('gives the bindings the part file defines, as that file writes them', () => {
    const { parseKeepingProfileIds } = preludeExports<{ parseKeepingProfileIds: (text: string) => unknown }>('profile-ids', ['parseKeepingProfileIds']);
    expect(readPreludePart('profile-ids')).toContain(String(parseKeepingProfileIds));
    expect(parseKeepingProfileIds('{"profileId": 12345678901234567890}')).toEqual({ profileId: '12345678901234567890' });
    const { PROFILE_NAME_CAP, shownName } = preludeExports<{ PROFILE_NAME_CAP: number; shownName: (name: string, limit: number) => string }>('shown-name', ['PROFILE_NAME_CAP', 'shownName']);
    expect(PROFILE_NAME_CAP).toBe(40);
    expect(shownName('abcdef', 4)).toBe('abc…');
  });

  it('names the part and the binding it does not define', () => {
    expect(() => preludeExports<{ nope: number }>('dates', ['nope'])).toThrow('prelude part "dates" (src/scripts/prelude/) defines no nope');
  });

  it('refuses a part that needs the sandbox (pm) or the build (CAUSE)', () => {
    expect(() => preludeExports<{ value: unknown }>('value', ['value'])).toThrow(/prelude part "value" uses pm\., which only the sandbox has/);
    expect(() => preludeExports<{ failTest: unknown }>('fail-test', ['failTest'])).toThrow(/uses (pm|CAUSE)\./);
  });

  it('accepts names only, never code', () => {
    expect(() => preludeExports<Record<string, unknown>>('dates', ['DAY_MS }; globalThis.x = 1; ({ y'])).toThrow(/is not a name a prelude part can define/);
  });
});

describe('the rules Node takes from the prelude', () => {
  const src = fileURLToPath(new URL('../../../src/', import.meta.url));
  const files = (fs.readdirSync(src, { recursive: true, encoding: 'utf8' }) as string[]).filter((file) => /\.(ts|js)$/.test(file));

  it.each([
    ['the profileId digits pattern', /"profileId"\\s\*:/, 'scripts/prelude/profile-ids.js'],
    ['a 40-character name cap', /NAME_CAP\s*=\s*\d/, 'scripts/prelude/shown-name.js'],
    ['a name cut that slices before an ellipsis', /slice\([^)]*\)\s*\+\s*['"](\\u2026|…)/, undefined],
  ])('%s is written in one file only', (_what, pattern, home) => {
    const found = files.filter((file) => pattern.test(fs.readFileSync(path.join(src, file), 'utf8'))).map((file) => file.split(path.sep).join('/'));
    expect(found).toEqual(home ? [home] : []);
  });
});
