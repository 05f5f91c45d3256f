import { describe, expect, it } from 'vitest';
import { uniqueNamesRule } from '../../../src/validate/rules/unique-names.js';
import { asCollection, findRequest, goodCollection, goodFiles } from '../fixtures/postman.js';

describe('unique-names rule', () => {
  it('passes distinct names, and the same request name in different folders', () => {
    const collection = goodCollection();
    collection.item[1].item.push({ ...structuredClone(findRequest(collection, 'List campaigns')), name: 'Delete campaigns' });
    expect(uniqueNamesRule.check([asCollection(collection)])).toEqual([]);
    expect(uniqueNamesRule.check(goodFiles())).toEqual([]);
  });

  it('fails on two requests with one name in a folder', () => {
    const collection = goodCollection();
    const campaigns = collection.item[2].item[0].item;
    campaigns.push(structuredClone(campaigns[0]));
    const problems = uniqueNamesRule.check([asCollection(collection)]);
    expect(problems).toHaveLength(1);
    expect(problems[0].where).toBe('Sponsored Products / Campaigns / List campaigns');
    expect(problems[0].problem).toContain('folder "Sponsored Products / Campaigns"');
  });

  it('fails on two folders with one name at the top level', () => {
    const collection = goodCollection();
    collection.item.push({ name: 'Accounts', item: [] });
    const problems = uniqueNamesRule.check([asCollection(collection)]);
    expect(problems.map((p) => p.problem)).toEqual(['more than one folder named "Accounts" in the collection root']);
  });
});
