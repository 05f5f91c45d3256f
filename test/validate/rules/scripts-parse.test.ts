import { describe, expect, it } from 'vitest';
import { scriptsParseRule, scriptSyntaxError } from '../../../src/validate/rules/scripts-parse.js';
import { asCollection, findRequest, goodCollection, goodFiles } from '../fixtures/postman.js';

describe('scripts-parse rule', () => {
  it('passes scripts that compile, including a top-level return and await', () => {
    expect(scriptsParseRule.check(goodFiles())).toEqual([]);
    expect(scriptSyntaxError('if (!pm.response) { return; }\nawait Promise.resolve(1);')).toBeUndefined();
  });

  it('never runs the script while checking it', () => {
    expect(scriptSyntaxError('throw new Error("ran")')).toBeUndefined();
  });

  it('fails on a syntax error, naming the script and its line', () => {
    const collection = goodCollection();
    findRequest(collection, 'Profiles').event[0].script.exec = ['const a = 1;', 'pm.test("x", () => {', '  pm.expect(a).to.eql(1);'];
    const problems = scriptsParseRule.check([asCollection(collection)]);
    expect(problems).toHaveLength(1);
    expect(problems[0].where).toBe('Accounts / Profiles: event[0] test script');
    expect(problems[0].problem).toMatch(/^syntax error at line \d+: /);
  });

  it('reports the line of the script, not of the wrapper', () => {
    expect(scriptSyntaxError('const a = 1;\nconst b = ;\n')).toMatch(/^line 2: /);
    expect(scriptSyntaxError('let x = ;')).toMatch(/^line 1: /);
  });

  it('checks the collection-level scripts too', () => {
    const collection = goodCollection();
    collection.event[0].script.exec = ['function ('];
    expect(scriptsParseRule.check([asCollection(collection)])[0].where).toBe('(collection): event[0] prerequest script');
  });
});
