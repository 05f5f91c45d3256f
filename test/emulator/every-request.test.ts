/**
 * The emulator answers every request of the generated collection (all but the 3 whose host is not one
 * of the emulator's: the pre-signed upload URL and the two NA-only partner opportunity requests), and
 * each answer is valid against the spec of its operation where a spec declares one: the status is one
 * the operation declares, the Content-Type one it declares for that status, the body valid against the
 * schema (Amazon's ../shared/reference/openapi, read through the contract core; skipped with a visible
 * line in a plain clone, never in CI).
 */
import { describe, expect, it } from 'vitest';
import { schemaErrorLines, specSchemas } from '../../src/contract/compile-schema.js';
import { declaredMediaType, responseKey, responseMediaTypes, responseSchemaRef } from '../../src/contract/operation-media.js';
import { loadReferenceSpecs } from '../../src/contract/reference-specs.js';
import { needsShared } from '../support/needs.js';
import { operationMatcher, specOperations } from '../../src/contract/spec-operations.js';
import { acceptedDeviations } from '../contract/accepted-deviations.js';
import { emulator } from './helpers.js';
import { collectionRequests, send, sentToEmulator, variablesFor, type Answer, type CollectionRequest } from './send-collection.js';

/** Amazon's specs (test/support/needs.ts: a named skip in a plain clone, a failure in CI). */
const present = needsShared('reference/openapi');

/**
 * Requests that cannot succeed on their own in this test, with the reason; and those whose body the
 * contract check accepts though the spec refuses it (the emulator holds to the spec and refuses it).
 */
const expectedRefusals: Record<string, string> = {
  'Auth / Access token from auth grant code': 'needs the code a person gets from the consent page (test/emulator/consent-page.test.ts covers it)',
  ...Object.fromEntries(acceptedDeviations.filter((d) => d.kind === 'body').map((d) => [d.request, d.reason])),
};

/** Requests whose saved example the contract check accepts though the spec refuses it: their answers are that example. */
const acceptedExamples = new Set(acceptedDeviations.filter((d) => d.kind === 'example').map((d) => d.request));

async function sendAll(): Promise<Array<{ request: CollectionRequest; answer: Answer }>> {
  const e = await emulator({ region: 'eu' });
  const variables = await variablesFor(e);
  const out: Array<{ request: CollectionRequest; answer: Answer }> = [];
  for (const request of collectionRequests().filter(sentToEmulator)) out.push({ request, answer: await send(request, variables) });
  return out;
}

describe('the emulator answers every request of the collection', () => {
  it('answers at least 350 of the 359 requests without "No route", each with success where it can', async () => {
    const all = collectionRequests();
    expect(all).toHaveLength(359);
    expect(all.filter((request) => !sentToEmulator(request)).map((request) => request.name)).toEqual([
      'Creative asset library / Upload file',
      'Partner opportunities / List opportunities',
      'Partner opportunities / Get opportunity file',
    ]);
    const answers = await sendAll();
    const routed = answers.filter(({ answer }) => !/No route/.test(answer.text));
    expect(routed.length).toBeGreaterThanOrEqual(350);
    const refused = answers
      .filter(({ request, answer }) => answer.status >= 400 && !(request.name in expectedRefusals))
      .map(({ request, answer }) => `${request.name}: ${answer.status} ${answer.text.slice(0, 300)}`);
    expect(refused).toEqual([]);
  }, 120_000);

  it.skipIf(!present)('answers each request as its operation\'s spec declares: status, Content-Type and body', async () => {
    const specs = loadReferenceSpecs();
    const match = operationMatcher(specOperations(specs));
    const compile = specSchemas(specs);
    const undeclared: string[] = [];
    const problems: string[] = [];
    for (const { request, answer } of await sendAll()) {
      const operation = match(request.method, request.url.raw);
      if (!operation) {
        undeclared.push(request.name);
        continue;
      }
      if (acceptedExamples.has(request.name) || request.name in expectedRefusals) continue;
      const where = `${request.name} (${request.method} ${operation.path}, ${operation.spec}) answered ${answer.status}`;
      if (responseKey(operation, answer.status) === undefined) {
        problems.push(`${where}: the spec declares no such status`);
        continue;
      }
      const types = responseMediaTypes(operation, answer.status) ?? [];
      if (types.length === 0 || answer.text === '') continue;
      const type = answer.contentType === null ? undefined : declaredMediaType(types, answer.contentType);
      if (type === undefined) {
        problems.push(`${where}: Content-Type ${answer.contentType} is not one it declares (${types.join(', ')})`);
        continue;
      }
      const ref = responseSchemaRef(operation, answer.status, answer.contentType!);
      if (!ref || answer.json === undefined) continue;
      const validate = compile(ref);
      if (!validate(answer.json)) problems.push(`${where}: ${schemaErrorLines(validate.errors, 3).join('; ')}`);
    }
    console.log(`every-request: ${undeclared.length} requests no spec declares (not checked): ${undeclared.join(' | ')}`);
    expect(problems).toEqual([]);
  }, 300_000);
});
