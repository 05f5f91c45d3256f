/**
 * The committed build output (collections/, environments/) passes every rule; the official
 * collection is used to keep the rules free of false positives on legitimate API usage.
 */
import { describe, expect, it } from 'vitest';
import { defaultPaths, validatePaths } from '../../src/validate/validate.js';
import { formatProblem } from '../../src/validate/types.js';
import { needsShared } from '../support/needs.js';

describe('validator on real files', () => {
  it('finds no problem in the generated collection and the three regional environments', async () => {
    const paths = await defaultPaths();
    expect(paths).toContain('collections/amazon-ads-api.postman_collection.json');
    for (const region of ['na', 'eu', 'fe']) expect(paths).toContain(`environments/amazon-ads-api.${region}.postman_environment.json`);
    const report = await validatePaths(paths);
    expect(report.unreadable).toEqual([]);
    expect(report.problems.map(formatProblem)).toEqual([]);
  });

  const official = '../shared/reference/postman/Amazon_Ads_API.postman_collection.json';
  const officialEnvironment = '../shared/reference/postman/Amazon_Ads_API_Environment.postman_environment.json';
  it.runIf(needsShared('reference/postman/Amazon_Ads_API.postman_collection.json', 'reference/postman/Amazon_Ads_API_Environment.postman_environment.json'))('judges the official collection only on its real faults', async () => {
    const report = await validatePaths([official, officialEnvironment]);
    const byRule = (rule: string) => report.problems.filter((p) => p.rule === rule);
    // It is Collection v2.0: exactly one schema problem, the format version.
    expect(byRule('schema').map((p) => p.where)).toEqual(['info.schema']);
    // Its scripts parse, it holds no secrets, and its vendor media type pairs are all consistent.
    expect(byRule('scripts-parse')).toEqual([]);
    expect(byRule('no-secrets')).toEqual([]);
    expect(byRule('media-types').filter((p) => !p.where.endsWith(': body'))).toEqual([]);
    // Its known faults: Sponsored TV sends the token without "Bearer", ids it never defines.
    expect(byRule('ads-headers').some((p) => p.where.startsWith('Sponsored TV / '))).toBe(true);
    expect(byRule('variables-defined').some((p) => p.problem.includes('{{budgetRuleId}}'))).toBe(true);
  });
});
