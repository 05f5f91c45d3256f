import { describe, expect, it } from 'vitest';
import { eventNameProblem, eventNamesRule, scanScript } from '../../../src/validate/rules/event-names.js';
import { asCollection, findRequest, goodCollection, goodFiles } from '../fixtures/postman.js';

describe('event-names rule', () => {
  it('passes scripts that never read the event name, and the clean fixture', () => {
    expect(eventNamesRule.check(goodFiles())).toEqual([]);
    expect(eventNameProblem("pm.test('a', function () {}); // pm.info.eventName === 'prerequest' in a comment")).toBeUndefined();
  });

  it("fails the old list-campaigns branch: 'prerequest' without 'beforeRequest'", () => {
    const collection = goodCollection();
    findRequest(collection, 'Profiles').event[0].script.exec = ["if (pm.info.eventName === 'prerequest') {", '  before();', '} else {', '  after();', '}'];
    const problems = eventNamesRule.check([asCollection(collection)]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ rule: 'event-names', where: 'Accounts / Profiles: event[0] test script' });
    expect(problems[0].problem).toBe("reads pm.info.eventName and handles 'prerequest' (v2.1) but not 'beforeRequest' (Collection v3: the Postman app, the Postman CLI after migrate)");
    expect(problems[0].fix).toMatch(/one file per event/);
  });

  it('fails a v3-only branch, a test/afterResponse half-pair, and a comparison with neither name', () => {
    expect(eventNameProblem('if (pm.info.eventName == "afterResponse") x();')).toMatch(/handles 'afterResponse' \(Collection v3\) but not 'test'/);
    expect(eventNameProblem("var pre = ['prerequest', 'beforeRequest'].indexOf(pm.info.eventName) !== -1; if (pm.info.eventName === 'test') y();")).toMatch(/handles 'test' \(v2.1\) but not 'afterResponse'/);
    expect(eventNameProblem("switch (pm.info['eventName']) { case 'pre': break; }")).toMatch(/compares it with none of/);
  });

  it('passes a branch that names both names of each pair it uses', () => {
    expect(eventNameProblem("if (pm.info.eventName === 'prerequest' || pm.info.eventName === 'beforeRequest') { a(); } else { b(); }")).toBeUndefined();
    expect(eventNameProblem("var e = pm.info.eventName; if (e === `test` || e === \"afterResponse\") b(); if (e === 'prerequest' || e === 'beforeRequest') a();")).toBeUndefined();
  });

  it('reads strings with escapes and comments correctly', () => {
    expect(scanScript("a('it\\'s', \"x\") /* 'no' */ // 'nope'\nb(`t`)")).toEqual({ code: 'a("", "")   \nb("")', strings: ["it's", 'x', 't'] });
  });

  it('checks the collection-level scripts too', () => {
    const collection = goodCollection();
    collection.event[0].script.exec = ["if (pm.info.eventName !== 'test') return;"];
    expect(eventNamesRule.check([asCollection(collection)])[0].where).toBe('(collection): event[0] prerequest script');
  });
});
