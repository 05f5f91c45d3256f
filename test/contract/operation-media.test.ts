import { describe, expect, it } from 'vitest';
import {
  declaredMediaType,
  requestBodyRequired,
  requestMediaTypes,
  requestSchemaRef,
  responseKey,
  responseMediaTypes,
  responseSchemaRef,
} from '../../src/contract/operation-media.js';
import { operationMatcher, specOperations } from '../../src/contract/spec-operations.js';
import { fixtureSpec } from './fixture-spec.js';

describe('operation-media', () => {
  const match = operationMatcher(specOperations([{ name: 'things', document: fixtureSpec }]));
  const list = match('POST', '{{api_url}}/things/list')!;
  const remove = match('DELETE', '{{api_url}}/things/:thingId')!;

  it('reads the request media types through a requestBody $ref', () => {
    expect(requestMediaTypes(list)).toEqual(['application/vnd.things.v1+json']);
    expect(requestBodyRequired(list)).toBe(true);
    expect(requestMediaTypes(remove)).toEqual([]);
  });

  it('finds the response by status, class or default; a response without content has no media types', () => {
    expect(responseKey(list, 200)).toBe('200');
    expect(responseKey(list, 429)).toBe('4XX');
    expect(responseKey(list, 500)).toBeUndefined();
    expect(responseMediaTypes(list, 400)).toEqual(['application/json']);
    expect(responseMediaTypes(remove, 204)).toEqual([]);
    expect(responseMediaTypes(remove, 200)).toBeUndefined();
  });

  it('answers the schema reference where the schema really is, or undefined for an undeclared media type', () => {
    expect(requestSchemaRef(list, 'application/vnd.things.v1+json; charset=utf-8')).toBe('things#/components/requestBodies/ListThings/content/application~1vnd.things.v1+json/schema');
    expect(requestSchemaRef(list, 'application/json')).toBeUndefined();
    expect(responseSchemaRef(list, 200, 'application/vnd.things.v1+json')).toBe('things#/components/schemas/ThingPage');
    expect(responseSchemaRef(list, 403, 'application/json')).toBe('things#/components/responses/Error/content/application~1json/schema');
  });

  it('matches media types ignoring parameters and case, with wildcards', () => {
    expect(declaredMediaType(['application/json'], 'Application/JSON; charset=UTF-8')).toBe('application/json');
    expect(declaredMediaType(['application/*'], 'application/vnd.x+json')).toBe('application/*');
    expect(declaredMediaType(['*/*'], 'text/csv')).toBe('*/*');
    expect(declaredMediaType(['application/json'], 'text/csv')).toBeUndefined();
  });
});
