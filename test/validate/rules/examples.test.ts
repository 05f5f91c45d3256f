import { describe, expect, it } from 'vitest';
import { examplesRule } from '../../../src/validate/rules/examples.js';
import { asCollection, findRequest, goodCollection, goodFiles, savedResponse } from '../fixtures/postman.js';

describe('examples rule', () => {
  it('passes when every request has a saved example response', () => {
    expect(examplesRule.check(goodFiles())).toEqual([]);
  });

  it('fails on a request without saved responses, naming it', () => {
    const collection = goodCollection();
    delete findRequest(collection, 'Profiles').response;
    findRequest(collection, 'Delete campaigns').response = [];
    const problems = examplesRule.check([asCollection(collection)]);
    expect(problems.map((p) => [p.where, p.problem])).toEqual([
      ['Accounts / Profiles', 'no saved example response'],
      ['Sponsored Products / Campaigns / Delete campaigns', 'no saved example response'],
    ]);
    expect(problems[0].fix).toContain('src/catalog/examples.ts');
  });

  it('does not count a saved response without a status code or a name', () => {
    const collection = goodCollection();
    findRequest(collection, 'List campaigns').response = [{ ...savedResponse(), code: undefined }, { ...savedResponse(), name: ' ' }];
    const problems = examplesRule.check([asCollection(collection)]);
    expect(problems).toHaveLength(1);
    expect(problems[0].problem).toBe('no saved example has both a name and a status code');
  });

  it('ignores environments', () => {
    expect(examplesRule.check(goodFiles().filter((f) => f.kind === 'environment'))).toEqual([]);
  });
});
