/** A small OpenAPI 3.0 document in Amazon's style, for the contract core's tests (no reference files needed). */
import type { OpenApiDocument } from '../../src/contract/read-openapi.js';

export const fixtureSpec: OpenApiDocument = {
  openapi: '3.0.1',
  paths: {
    '/things/list': {
      post: {
        requestBody: { $ref: '#/components/requestBodies/ListThings' },
        responses: {
          '200': { content: { 'application/vnd.things.v1+json': { schema: { $ref: '#/components/schemas/ThingPage' } } } },
          '4XX': { $ref: '#/components/responses/Error' },
        },
      },
    },
    '/things/{thingId}': {
      get: { responses: { '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } } } },
      delete: { responses: { '204': { description: 'gone' } } },
    },
  },
  components: {
    requestBodies: {
      ListThings: {
        required: true,
        content: {
          'application/vnd.things.v1+json': {
            schema: {
              type: 'object',
              properties: {
                stateFilter: { type: 'array', maxItems: 1, items: { $ref: '#/components/schemas/State' } },
                maxResults: { type: 'integer', minimum: 1, maximum: 100, exclusiveMaximum: true },
              },
            },
          },
        },
      },
    },
    responses: {
      Error: { content: { 'application/json': { schema: { type: 'object', required: ['code'], properties: { code: { type: 'string', enum: ['BAD'] } } } } } },
    },
    schemas: {
      State: { type: 'string', enum: ['ENABLED', 'PAUSED'] },
      Thing: {
        type: 'object',
        required: ['thingId', 'state'],
        properties: {
          thingId: { type: 'integer', format: 'int64' },
          state: { $ref: '#/components/schemas/State' },
          endDate: { type: 'string', format: 'date', nullable: true },
          parent: { $ref: '#/components/schemas/Thing' },
        },
      },
      ThingPage: { type: 'object', properties: { things: { type: 'array', items: { $ref: '#/components/schemas/Thing' } } } },
    },
  },
};
