/**
 * src/silence-newman-deprecation.ts: Node 24's DEP0176 (newman reading fs.F_OK) is not printed, every
 * other warning still is.
 */
import { describe, expect, it } from 'vitest';
import '../src/silence-newman-deprecation.js';

function warningsFrom(emit: () => void): Promise<string[]> {
  const seen: string[] = [];
  const listener = (warning: Error & { code?: string }) => seen.push(warning.code ?? warning.message);
  process.on('warning', listener);
  emit();
  // 'warning' events are emitted on the next tick.
  return new Promise((resolve) =>
    setTimeout(() => {
      process.off('warning', listener);
      resolve(seen);
    }, 20),
  );
}

describe('silence-newman-deprecation', () => {
  it('drops DEP0176 in both call forms and keeps other warnings', async () => {
    const seen = await warningsFrom(() => {
      process.emitWarning('fs.F_OK is deprecated', 'DeprecationWarning', 'DEP0176');
      process.emitWarning('fs.R_OK is deprecated', { type: 'DeprecationWarning', code: 'DEP0176' });
      process.emitWarning('something else', 'DeprecationWarning', 'DEP0005');
      process.emitWarning('plain warning');
    });
    expect(seen).toEqual(['DEP0005', 'plain warning']);
  });
});
