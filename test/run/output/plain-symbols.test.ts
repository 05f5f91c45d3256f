import { describe, expect, it } from 'vitest';
import { plainSymbols } from '../../../src/run/output/plain-symbols.js';

describe('plainSymbols (--disable-unicode)', () => {
  it('replaces the symbols of the printed output with plain text, the rest unchanged', () => {
    expect(plainSymbols('→ Profiles\n  ✓ ok\n  ✗ bad\nSP page 2 · 100 campaigns … 7 rows → a.json')).toBe(
      '-> Profiles\n  Pass ok\n  Fail bad\nSP page 2 - 100 campaigns ... 7 rows -> a.json',
    );
    expect(plainSymbols('Café')).toBe('Café');
  });
});
