import { describe, expect, it } from 'vitest';
import { NAME_LIMIT, PROFILE_NAME_CAP, shownName } from '../../src/rules/shown-name.js';
import { scriptSource } from '../scripts/sandbox-harness.js';

describe('shownName', () => {
  it('keeps a name up to the limit as it is', () => {
    expect(shownName('Shop UK')).toBe('Shop UK');
    expect(shownName('x'.repeat(NAME_LIMIT))).toBe('x'.repeat(NAME_LIMIT));
  });

  it('cuts a longer one to the limit, ellipsis included', () => {
    const shown = shownName('a'.repeat(100 * 1024 * 1024));
    expect(shown).toBe(`${'a'.repeat(NAME_LIMIT - 1)}…`);
    expect(shownName('abcdef', 4)).toBe('abc…');
  });

  it('makes control characters visible (ESC, BEL, DEL, C1), before the cut', () => {
    expect(shownName('Shop\u001b]0;pwned\u0007\u001b[2K  result passed\u007f\u009b')).toBe('Shop\u241b]0;pwned\u2407\u241b[2K  result passed\u2421\ufffd');
    expect(shownName('\u001b'.repeat(10), 4)).toBe('\u241b\u241b\u241b…');
    expect(JSON.stringify(shownName('a\u001bb'))).toBe('"a\u241bb"');
  });

  it('never splits a character made of two UTF-16 units', () => {
    const name = `${'a'.repeat(NAME_LIMIT - 2)}😀${'b'.repeat(10)}`;
    expect(shownName(name)).toBe(`${'a'.repeat(NAME_LIMIT - 2)}…`);
  });
});

describe('the one home of the cutting rule', () => {
  it('is the shared rule src/rules/shown-name.ts, which the build bundles into select-profile.js: the same function, the same profile name length', () => {
    expect(PROFILE_NAME_CAP).toBe(40);
    const script = scriptSource('select-profile');
    expect(script).toContain('// src/rules/shown-name.ts');
    expect(script).toContain(`var PROFILE_NAME_CAP = ${PROFILE_NAME_CAP};`);
    expect(script).toMatch(/\nfunction shownName\(name, limit = NAME_LIMIT\) \{/);
  });
});
