/**
 * Every example body in Sponsored Products / Campaigns is valid JSON and valid against the request
 * schema of Amazon's OpenAPI spec for the same method + path (read from ../shared/reference).
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { mediaTypes } from '../../src/catalog/media-types.js';
import { campaigns } from '../../src/catalog/sponsored-products/campaigns.js';
import type { RequestSpec } from '../../src/catalog/types.js';
import { needsShared, sharedFile } from '../support/needs.js';

const specFile = sharedFile('reference/openapi/SponsoredProducts_prod_3p.json');
const hasSpec = needsShared('reference/openapi/SponsoredProducts_prod_3p.json');

type OpenApi = { paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: object }> } }>>; components: object };

function requestSchema(api: OpenApi, spec: RequestSpec): object {
  const path = spec.url.replace('{{api_url}}', '');
  const operation = api.paths[path]?.[spec.method.toLowerCase()];
  if (!operation?.requestBody) throw new Error(`${spec.method} ${path} has no request body in the spec`);
  const contentType = mediaTypes[spec.contentType!];
  const content = operation.requestBody.content[contentType];
  if (!content) throw new Error(`${spec.method} ${path} does not accept ${contentType}`);
  return { ...content.schema, components: api.components };
}

function validator() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  for (const format of ['int32', 'int64', 'double', 'float', 'date', 'date-time']) ajv.addFormat(format, true);
  return ajv;
}

const rawBodies = campaigns.items.filter((i): i is RequestSpec => i.kind === 'request' && i.body?.mode === 'raw');

describe.skipIf(!hasSpec)('Sponsored Products / Campaigns example bodies', () => {
  const api: OpenApi = hasSpec ? JSON.parse(readFileSync(specFile, 'utf8')) : ({} as OpenApi);

  it('covers list, create, update and delete', () => {
    expect(rawBodies.map((r) => r.name).sort()).toEqual(['Create campaigns', 'Delete campaigns', 'List campaigns', 'Update campaigns']);
  });

  it.each(rawBodies.map((r) => [r.name, r] as const))('%s: body is valid against the OpenAPI request schema', (_, spec) => {
    const body = spec.body as { example: unknown };
    const json = JSON.parse(JSON.stringify(body.example));
    const validate = validator().compile(requestSchema(api, spec));
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  });

  it('the check can fail: a create body without the required budget, or with an unknown state, is rejected', () => {
    const create = rawBodies.find((r) => r.name === 'Create campaigns')!;
    const validate = validator().compile(requestSchema(api, create));
    const example = JSON.parse(JSON.stringify((create.body as { example: unknown }).example));
    const noBudget = structuredClone(example);
    delete noBudget.campaigns[0].budget;
    expect(validate(noBudget)).toBe(false);
    const badState = structuredClone(example);
    badState.campaigns[0].state = 'RUNNING';
    expect(validate(badState)).toBe(false);
  });
});
