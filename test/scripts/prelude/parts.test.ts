import { describe, expect, it } from 'vitest';
import { preludeParts, type PreludePart } from '../../../src/scripts/prelude/index.js';
import { readPreludePart, resolveParts } from '../../../src/scripts/prelude/parts.js';

describe('resolveParts', () => {
  it('puts needed parts first, each once', () => {
    expect(resolveParts(['auth-requests', 'value', 'campaign-list'], 's')).toEqual(['value', 'auth-requests', 'paging', 'fail-test', 'campaign-list']);
  });

  it('names the script and the known parts for an unknown part', () => {
    expect(() => resolveParts(['valu'], 'store-ids')).toThrow(/script "store-ids" asks for prelude part "valu", which src\/scripts\/prelude\/index.ts does not list - use one of value, /);
  });
});

describe('readPreludePart', () => {
  it('reads the file index.ts names for the part', () => {
    for (const part of Object.keys(preludeParts) as PreludePart[]) {
      expect(readPreludePart(part), part).toMatch(/^\/\/ /);
    }
    expect(readPreludePart('shown-name')).toContain('function shownName(name, limit)');
  });
});
