import { describe, expect, it } from 'vitest';
import { schemaRule } from '../../../src/validate/rules/schema.js';
import { asCollection, asEnvironment, findRequest, goodCollection, goodEnvironment, goodFiles } from '../fixtures/postman.js';

describe('schema rule', () => {
  it('passes the clean collection and environment', () => {
    expect(schemaRule.check(goodFiles())).toEqual([]);
  });

  it('names the request whose method is not an HTTP method', () => {
    const collection = goodCollection();
    findRequest(collection, 'List campaigns').request.method = 'FETCH';
    const problems = schemaRule.check([asCollection(collection)]);
    expect(problems).toHaveLength(1);
    expect(problems[0].where).toBe('Sponsored Products / Campaigns / List campaigns: request.method');
    expect(problems[0].problem).toContain('"GET"');
  });

  it('rejects a Collection v2.0 schema URL with a re-export hint', () => {
    const collection = goodCollection();
    collection.info.schema = 'https://schema.getpostman.com/json/collection/v2.0.0/collection.json';
    const [problem] = schemaRule.check([asCollection(collection)]);
    expect(problem.where).toBe('info.schema');
    expect(problem.fix).toContain('v2.1');
  });

  it('rejects an event that is neither prerequest nor test and a script exec that is not lines', () => {
    const collection = goodCollection();
    collection.event[0].listen = 'beforeAll';
    findRequest(collection, 'Profiles').event[0].script.exec = 42;
    const wheres = schemaRule.check([asCollection(collection)]).map((p) => p.where);
    expect(wheres).toContain('event[0].listen');
    expect(wheres).toContain('Accounts / Profiles: event[0].script.exec');
  });

  it('rejects a raw body without its text and an unknown body mode', () => {
    const collection = goodCollection();
    delete findRequest(collection, 'List campaigns').request.body.raw;
    findRequest(collection, 'Delete campaigns').request.body.mode = 'graphql';
    const wheres = schemaRule.check([asCollection(collection)]).map((p) => p.where);
    expect(wheres).toContain('Sponsored Products / Campaigns / List campaigns: request.body');
    expect(wheres).toContain('Sponsored Products / Campaigns / Delete campaigns: request.body.mode');
  });

  it('rejects an environment variable with an unknown type or no enabled flag', () => {
    const environment = goodEnvironment();
    environment.values[2].type = 'password';
    delete environment.values[3].enabled;
    const wheres = schemaRule.check([asEnvironment(environment)]).map((p) => p.where);
    expect(wheres).toEqual(['values[2].type', 'values[3]']);
  });

  it('rejects an environment without the environment scope marker', () => {
    const environment = goodEnvironment();
    delete environment._postman_variable_scope;
    expect(schemaRule.check([asEnvironment(environment)])).toHaveLength(1);
  });
});
