/** The contract check on one request, against the small fixture spec (needs no reference files). */
import { describe, expect, it } from 'vitest';
import { checkRequest, type PostmanRequestItem } from '../../src/contract/check-request.js';
import { contractContext } from '../../src/contract/check-collection.js';
import { withSampleVariables } from '../../src/contract/sample-variables.js';
import { fixtureSpec } from './fixture-spec.js';

const context = contractContext([{ name: 'things', document: fixtureSpec }]);
const vendor = 'application/vnd.things.v1+json';

function listThings(body: string, example: unknown, headers = { 'Content-Type': vendor, Accept: vendor }): PostmanRequestItem {
  return {
    name: 'List things',
    request: { method: 'POST', url: { raw: '{{api_url}}/things/list' }, header: Object.entries(headers).map(([key, value]) => ({ key, value })), body: { mode: 'raw', raw: body } },
    response: [{ name: '200 OK', code: 200, header: [{ key: 'Content-Type', value: vendor }], body: JSON.stringify(example) }],
  };
}

const check = (item: PostmanRequestItem) => checkRequest('Things / List things', item, context);
const goodPage = { things: [{ thingId: 1, state: 'ENABLED' }] };

describe('checkRequest', () => {
  it('passes a request whose media types, body and example keep the contract', () => {
    expect(check(listThings('{"stateFilter": ["ENABLED"], "maxResults": 10}', goodPage))).toEqual([]);
  });

  it('fails a body that breaks the request schema, naming the field and the rule', () => {
    expect(check(listThings('{"stateFilter": ["ENABLED", "PAUSED"]}', goodPage))).toEqual([
      { request: 'Things / List things', kind: 'body', detail: '/stateFilter: must NOT have more than 1 items' },
    ]);
  });

  it('fails a saved example that breaks the response schema of its status', () => {
    const findings = check(listThings('{}', { things: [{ thingId: '1', state: 'ENABLED' }] }));
    expect(findings).toEqual([{ request: 'Things / List things', kind: 'example', example: '200 OK', detail: '200: /things/0/thingId: must be integer' }]);
  });

  it('fails a Content-Type or Accept the operation does not declare', () => {
    const findings = check(listThings('{}', goodPage, { 'Content-Type': 'application/json', Accept: 'application/json' }));
    expect(findings.map((f) => f.kind)).toEqual(['content-type', 'accept']);
  });

  it('lists a request no spec declares, and fails an undeclared success status', () => {
    const other = { ...listThings('{}', goodPage), request: { ...listThings('{}', goodPage).request, url: '{{api_url}}/other' } };
    expect(check(other)).toEqual([{ request: 'Things / List things', kind: 'undeclared', detail: 'POST {{api_url}}/other is in no spec' }]);
    const created = listThings('{}', goodPage);
    created.response![0].code = 201;
    expect(check(created).map((f) => f.detail)).toEqual(['status 201 is not declared by things POST /things/list']);
  });

  it('reads bodies with variables as Postman sends them: bare ids as numbers, quoted ones as text, dates as dates', () => {
    expect(JSON.parse(withSampleVariables('{"id": {{campaignId}}, "name": "{{campaignId}} x", "d": "{{report_start_date}}"}'))).toEqual({
      id: 123456789,
      name: 'sample-campaignId x',
      d: '2026-01-31',
    });
    expect(withSampleVariables('{"a": "q\\"{{x}}"}')).toBe('{"a": "q\\"sample-x"}');
  });
});
