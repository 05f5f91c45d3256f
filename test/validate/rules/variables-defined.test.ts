import { describe, expect, it } from 'vitest';
import { referencedVariables, variablesDefinedRule, variablesSetByScript } from '../../../src/validate/rules/variables-defined.js';
import { asCollection, asEnvironment, findRequest, goodCollection, goodEnvironment, goodFiles } from '../fixtures/postman.js';

const run = (collection: any, environment = goodEnvironment()) =>
  variablesDefinedRule.check([asCollection(collection), asEnvironment(environment)]);

describe('variables-defined rule', () => {
  it('passes when every variable comes from the environment, collection variables or scripts', () => {
    const collection = goodCollection();
    findRequest(collection, 'Profiles').request.header.push(
      { key: 'X-Note', value: '{{collection_note}}' }, // collection variable
      { key: 'X-Expires', value: '{{token_expires_at}}' }, // set by the collection prerequest
      { key: 'X-Chosen', value: '{{chosen_profile}}' }, // set by pm.collectionVariables.set
      { key: 'X-Id', value: '{{$guid}} {{$timestamp}}' }, // Postman dynamic variables
    );
    expect(run(collection)).toEqual([]);
    expect(variablesDefinedRule.check(goodFiles())).toEqual([]);
  });

  it('fails on an undefined variable in a URL, naming the request and the variable', () => {
    const collection = goodCollection();
    findRequest(collection, 'Profiles').request.url = '{{api_url}}/v2/profiles/{{unknownProfile}}';
    const problems = run(collection);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ rule: 'variables-defined', where: 'Accounts / Profiles: url', file: 'fixture.postman_collection.json' });
    expect(problems[0].problem).toContain('{{unknownProfile}}');
  });

  it('fails on undefined variables in query, path variables, headers, raw and urlencoded bodies and auth', () => {
    const collection = goodCollection();
    const list = findRequest(collection, 'List campaigns').request;
    list.url.query = [{ key: 'q', value: '{{in_query}}' }, { key: 'off', value: '{{disabled_query}}', disabled: true }];
    list.url.variable = [{ key: 'id', value: '{{in_path}}' }];
    list.header.push({ key: 'X-A', value: '{{in_header}}' });
    list.body.raw = '{"x": "{{in_body}}"}';
    list.auth = { type: 'bearer', bearer: [{ key: 'token', value: '{{in_auth}}' }] };
    findRequest(collection, 'Access token from refresh token').request.body.urlencoded.push({ key: 'x', value: '{{in_form}}' });
    const names = run(collection).map((p) => /\{\{(\w+)\}\}/.exec(p.problem)?.[1]);
    expect(names.sort()).toEqual(['in_auth', 'in_body', 'in_form', 'in_header', 'in_path', 'in_query']);
  });

  it('needs the environments: without them, environment variables are undefined', () => {
    const problems = variablesDefinedRule.check([asCollection(goodCollection())]);
    expect(problems.map((p) => p.problem).join('\n')).toContain('{{api_url}}');
  });

  it('reads script setters with either quote kind and ignores computed names', () => {
    expect(variablesSetByScript(`pm.environment.set('a', 1); pm.variables.set("b", 2); pm.globals.set( 'c' ,3);`)).toEqual(['a', 'b', 'c']);
    expect(variablesSetByScript('pm.environment.set(name, 1); pm.environment.set(`x_${n}`, 2)')).toEqual([]);
    expect(referencedVariables('{{a}}/x/{{ b }}')).toEqual(['a', 'b']);
  });

  it("counts ids named in a script's generated params line as set, but not names in comments", () => {
    const source = [
      'const params = {"ids":[{"variable":"advertiser_id","from":"a[0].id"},{"variable":"marketplace_id","from":"m"}]};',
      "// example: { variable: 'adGroupId', from: 'x' } and pm.environment.set('commented_out', 1)",
      'store(params);',
    ].join('\n');
    expect(variablesSetByScript(source)).toEqual(['advertiser_id', 'marketplace_id']);

    const collection = goodCollection();
    const profiles = findRequest(collection, 'Profiles');
    profiles.request.header.push({ key: 'X-Ad-Group', value: '{{adGroupId}}' });
    profiles.event[0].script.exec = source.split('\n');
    expect(run(collection).map((p) => p.problem)).toEqual([expect.stringContaining('{{adGroupId}}')]);
    profiles.event[0].script.exec[0] = 'const params = {"variable":"adGroupId","from":"adGroups.success[0].adGroupId"};';
    expect(run(collection)).toEqual([]);
  });
});
