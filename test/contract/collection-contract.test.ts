/**
 * The contract check over the generated collection (collections/*.postman_collection.json): every
 * request matched to its operation in Amazon's OpenAPI specs (../shared/reference/openapi), its
 * Content-Type / Accept, body and saved examples validated (src/contract/check-request.ts). Requests
 * no spec declares are printed by name; a finding is a failure unless accepted-deviations.ts lists it.
 * Where the specs are absent it prints one line and skips, except under CI (CI set), where it fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, referenceOpenApiDir } from '../../src/config/paths.js';
import { checkCollection, collectionRequests, contractContext } from '../../src/contract/check-collection.js';
import type { ContractFinding, PostmanRequestItem } from '../../src/contract/check-request.js';
import { checkRequest } from '../../src/contract/check-request.js';
import { loadReferenceSpecs, referenceSpecsPresent } from '../../src/contract/reference-specs.js';
import { acceptedDeviations, type AcceptedDeviation } from './accepted-deviations.js';

const present = referenceSpecsPresent();
const underCi = Boolean(process.env.CI);
if (!present) console.log(`contract check: ${referenceOpenApiDir} is absent - ${underCi ? 'FAILING (CI must have it)' : 'skipped'}`);

const collectionDir = path.join(projectRoot, 'collections');
const collections = readdirSync(collectionDir)
  .filter((file) => file.endsWith('.postman_collection.json'))
  .map((file) => ({ file, json: JSON.parse(readFileSync(path.join(collectionDir, file), 'utf8')) }));

const accepts = (deviation: AcceptedDeviation, finding: ContractFinding) =>
  deviation.request === finding.request && deviation.kind === finding.kind && deviation.example === finding.example;

const line = (f: ContractFinding) => `${f.kind}: ${f.request}${f.example ? ` [${f.example}]` : ''}: ${f.detail}`;

describe.runIf(underCi && !present)('the contract check under CI', () => {
  it('has the reference specs', () => {
    expect.fail(`${referenceOpenApiDir} is absent: CI must run the contract check (put ../shared beside the clone)`);
  });
});

describe.skipIf(!present)('every request of the generated collection keeps Amazon\'s OpenAPI contract', () => {
  const context = present ? contractContext(loadReferenceSpecs()) : undefined!;

  it('the list of accepted deviations is short and gives a reason for each', () => {
    expect(acceptedDeviations.length).toBeLessThanOrEqual(10);
    for (const deviation of acceptedDeviations) expect(deviation.reason.length, deviation.request).toBeGreaterThan(20);
  });

  for (const { file, json } of collections) {
    it(`${file}: no finding beyond the accepted deviations; requests no spec declares are listed`, () => {
      const findings = checkCollection(json, context);
      const undeclared = findings.filter((f) => f.kind === 'undeclared');
      console.log(`contract check, ${file}: ${undeclared.length} requests no spec declares:\n${undeclared.map((f) => `  ${f.request}`).join('\n')}`);
      const unexplained = findings.filter((f) => f.kind !== 'undeclared' && !acceptedDeviations.some((d) => accepts(d, f)));
      expect(unexplained.map(line)).toEqual([]);
      const stale = acceptedDeviations.filter((d) => !findings.some((f) => accepts(d, f)));
      expect(stale.map((d) => `${d.kind}: ${d.request}`), 'accepted deviations that no longer happen: drop them').toEqual([]);
    });
  }

  it('fails a real request whose body breaks the spec, and one whose saved example does', () => {
    const requests = collectionRequests(collections[0].json);
    const { where, item } = requests.find((r) => r.where === 'First call / List SP campaigns')!;
    expect(checkRequest(where, item, context)).toEqual([]);
    const badBody: PostmanRequestItem = structuredClone(item);
    badBody.request.body!.raw = JSON.stringify({ stateFilter: { include: ['RUNNING'] } });
    expect(checkRequest(where, badBody, context).map((f) => `${f.kind}: ${f.detail}`)).toEqual([
      'body: /stateFilter/include/0: must be equal to one of the allowed values (ARCHIVED, ENABLED, ENABLING, OTHER, PAUSED, PROPOSED, USER_DELETED)',
    ]);
    const badExample: PostmanRequestItem = structuredClone(item);
    const page = JSON.parse(badExample.response![0].body!);
    delete page.campaigns[0].name;
    badExample.response![0].body = JSON.stringify(page);
    expect(checkRequest(where, badExample, context).map((f) => `${f.kind}: ${f.detail}`)).toEqual([
      "example: 200: /campaigns/0: must have required property 'name'",
    ]);
  });
});
