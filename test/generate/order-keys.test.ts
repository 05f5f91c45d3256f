import { describe, expect, it } from 'vitest';
import { orderKeys } from '../../src/generate/order-keys.js';
import { serializeJson } from '../../src/generate/serialize-json.js';

describe('orderKeys', () => {
  it('orders keys by the list at every depth, unknown keys after, in their own order', () => {
    const out = orderKeys({ zeta: 1, value: 'v', key: 'k', item: [{ event: [], name: 'n', id: 'i' }], alpha: 2 });
    expect(Object.keys(out)).toEqual(['key', 'value', 'item', 'zeta', 'alpha']);
    expect(Object.keys(out.item[0])).toEqual(['id', 'name', 'event']);
  });
});

describe('serializeJson', () => {
  it('writes 2-space JSON with one trailing newline', () => {
    expect(serializeJson({ a: [1] })).toBe('{\n  "a": [\n    1\n  ]\n}\n');
  });
});
