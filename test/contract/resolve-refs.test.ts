import { describe, expect, it } from 'vitest';
import { dereference, locate, pointerKeys, resolveRef } from '../../src/contract/resolve-refs.js';
import { fixtureSpec } from './fixture-spec.js';

describe('resolve-refs', () => {
  it('resolves a local reference and names one that leads nowhere', () => {
    expect(resolveRef(fixtureSpec, '#/components/schemas/State')).toEqual({ type: 'string', enum: ['ENABLED', 'PAUSED'] });
    expect(() => resolveRef(fixtureSpec, '#/components/schemas/Nope')).toThrow('$ref #/components/schemas/Nope does not resolve');
  });

  it('reads pointer keys with ~1 as a slash', () => {
    expect(pointerKeys('#/paths/~1things~1list/post')).toEqual(['paths', '/things/list', 'post']);
  });

  it('locates through references and answers where the walk really ended', () => {
    const found = locate(fixtureSpec, ['paths', '/things/list', 'post', 'requestBody', 'content']);
    expect(found?.pointer).toBe('#/components/requestBodies/ListThings/content');
    expect(locate(fixtureSpec, ['paths', '/things/list', 'put'])).toBeUndefined();
  });

  it('inlines references, cutting a schema that contains itself to {}', () => {
    const thing = dereference(fixtureSpec, { $ref: '#/components/schemas/Thing' }) as { properties: Record<string, unknown> };
    expect(thing.properties.state).toEqual({ type: 'string', enum: ['ENABLED', 'PAUSED'] });
    expect(thing.properties.parent).toEqual({});
  });
});
