import { describe, expect, it } from 'vitest';
import { rules } from '../../../src/validate/rules/index.js';
import { checkPostmanFiles } from '../../../src/validate/validate.js';
import { goodFiles } from '../fixtures/postman.js';

describe('rule registry', () => {
  it('has one uniquely named rule per file, each described', () => {
    const ids = rules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(['schema', 'variables-defined', 'scripts-parse', 'ads-headers', 'no-secrets', 'unique-names', 'media-types', 'examples', 'event-names']);
    for (const rule of rules) expect(rule.description.length).toBeGreaterThan(10);
  });

  it('finds nothing in the clean fixture collection and environment', () => {
    expect(checkPostmanFiles(goodFiles())).toEqual([]);
  });
});
