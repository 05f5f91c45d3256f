/**
 * A body the spec refuses gets a 400 before Amazon would: for one request of each API family the
 * collection's own body is broken in one field, and the emulator answers 400 in that API's error shape
 * (the one its spec declares for 400; checked against ../shared when present), its message naming the
 * field and the rule. The unbroken body is answered with success, so the 400 is the broken field's doing.
 */
import { describe, expect, it } from 'vitest';
import { schemaErrorLines, specSchemas } from '../../src/contract/compile-schema.js';
import { responseSchemaRef } from '../../src/contract/operation-media.js';
import { loadReferenceSpecs } from '../../src/contract/reference-specs.js';
import { needsShared } from '../support/needs.js';
import { operationMatcher, specOperations } from '../../src/contract/spec-operations.js';
import { emulator } from './helpers.js';
import { collectionRequests, fill, send, variablesFor } from './send-collection.js';

type Body = any;

interface Case {
  family: string;
  request: string;
  /** Breaks one field of the collection's body (in place). */
  breakIt: (body: Body) => void;
  /** What the message must say: the field's path and the rule. */
  says: RegExp;
  /** The error body's shape: the field holding the message. */
  messageField: 'message' | 'details' | 'detail';
}

/** A case whose break is a `state` (of the item `at` points to) the spec's enum does not have. */
const badState = (family: string, request: string, at: string, item: (b: Body) => Body, messageField: Case['messageField']): Case => ({
  family,
  request,
  breakIt: (b) => (item(b).state = 'SWITCHED_ON'),
  says: new RegExp(`${at}/state: must be equal to one of the allowed values`),
  messageField,
});

const cases: Case[] = [
  badState('Sponsored Products v3', 'Sponsored Products / Ad groups / Create ad groups', '/adGroups/0', (b) => b.adGroups[0], 'message'),
  badState('Sponsored Display', 'Sponsored Display / Ad groups / Create ad groups', '/0', (b) => b[0], 'details'),
  badState('Sponsored TV', 'Sponsored TV / AdGroup / Create AdGroup', '/adGroups/0', (b) => b.adGroups[0], 'message'),
  badState('Unified API', 'Unified API / Prod / Ad groups / Create ad groups', '/adGroups/0', (b) => b.adGroups[0], 'message'),
  {
    family: 'Sponsored Brands v4',
    request: 'Sponsored Brands / Ad groups / Create ad groups',
    breakIt: (b) => delete b.adGroups[0].name,
    says: /\/adGroups\/0: must have required property 'name'/,
    messageField: 'message',
  },
  {
    family: 'Sponsored Brands v3',
    request: 'Sponsored Brands / Targeting / Create product targets',
    breakIt: (b) => (b.targets[0].expressions[0].type = 'sometimes'),
    says: /\/targets\/0\/expressions\/0\/type: must be equal to one of the allowed values/,
    messageField: 'details',
  },
  {
    family: 'Exports',
    request: 'Exports / Request campaign export',
    breakIt: (b) => (b.adProductFilter = ['SPONSORED_NOTHING']),
    says: /\/adProductFilter\/0: must be equal to one of the allowed values/,
    messageField: 'message',
  },
  {
    family: 'Amazon Marketing Stream',
    request: 'Amazon Marketing Stream / Create Stream subscription',
    breakIt: (b) => delete b.dataSetId,
    says: /body: must have required property 'dataSetId'/,
    messageField: 'message',
  },
  {
    family: 'Test accounts',
    request: 'Test accounts / Create test account',
    breakIt: (b) => (b.accountType = 'NOBODY'),
    says: /\/accountType: must be equal to one of the allowed values/,
    messageField: 'details',
  },
  {
    family: 'Amazon Marketing Cloud',
    request: 'Amazon Marketing Cloud / Reporting / Workflows / Create a workflow',
    breakIt: (b) => (b.workflowId = 42),
    says: /\/workflowId: must be string/,
    messageField: 'details',
  },
];

/** Amazon's specs (test/support/needs.ts: a named skip in a plain clone, a failure in CI). */
const present = needsShared('reference/openapi');
const specs = present ? loadReferenceSpecs() : [];
const match = operationMatcher(specOperations(specs));
const compile = specSchemas(specs);

describe('a body that breaks the spec gets a 400 naming the field, in its API\'s error shape', () => {
  it.each(cases.map((c) => [c.family, c] as const))('%s', async (_, c) => {
    const e = await emulator({ region: 'eu' });
    const variables = await variablesFor(e);
    const request = collectionRequests().find((r) => r.name === c.request);
    if (!request) throw new Error(`no request "${c.request}" in the collection: run npm run build`);

    const intact = await send(request, variables);
    expect(intact.status, intact.text).toBeLessThan(300);

    const body = JSON.parse(fill(request.body!.raw!, variables));
    c.breakIt(body);
    const answer = await send(request, variables, JSON.stringify(body));
    expect(answer.status, answer.text).toBe(400);
    const error = answer.json as Record<string, unknown>;
    expect(error[c.messageField]).toMatch(c.says);

    if (present) {
      const operation = match(request.method, request.url.raw)!;
      const ref = responseSchemaRef(operation, 400, answer.contentType ?? 'application/json');
      expect(ref, `${operation.spec} declares a 400 for ${operation.path}`).toBeDefined();
      const validate = compile(ref!);
      expect(validate(error), schemaErrorLines(validate.errors).join('; ')).toBe(true);
    }
  });
});
