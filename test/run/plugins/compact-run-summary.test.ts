import type { NewmanRunSummary } from 'newman';
import sdk from 'postman-collection';
import { describe, expect, it } from 'vitest';
import { compactRunSummary } from '../../../src/run/plugins/compact-run-summary.js';

const script = 'pm.test("ok", () => pm.response.to.have.status(200)); // a long script of the collection';

describe('compactRunSummary', () => {
  it("keeps Newman's shape with only the names, request line, response figures, errors and assertions", () => {
    const item = new sdk.Item(({
      id: 'item-1',
      name: 'List SP campaigns',
      request: { url: 'https://advertising-api.amazon.com/sp/campaigns/list?x=1', method: 'POST', header: [{ key: 'Authorization', value: 'Bearer t' }], body: { mode: 'raw', raw: '{"a":1}' } },
      event: [{ listen: 'test', script: { exec: [script] } }],
    }) as sdk.ItemDefinition);
    const response = new sdk.Response({ code: 200, status: 'OK', header: [{ key: 'X-Big', value: 'h' }], body: '{"campaigns":[]}', responseTime: 12 } as sdk.ResponseDefinition);
    const collection = new sdk.Collection({ info: { id: 'c-1', name: 'Amazon Ads API' }, item: [item.toJSON()] } as sdk.CollectionDefinition);
    const assertionError = Object.assign(new Error('expected 500 to equal 200'), { name: 'AssertionError', test: 'ok' });
    const summary = {
      collection,
      environment: new sdk.VariableScope({ values: [{ key: 'region', value: 'na' }] } as sdk.VariableScopeDefinition),
      globals: new sdk.VariableScope({}),
      run: {
        stats: { requests: { total: 1, pending: 0, failed: 0 } },
        timings: { started: 1, completed: 2 },
        transfers: { responseTotal: 16 },
        executions: [
          {
            id: 'item-1',
            cursor: { ref: 'r1', position: 0, iteration: 0, length: 1, cycles: 1, httpRequestId: 'h' },
            item,
            request: item.request,
            response: Object.assign(response, { responseSize: 16 }),
            assertions: [{ assertion: 'ok', skipped: false, error: assertionError }],
            testScript: [{ error: new Error('boom') }],
          },
        ],
        failures: [{ error: assertionError, at: 'assertion:0 in test-script', source: item, parent: collection, cursor: { ref: 'r1' } }],
      },
    } as unknown as NewmanRunSummary;

    const compact = compactRunSummary(summary);
    const text = JSON.stringify(compact);
    expect(text).not.toContain('pm.test');
    expect(text).not.toContain('Bearer');
    expect(text).not.toContain('X-Big');
    expect(text).not.toContain('campaigns":[]');
    expect(text).not.toContain('"stack"');

    const [execution] = (compact.run as { executions: Array<Record<string, any>> }).executions;
    expect(execution.item).toEqual({ id: 'item-1', name: 'List SP campaigns' });
    expect(execution.request.method).toBe('POST');
    expect(new sdk.Url(execution.request.url).toString()).toBe('https://advertising-api.amazon.com/sp/campaigns/list?x=1');
    expect(execution.response).toMatchObject({ code: 200, status: 'OK', responseTime: 12, responseSize: 16 });
    expect(execution.assertions).toEqual([{ assertion: 'ok', skipped: false, error: { name: 'AssertionError', message: 'expected 500 to equal 200', test: 'ok' } }]);
    expect(execution.testScript).toEqual([{ error: { name: 'Error', message: 'boom' } }]);
    expect(execution.cursor).toEqual({ ref: 'r1', position: 0, iteration: 0, length: 1, cycles: 1 });

    const [failure] = (compact.run as { failures: Array<Record<string, any>> }).failures;
    expect(failure).toMatchObject({ at: 'assertion:0 in test-script', source: { id: 'item-1', name: 'List SP campaigns' }, error: { message: 'expected 500 to equal 200' } });
    expect(compact.collection).toEqual({ info: { _postman_id: 'c-1', name: 'Amazon Ads API' } });
    expect((compact.environment as { values: unknown[] }).values).toEqual([expect.objectContaining({ key: 'region', value: 'na' })]);
  });
});
