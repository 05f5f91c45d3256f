/**
 * The build step behind schemas/contract/operations.json: structure kept, Amazon's prose left out, every
 * catalog request mapped to an operation where a spec declares one, and the committed file current
 * (the last two need ../shared; skipped with a visible line in a plain clone, never in CI).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contractSchemasPath, projectRoot } from '../../src/config/paths.js';
import { emulatorContract, structureOf } from '../../src/contract/emulator-contract.js';
import { loadReferenceSpecs } from '../../src/contract/reference-specs.js';
import { savedAnswerRoutes } from '../../src/emulator/contract/saved-answer-routes.js';
import { serializeJson } from '../../src/generate/serialize-json.js';
import { needsShared } from '../support/needs.js';

describe('structureOf', () => {
  it('keeps types, required, enums, formats, bounds, patterns and property names; drops prose, examples and extensions', () => {
    const schema = {
      type: 'object',
      title: 'Campaign',
      description: 'Words of Amazon',
      required: ['name'],
      example: { name: 'x' },
      'x-amazon-note': 'internal',
      properties: {
        name: { type: 'string', minLength: 1, maxLength: 128, pattern: '^\\S', description: 'The name' },
        description: { type: 'string', summary: 'a property called description stays' },
        state: { type: 'string', enum: ['ENABLED', 'PAUSED'], default: 'ENABLED', examples: ['PAUSED'] },
        budget: { type: 'number', format: 'double', minimum: 1, exclusiveMaximum: 1000, nullable: true },
        tags: { type: 'object', additionalProperties: { type: 'string', description: 'tag' } },
        kind: { oneOf: [{ $ref: '#/components/schemas/A' }], discriminator: { propertyName: 'type', mapping: { a: '#/components/schemas/A' } } },
      },
    };
    expect(structureOf(schema)).toEqual({
      type: 'object',
      required: ['name'],
      properties: {
        name: { type: 'string', minLength: 1, maxLength: 128, pattern: '^\\S' },
        description: { type: 'string' },
        state: { type: 'string', enum: ['ENABLED', 'PAUSED'] },
        budget: { type: 'number', format: 'double', minimum: 1, exclusiveMaximum: 1000, nullable: true },
        tags: { type: 'object', additionalProperties: { type: 'string' } },
        kind: { oneOf: [{ $ref: '#/components/schemas/A' }], discriminator: { propertyName: 'type', mapping: { a: '#/components/schemas/A' } } },
      },
    });
  });
});

/** Amazon's specs, to compare the committed file with (test/support/needs.ts: a named skip in a plain clone, a failure in CI). */
const present = needsShared('reference/openapi');

describe('the committed schemas/contract/operations.json', () => {
  const committed = readFileSync(path.join(projectRoot, contractSchemasPath), 'utf8');

  it('holds no prose: no description, summary, title or example text anywhere', () => {
    const prose: string[] = [];
    const walk = (node: unknown, at: string, inProperties: boolean) => {
      if (Array.isArray(node)) return node.forEach((item, i) => walk(item, `${at}/${i}`, false));
      if (typeof node !== 'object' || node === null) return;
      for (const [key, value] of Object.entries(node)) {
        if (!inProperties && /^(description|summary|title|example|examples)$/.test(key)) prose.push(`${at}/${key}`);
        walk(value, `${at}/${key}`, key === 'properties' && !inProperties);
      }
    };
    walk(JSON.parse(committed).specs, '', false);
    expect(prose).toEqual([]);
  });

  it.skipIf(!present)('is what npm run build:contract writes from the specs today (run it and commit when this fails)', () => {
    const built = emulatorContract(loadReferenceSpecs(), savedAnswerRoutes());
    expect(Object.keys(built.operations).length).toBeGreaterThan(290);
    expect(serializeJson(built) === committed).toBe(true);
  }, 60_000);
});
