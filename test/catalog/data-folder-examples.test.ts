/**
 * Saved example responses of the insight and data folders (Amazon Marketing Cloud, Amazon DSP, Marketing
 * Stream, test accounts, budget usage, creative asset library, exports, partner opportunities): every
 * request has at least one example, each with an HTTP status, a JSON body, a known content type, a 2xx
 * that defaults to the request's Accept, and the ids its store-ids script reads.
 */
import { describe, expect, it } from 'vitest';
import { budgetUsage } from '../../src/catalog/budget-usage.js';
import { catalog } from '../../src/catalog/index.js';
import { mediaTypes } from '../../src/catalog/media-types.js';
import type { RequestSpec } from '../../src/catalog/types.js';
import { conforms, responseSchema, specsPresent } from '../emulator/spec-schemas.js';
import { exampleProblems, requestsIn } from '../support/example-checks.js';

const dataFolders = [
  'Test accounts',
  'Amazon Marketing Stream',
  'Amazon Marketing Cloud',
  'Budget usage',
  'Creative asset library',
  'Exports',
  'Amazon DSP',
  'Partner opportunities',
];

describe.each(dataFolders)('%s: saved examples', (name) => {
  const folder = catalog.find((f) => f.name === name);

  it('is a folder of the catalog', () => {
    expect(folder, `no top-level folder "${name}" in src/catalog/index.ts`).toBeDefined();
  });

  it.each(folder ? requestsIn(folder).map((r) => [r.place, r.spec] as const) : [])('%s', (_place, spec) => {
    expect(exampleProblems(spec)).toEqual([]);
  });
});

describe.skipIf(!specsPresent)('Budget usage / Sponsored Products: the example is valid against the official response schema', () => {
  const spec = budgetUsage.items.find((i): i is RequestSpec => i.kind === 'request' && i.name === 'Sponsored Products')!;
  const answer = spec.examples!.find((e) => e.status === 207)!;
  const validator = () => responseSchema('sp', '/sp/campaigns/budget/usage', 'post', 207, mediaTypes[spec.accept!]);

  it('validates', () => {
    expect(conforms(validator(), answer.body)).toBe(true);
  });

  it('and the check can fail: a usage percent as text or a field the schema does not know is rejected', () => {
    const body = answer.body as { success: Array<Record<string, unknown>> };
    const validate = validator();
    expect(validate({ ...body, success: [{ ...body.success[0], budgetUsagePercent: '42.5' }] })).toBe(false);
    expect(validate({ ...body, success: [{ ...body.success[0], spend: 21.25 }] })).toBe(false);
  });
});

describe('the example checks can fail', () => {
  const base: RequestSpec = {
    kind: 'request',
    name: 'Crafted',
    method: 'POST',
    url: '{{api_url}}/crafted',
    headers: 'profile',
    accept: 'campaignsExport',
    description: 'A crafted request.',
    scripts: { test: [{ name: 'store-ids', params: { variable: 'exportId', from: 'exportId' } }] },
  };
  const withExamples = (examples: RequestSpec['examples']): RequestSpec => ({ ...base, examples });

  it('flags a request without examples', () => {
    expect(exampleProblems(base)).toEqual(['has no saved example']);
  });

  it('flags a bad status, an unknown content type, a string body that is not JSON and no success answer', () => {
    const problems = exampleProblems(
      withExamples([{ name: 'broken', status: 42, contentType: 'nope' as never, body: '{"exportId": ' }]),
    );
    expect(problems).toEqual([
      'example "broken": status 42 is not an HTTP status (100-599)',
      'example "broken": contentType "nope" is not a key of mediaTypes',
      'example "broken": string body is not valid JSON',
      'has no success (2xx or 3xx) example',
      'its store-ids script reads "exportId", which its first 2xx example does not hold',
    ]);
  });

  it('flags a 2xx whose content type is not the Accept, and a body without any content type', () => {
    const wrongType = exampleProblems(withExamples([{ name: 'ok', status: 202, contentType: 'json', body: { exportId: 'X' } }]));
    expect(wrongType).toEqual([
      'example "ok": a 2xx answer to Accept "campaignsExport" says "json"; leave contentType out to default to the Accept',
    ]);
    const noType = exampleProblems({ ...withExamples([{ name: 'ok', status: 200, body: { exportId: 'X' } }]), accept: undefined });
    expect(noType).toEqual(['example "ok": has a body but no contentType (the request has no Accept to default to)']);
  });

  it('flags an answer that shows a variable instead of a value', () => {
    expect(exampleProblems(withExamples([{ name: 'ok', status: 202, body: { exportId: '{{exportId}}' } }]))).toEqual([
      'example "ok": body shows a {{variable}}; an answer holds values (ids from src/catalog/examples.ts)',
    ]);
  });

  it('flags a 2xx answer without the id the store-ids script reads, and passes one with it', () => {
    expect(exampleProblems(withExamples([{ name: 'ok', status: 202, body: { exportId: '' } }]))).toEqual([
      'its store-ids script reads "exportId", which its first 2xx example does not hold',
    ]);
    expect(exampleProblems(withExamples([{ name: 'ok', status: 202, body: '{"exportId": "X"}' }]))).toEqual([]);
  });
});
