import { describe, expect, it } from 'vitest';
import { errorBodyFor } from '../../../src/emulator/contract/error-body.js';

const document: Record<string, any> = {
  components: {
    schemas: {
      ErrorCode: { type: 'string', enum: ['ACCESS_DENIED', 'BAD_REQUEST', 'TOO_MANY_REQUESTS'] },
      Unified: { type: 'object', required: ['code', 'message'], properties: { code: { $ref: '#/components/schemas/ErrorCode' }, message: { type: 'string' } } },
    },
  },
};
const resolve = (ref: string) => ref.slice(2).split('/').reduce((node, key) => node[key], document);

describe('errorBodyFor', () => {
  it('fills the shape the spec declares: SP v3 {code, message}, the v2 era {code, details}, reporting {code, detail}', () => {
    const v3 = { type: 'object', properties: { code: { type: 'string', enum: ['INVALID_ARGUMENT'] }, message: { type: 'string' }, errors: { type: 'array', items: {} } } };
    expect(errorBodyFor(v3, 'body/x: bad', resolve)).toEqual({ code: 'INVALID_ARGUMENT', message: 'body/x: bad' });
    const v2 = { type: 'object', properties: { code: { type: 'string' }, details: { type: 'string' } } };
    expect(errorBodyFor(v2, 'body/x: bad', resolve)).toEqual({ code: 'INVALID_ARGUMENT', details: 'body/x: bad' });
    const reporting = { type: 'object', properties: { code: { type: 'string' }, detail: { type: 'string' } } };
    expect(errorBodyFor(reporting, 'm', resolve)).toEqual({ code: 'INVALID_ARGUMENT', detail: 'm' });
  });

  it('takes the code from an enum through $refs, preferring one that means a bad request', () => {
    expect(errorBodyFor({ $ref: '#/components/schemas/Unified' }, 'm', resolve)).toEqual({ code: 'BAD_REQUEST', message: 'm' });
  });

  it('adds required fields only (a request id, an array at its minimum) and merges allOf parts', () => {
    const schema = {
      allOf: [
        { type: 'object', required: ['requestId'], properties: { requestId: { type: 'string' }, hint: { type: 'string' } } },
        { type: 'object', required: ['errors'], properties: { message: { type: 'string' }, errors: { type: 'array', minItems: 1, items: { type: 'object', properties: { errorMessage: { type: 'string' } } } } } },
      ],
    };
    expect(errorBodyFor(schema, 'm', resolve)).toEqual({ requestId: expect.stringMatching(/^[0-9a-f-]{36}$/), message: 'm', errors: [{ errorMessage: 'm' }] });
  });
});
