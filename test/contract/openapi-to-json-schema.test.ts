import { describe, expect, it } from 'vitest';
import { openApiToJsonSchema } from '../../src/contract/openapi-to-json-schema.js';

describe('openApiToJsonSchema', () => {
  it('reads nullable as "or null", on a typed schema, an enum and a composition', () => {
    expect(openApiToJsonSchema({ type: 'string', nullable: true })).toEqual({ type: ['string', 'null'] });
    expect(openApiToJsonSchema({ type: 'string', enum: ['A'], nullable: true })).toEqual({ type: ['string', 'null'], enum: ['A', null] });
    expect(openApiToJsonSchema({ allOf: [{ type: 'object' }], nullable: true })).toEqual({ anyOf: [{ allOf: [{ type: 'object' }] }, { type: 'null' }] });
    expect(openApiToJsonSchema({ type: 'string', nullable: false })).toEqual({ type: 'string', nullable: false });
  });

  it('turns draft-04 boolean exclusive bounds into numbers', () => {
    expect(openApiToJsonSchema({ type: 'number', minimum: 0, exclusiveMinimum: true })).toEqual({ type: 'number', exclusiveMinimum: 0 });
    expect(openApiToJsonSchema({ type: 'number', maximum: 9, exclusiveMaximum: false })).toEqual({ type: 'number', maximum: 9 });
  });

  it('closes objects that list their properties only when asked, never a composition', () => {
    const schema = { type: 'object', properties: { a: { type: 'object', properties: { b: {} } } } };
    expect(openApiToJsonSchema(schema)).toEqual(schema);
    expect(openApiToJsonSchema(schema, { closed: true })).toEqual({
      type: 'object',
      properties: { a: { type: 'object', properties: { b: {} }, additionalProperties: false } },
      additionalProperties: false,
    });
    expect(openApiToJsonSchema({ allOf: [], properties: {} }, { closed: true })).toEqual({ allOf: [], properties: {} });
  });
});
