/**
 * schema: each file matches the project's JSON Schema for its kind (schemas/*.schema.json).
 */
import { describePointer, schemaErrors, schemaFiles } from '../schemas.js';
import type { Problem, Rule } from '../types.js';

const v21Url = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';

export const schemaRule: Rule = {
  id: 'schema',
  description: 'Collections match our Collection v2.1.0 schema; environments match our environment schema.',
  check(files) {
    const problems: Problem[] = [];
    for (const file of files) {
      for (const error of schemaErrors(file)) {
        const where = describePointer(file.json, error.instancePath);
        const isSchemaUrl = error.instancePath === '/info/schema';
        let problem = error.message ?? 'does not match the schema';
        if (error.keyword === 'enum' || error.keyword === 'const') {
          const allowed = (error.params as { allowedValues?: unknown[]; allowedValue?: unknown }).allowedValues ?? [
            (error.params as { allowedValue?: unknown }).allowedValue,
          ];
          problem = `must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`;
        }
        if (error.keyword === 'additionalProperties') {
          problem = `unexpected property "${(error.params as { additionalProperty: string }).additionalProperty}"`;
        }
        problems.push({
          file: file.path,
          rule: 'schema',
          where,
          problem: isSchemaUrl ? 'not a Collection v2.1.0 (info.schema names another format version)' : problem,
          fix: isSchemaUrl
            ? `re-export as Collection v2.1 from the Postman app (info.schema ${v21Url})`
            : `fix the ${file.kind} so it matches ${schemaFiles[file.kind].replace(/^.*\/(schemas\/)/, '$1')}`,
        });
      }
    }
    return problems;
  },
};
