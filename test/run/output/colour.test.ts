import { describe, expect, it } from 'vitest';
import { colourWanted } from '../../../src/run/output/colour.js';

describe('colourWanted', () => {
  it('auto: a terminal without NO_COLOR (an empty NO_COLOR counts as unset)', () => {
    expect(colourWanted('auto', true, undefined)).toBe(true);
    expect(colourWanted('auto', true, '')).toBe(true);
    expect(colourWanted('auto', true, '1')).toBe(false);
    expect(colourWanted('auto', false, undefined)).toBe(false);
  });
  it('on and off are obeyed whatever the output and NO_COLOR', () => {
    expect(colourWanted('on', false, '1')).toBe(true);
    expect(colourWanted('off', true, undefined)).toBe(false);
  });
  it('auto: FORCE_COLOR, as Newman reads it, decides when set: 0 or false = none, anything else = colours, terminal or not', () => {
    expect(colourWanted('auto', false, undefined, '1')).toBe(true);
    expect(colourWanted('auto', false, '1', '')).toBe(true);
    expect(colourWanted('auto', true, undefined, '0')).toBe(false);
    expect(colourWanted('auto', true, undefined, 'false')).toBe(false);
    expect(colourWanted('off', false, undefined, '1')).toBe(false);
  });
});
