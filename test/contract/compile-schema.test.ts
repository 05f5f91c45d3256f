import { describe, expect, it } from 'vitest';
import { compileOpenApiSchema, schemaErrorLines, specSchemas } from '../../src/contract/compile-schema.js';
import { dereference } from '../../src/contract/resolve-refs.js';
import { fixtureSpec } from './fixture-spec.js';

describe('compile-schema', () => {
  const schemas = specSchemas([{ name: 'things', document: fixtureSpec }]);
  const thing = schemas('things#/components/schemas/Thing');

  it('validates inside a whole spec, $refs resolved, nullable and formats applied', () => {
    expect(thing({ thingId: 1, state: 'ENABLED', endDate: null })).toBe(true);
    expect(thing({ thingId: 1, state: 'ENABLED', endDate: '2026-01-31' })).toBe(true);
    expect(thing({ thingId: 1, state: 'ENABLED', endDate: 'YYYY-MM-DD' })).toBe(false);
    expect(thing({ thingId: '1', state: 'ENABLED' })).toBe(false);
    expect(thing({ thingId: 1, state: 'RUNNING', extra: true })).toBe(false);
  });

  it('says what is wrong in short lines naming the field and the allowed values', () => {
    thing({ thingId: 1, state: 'RUNNING' });
    expect(schemaErrorLines(thing.errors)).toEqual(['/state: must be equal to one of the allowed values (ENABLED, PAUSED)']);
    thing({ state: 'ENABLED' });
    expect(schemaErrorLines(thing.errors)).toEqual(["(body): must have required property 'thingId'"]);
  });

  it('compiles a standalone (dereferenced) schema the same way, closed on request', () => {
    const standalone = dereference(fixtureSpec, { $ref: '#/components/schemas/Thing' });
    expect(compileOpenApiSchema(standalone)({ thingId: 2, state: 'PAUSED', extra: 1 })).toBe(true);
    expect(compileOpenApiSchema(standalone, { closed: true })({ thingId: 2, state: 'PAUSED', extra: 1 })).toBe(false);
    const list = compileOpenApiSchema(dereference(fixtureSpec, { $ref: '#/components/requestBodies/ListThings/content/application~1vnd.things.v1+json/schema' }));
    expect(list({ stateFilter: ['ENABLED'], maxResults: 99 })).toBe(true);
    expect(list({ stateFilter: ['ENABLED', 'PAUSED'] })).toBe(false);
    expect(list({ maxResults: 100 })).toBe(false);
  });

  it('names an unknown spec and a pointer that leads nowhere', () => {
    expect(() => schemas('other#/x')).toThrow('no spec named other');
    expect(() => schemas('things#/components/schemas/Nope')).toThrow();
  });
});
