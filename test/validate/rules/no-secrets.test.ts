import { describe, expect, it } from 'vitest';
import { noSecretsRule } from '../../../src/validate/rules/no-secrets.js';
import { asCollection, asEnvironment, findRequest, goodCollection, goodEnvironment, goodFiles } from '../fixtures/postman.js';

const secret = 'sEcReT-do-not-print-4711';
const refreshToken = 'Atzr|IwEBIDistinctiveRefreshToken0042';

function allText(problems: object[]): string {
  return JSON.stringify(problems);
}

describe('no-secrets rule', () => {
  it('passes empty secrets and {{template}} references', () => {
    expect(noSecretsRule.check(goodFiles())).toEqual([]);
  });

  it('fails on a filled secret-typed environment variable, without printing it', () => {
    const environment = goodEnvironment();
    environment.values.find((v: any) => v.key === 'client_secret').value = secret;
    const problems = noSecretsRule.check([asEnvironment(environment)]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ rule: 'no-secrets', where: 'values[3] client_secret', problem: 'a secret-typed variable has a value' });
    expect(allText(problems)).not.toContain(secret);
  });

  it('fails on a refresh_token value even when it is not typed secret', () => {
    const environment = goodEnvironment();
    Object.assign(environment.values.find((v: any) => v.key === 'refresh_token'), { type: 'default', value: 'abc' });
    expect(noSecretsRule.check([asEnvironment(environment)])[0].problem).toBe('refresh_token has a value');
  });

  it('fails on literal secrets in collection variables, form fields, headers and bearer auth', () => {
    const collection = goodCollection();
    collection.variable.push({ key: 'access_token', value: secret });
    const token = findRequest(collection, 'Access token from refresh token').request;
    token.body.urlencoded.find((f: any) => f.key === 'client_secret').value = secret;
    findRequest(collection, 'Profiles').request.header[1].value = `Bearer ${secret}`;
    findRequest(collection, 'List campaigns').request.auth = { type: 'bearer', bearer: [{ key: 'token', value: secret }] };
    const problems = noSecretsRule.check([asCollection(collection)]);
    expect(problems.map((p) => p.where).sort()).toEqual([
      '(collection): variable[1] access_token',
      'Accounts / Profiles: header Authorization',
      'Auth / Access token from refresh token: urlencoded client_secret',
      'Sponsored Products / Campaigns / List campaigns: auth bearer.token',
    ]);
    expect(allText(problems)).not.toContain(secret);
  });

  it('fails on a token-looking string anywhere, for example inside a script or a body', () => {
    const collection = goodCollection();
    findRequest(collection, 'Profiles').event[0].script.exec.push(`const t = '${refreshToken}';`);
    findRequest(collection, 'List campaigns').request.body.raw = `{"note": "${refreshToken.replace('Atzr', 'Atza')}"}`;
    const problems = noSecretsRule.check([asCollection(collection)]);
    expect(problems.map((p) => p.where)).toEqual([
      'Accounts / Profiles: event[0].script.exec[1]',
      'Sponsored Products / Campaigns / List campaigns: request.body.raw',
    ]);
    expect(allText(problems)).not.toContain('IwEBIDistinctive');
  });

  it('does not mistake a prefix check in a script for a token', () => {
    const collection = goodCollection();
    findRequest(collection, 'Profiles').event[0].script.exec.push("if (!String(v).startsWith('Atzr|')) { return; }");
    expect(noSecretsRule.check([asCollection(collection)])).toEqual([]);
  });
});
