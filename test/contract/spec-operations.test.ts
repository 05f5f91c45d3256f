import { describe, expect, it } from 'vitest';
import type { OpenApiDocument } from '../../src/contract/read-openapi.js';
import { operationMatcher, specOperations } from '../../src/contract/spec-operations.js';
import { fixtureSpec } from './fixture-spec.js';

const older: OpenApiDocument = {
  openapi: '3.0.1',
  paths: { '/things/{id}': { get: { responses: {} } }, '/things/{id}/parts': { get: { responses: {} } } },
};

describe('spec-operations', () => {
  const operations = specOperations([
    { name: 'new.json', document: fixtureSpec },
    { name: 'old.json', document: older },
  ]);
  const match = operationMatcher(operations);

  it('lists each method + path once, the first spec by precedence answering', () => {
    expect(operations.map((o) => `${o.spec} ${o.key}`)).toEqual([
      'new.json POST /things/list',
      'new.json GET /things/{}',
      'new.json DELETE /things/{}',
      'old.json GET /things/{}/parts',
    ]);
    expect(operations[0].pointer).toBe('#/paths/~1things~1list/post');
  });

  it('matches {{var}} and :var segments to {param}, dropping the host variable and the query', () => {
    expect(match('GET', '{{api_url}}/things/{{thingId}}')?.path).toBe('/things/{thingId}');
    expect(match('delete', '{{api_url}}/things/:thingId?force=true')?.method).toBe('delete');
    expect(match('GET', 'https://advertising-api-eu.amazon.com/things/:id/parts')?.spec).toBe('old.json');
  });

  it('prefers a fixed segment, lets {param} stand in for one of ours, and answers undefined for the rest', () => {
    expect(match('POST', '{{api_url}}/things/list')?.path).toBe('/things/list');
    expect(match('GET', '{{api_url}}/things/list')?.path).toBe('/things/{thingId}');
    expect(match('PUT', '{{api_url}}/things/list')).toBeUndefined();
    expect(match('GET', '{{api_url}}/other')).toBeUndefined();
  });
});
