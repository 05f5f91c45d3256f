/**
 * Every example body of a Sponsored Products v3 request, in any folder of the catalog (Sponsored
 * Products, Budget rules / SP, Budget usage, ...), is valid against the request schema Amazon's
 * OpenAPI spec gives for the same method, path and Content-Type. Reads the spec from
 * ../shared/reference when present; $refs resolve against the spec's components with ajv.
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/index.js';
import { mediaTypes } from '../../src/catalog/media-types.js';
import type { FolderSpec, RequestSpec } from '../../src/catalog/types.js';
import { needsShared, sharedFile } from '../support/needs.js';

const specFile = sharedFile('reference/openapi/SponsoredProducts_prod_3p.json');
const hasSpec = needsShared('reference/openapi/SponsoredProducts_prod_3p.json');

interface Operation {
  requestBody?: { content: Record<string, { schema: object }> };
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components: object;
}

/** OpenAPI's `discriminator` is documentation for ajv here: the oneOf / anyOf it annotates still decides. */
function withoutDiscriminators(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutDiscriminators);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'discriminator').map(([k, v]) => [k, withoutDiscriminators(v)]));
  }
  return value;
}

function requestsOf(items: Array<RequestSpec | FolderSpec>, path: string[] = []): Array<{ place: string; spec: RequestSpec }> {
  return items.flatMap((item) =>
    item.kind === 'folder' ? requestsOf(item.items, [...path, item.name]) : [{ place: [...path, item.name].join(' / '), spec: item }],
  );
}

/** `{{api_url}}/sp/campaigns/:campaignId/budgetRules` -> `/sp/campaigns/{campaignId}/budgetRules` */
export function specPath(url: string): string {
  return url.replace(/^\{\{api_url\}\}/, '').replace(/:(\w+)/g, '{$1}');
}

const api: OpenApi = hasSpec ? (withoutDiscriminators(JSON.parse(readFileSync(specFile, 'utf8'))) as OpenApi) : { paths: {}, components: {} };
const ajv = new Ajv({ strict: false, allErrors: true });
for (const format of ['int32', 'int64', 'double', 'float', 'date', 'date-time']) ajv.addFormat(format, true);
ajv.addSchema({ components: api.components }, 'spec');

function schemaFor(spec: RequestSpec): ValidateFunction {
  const operation = api.paths[specPath(spec.url)]?.[spec.method.toLowerCase()];
  if (!operation?.requestBody) throw new Error(`${spec.method} ${specPath(spec.url)} takes no body in the spec`);
  const contentType = spec.contentType ? mediaTypes[spec.contentType] : '(none)';
  const content = operation.requestBody.content[contentType];
  if (!content) {
    throw new Error(`${spec.method} ${specPath(spec.url)} does not take ${contentType}; the spec lists ${Object.keys(operation.requestBody.content).join(', ')}`);
  }
  // Point the operation's $refs at the registered spec document.
  const schema = JSON.parse(JSON.stringify(content.schema).replaceAll('"#/components/', '"spec#/components/'));
  return ajv.compile(schema);
}

const spRequests = requestsOf(catalog).filter(
  ({ spec }) => spec.body?.mode === 'raw' && api.paths[specPath(spec.url)]?.[spec.method.toLowerCase()]?.requestBody,
);

describe.skipIf(!hasSpec)('Sponsored Products v3 example bodies against the OpenAPI request schemas', () => {
  it('finds the Sponsored Products v3 requests of every folder', () => {
    // Campaigns (3 with a body) + the other Sponsored Products subfolders + Budget rules / SP + Budget usage.
    expect(spRequests.length).toBeGreaterThanOrEqual(40);
    expect(spRequests.some(({ place }) => place.startsWith('Budget rules / SP / '))).toBe(true);
  });

  it.each(spRequests.map(({ place, spec }) => [place, spec] as const))('%s', (_, spec) => {
    const validate = schemaFor(spec);
    const body = JSON.parse(JSON.stringify((spec.body as { example: unknown }).example));
    expect(validate(body), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('the check can fail: an ad group without its campaign, or a keyword with an unknown match type', () => {
    const byPlace = (place: string) => spRequests.find((r) => r.place === place)!.spec;
    const adGroups = byPlace('Sponsored Products / Ad groups / Create ad groups');
    const example = JSON.parse(JSON.stringify((adGroups.body as { example: unknown }).example));
    delete example.adGroups[0].campaignId;
    expect(schemaFor(adGroups)(example)).toBe(false);
    const keywords = byPlace('Sponsored Products / Keywords / Create Keywords');
    const keyword = JSON.parse(JSON.stringify((keywords.body as { example: unknown }).example));
    keyword.keywords[0].matchType = 'SOMETIMES';
    expect(schemaFor(keywords)(keyword)).toBe(false);
  });
});
