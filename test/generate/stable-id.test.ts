import { describe, expect, it } from 'vitest';
import { stableId } from '../../src/generate/stable-id.js';

describe('stableId', () => {
  it('is the same for the same path and differs between paths', () => {
    expect(stableId('item', 'Auth', 'Profiles')).toBe(stableId('item', 'Auth', 'Profiles'));
    expect(stableId('item', 'Auth', 'Profiles')).not.toBe(stableId('item', 'Accounts', 'Profiles'));
    // joining must not make ['a b', 'c'] and ['a', 'b c'] collide
    expect(stableId('a b', 'c')).not.toBe(stableId('a', 'b c'));
  });

  it('looks like a UUID', () => {
    expect(stableId('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
