/**
 * Every saved example of a Sponsored Products v3 or Profiles request validates against the response
 * schema Amazon publishes for its operation (../shared/reference/openapi): the operation is matched by
 * method + path, the schema by status code and the example's media type. Success examples must find
 * their schema; error examples are checked wherever the spec declares that status. Skips only when the
 * reference specs are absent.
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/index.js';
import type { ExampleResponse, FolderSpec, RequestSpec } from '../../src/catalog/types.js';
import { exampleMediaType } from '../../src/generate/to-postman-response.js';
import { conforms, responseSchema, specOperations, specsPresent } from '../emulator/spec-schemas.js';

type Spec = 'sp' | 'profiles';

interface Case {
  where: string;
  spec: Spec;
  request: RequestSpec;
}

function requestsOf(folder: FolderSpec, path: string[] = []): Array<{ where: string; request: RequestSpec }> {
  return folder.items.flatMap((item) =>
    item.kind === 'folder' ? requestsOf(item, [...path, folder.name]) : [{ where: [...path, folder.name, item.name].join(' / '), request: item }],
  );
}

function specOf(path: string): Spec | undefined {
  if (path.startsWith('/sp/')) return 'sp';
  if (path === '/v2/profiles' || path.startsWith('/v2/profiles/')) return 'profiles';
  return undefined;
}

const apiPath = (request: RequestSpec) => request.url.replace(/^\{\{api_url\}\}/, '').split('?')[0];
const shape = (path: string) => path.replace(/\{[^}]+\}|:[A-Za-z_]\w*/g, '{}');

/** The spec's own path for our request (path parameters may be named differently), if it has the operation. */
function specPath(spec: Spec, request: RequestSpec): string | undefined {
  const wanted = shape(apiPath(request));
  const method = request.method.toLowerCase();
  return Object.entries(specOperations(spec)).find(([path, methods]) => shape(path) === wanted && methods.includes(method))?.[0];
}

const cases: Case[] = catalog
  .flatMap((folder) => requestsOf(folder))
  .filter(({ request }) => request.url.startsWith('{{api_url}}'))
  .flatMap(({ where, request }) => {
    const spec = specOf(apiPath(request));
    return spec ? [{ where, spec, request }] : [];
  });

/** Operations we send that the reference spec does not describe (so their examples cannot be checked). */
const notInSpec = ['GET /sp/campaigns/{}/budgetRules/budgetHistory'];

const jsonBodies = (request: RequestSpec) => (request.examples ?? []).filter((example) => example.body !== undefined && typeof example.body !== 'string');

describe.skipIf(!specsPresent)('example bodies of Sponsored Products v3 and Profiles requests match the OpenAPI response schemas', () => {
  it('finds the SP v3 and Profiles requests, and only the known operations missing from the spec', () => {
    // (That every request has an example at all is the validator's `examples` rule.)
    expect(cases.filter((c) => c.spec === 'profiles').map((c) => c.where)).toEqual(['Accounts / Profiles']);
    expect(cases.filter((c) => c.spec === 'sp').length).toBeGreaterThan(45);
    expect(cases.filter((c) => c.where.startsWith('Sponsored Products / ')).every((c) => jsonBodies(c.request).length > 0)).toBe(true);
    const missing = [...new Set(cases.filter((c) => !specPath(c.spec, c.request)).map((c) => `${c.request.method} ${shape(apiPath(c.request))}`))];
    expect(missing).toEqual(notInSpec);
  });

  const checked = (specsPresent ? cases : []).flatMap((c) => {
    const path = specPath(c.spec, c.request);
    return path ? jsonBodies(c.request).map((example) => [`${c.where}: ${example.name}`, c, path, example] as const) : [];
  });

  it.each(checked)('%s', (_, c, path, example) => {
    const mediaType = exampleMediaType(example, c.request)!;
    const status = String(example.status);
    let validate;
    try {
      validate = responseSchema(c.spec, path, c.request.method.toLowerCase(), example.status, mediaType);
    } catch (error) {
      // Only an error status the spec does not declare for this operation may go unchecked.
      expect(example.status, `${c.request.method} ${path} declares no ${status} ${mediaType} response (${(error as Error).message})`).toBeGreaterThanOrEqual(400);
      return;
    }
    expect(conforms(validate, example.body)).toBe(true);
  });

  it('the check can fail: a campaign with an unknown state, or a list without its entity fields, is rejected', () => {
    const list = cases.find((c) => c.where === 'First call / List SP campaigns')!;
    const page = list.request.examples![0] as ExampleResponse & { body: { campaigns: Array<Record<string, unknown>> } };
    const validate = responseSchema('sp', '/sp/campaigns/list', 'post', 200, exampleMediaType(page, list.request)!);
    const badState = structuredClone(page.body);
    badState.campaigns[0].state = 'RUNNING';
    expect(() => conforms(validate, badState)).toThrow(/schema mismatch/);
    const noName = structuredClone(page.body);
    delete noName.campaigns[0].name;
    expect(() => conforms(validate, noName)).toThrow(/schema mismatch/);
    const profiles = cases.find((c) => c.spec === 'profiles')!;
    const answer = structuredClone(profiles.request.examples![0].body) as Array<Record<string, unknown>>;
    answer[0].profileId = 'not a number';
    expect(() => conforms(responseSchema('profiles', '/v2/profiles', 'get', 200, 'application/json'), answer)).toThrow(/schema mismatch/);
  });
});
