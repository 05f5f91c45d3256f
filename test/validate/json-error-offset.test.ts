import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from '../../src/validate/json-error-offset.js';

describe('jsonErrorOffset', () => {
  it('accepts what JSON.parse accepts', () => {
    for (const text of ['{}', '[]', ' {"a": [1, -2.5e3, true, false, null, "x\\u00e9\\n"]} ', '"s"', '0']) {
      expect(JSON.parse(text) !== Symbol()).toBe(true);
      expect(jsonErrorOffset(text), text).toBeUndefined();
    }
  });

  it('points at the first wrong character', () => {
    expect(jsonErrorOffset('{"a": secret}')).toBe(6);
    expect(jsonErrorOffset('{"a": 1,}')).toBe(8);
    expect(jsonErrorOffset('[1 2]')).toBe(3);
    expect(jsonErrorOffset('{"a": tru}')).toBe(9);
    expect(jsonErrorOffset('{} x')).toBe(3);
    expect(jsonErrorOffset('01')).toBe(1);
  });

  it('points past the end when the text stops early', () => {
    expect(jsonErrorOffset('{"a": [1,')).toBe(9);
    expect(jsonErrorOffset('"open')).toBe(5);
  });
});
