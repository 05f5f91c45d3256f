/** The environment a run hands Newman: the hosts the file already holds are not written again (issue 24 item 5). */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultEnvironmentDir, environmentFileName } from '../../../src/config/paths.js';
import { resolveRunOptions } from '../../../src/config/run-settings.js';
import { hostsAt, hostsOf } from '../../../src/core/regions.js';
import { changedValues, type EnvironmentJson } from '../../../src/run/newman/environment.js';
import { runEnvironmentOf } from '../../../src/run/newman/run-environment.js';

const credentials = { client_id: 'amzn1.application-oa2-client.x', client_secret: 'secret', refresh_token: 'Atzr|r' };
/** The committed environment file of eu, as a Postman user imports it. */
const file = (): EnvironmentJson => JSON.parse(fs.readFileSync(path.join(defaultEnvironmentDir, environmentFileName('eu')), 'utf8')) as EnvironmentJson;
const value = (environment: EnvironmentJson, key: string) => environment.values.find((entry) => entry.key === key)?.value;

describe('changedValues', () => {
  it('keeps only the values the environment does not hold as they are (absent, another value, disabled)', () => {
    const environment: EnvironmentJson = { values: [{ key: 'a', value: '1' }, { key: 'b', value: '2', enabled: false }] };
    expect(changedValues(environment, { a: '1', b: '2', c: '3' })).toEqual({ b: '2', c: '3' });
    expect(changedValues(environment, { a: '9' })).toEqual({ a: '9' });
  });
});

describe('runEnvironmentOf', () => {
  const options = resolveRunOptions({ region: 'eu' });

  it("leaves the region's hosts as the file holds them and sets the credentials", () => {
    const hosts = hostsOf('eu');
    expect(changedValues(file(), hosts)).toEqual({});
    const environment = runEnvironmentOf(file(), { options, credentials, hosts, given: {}, loop: {} });
    expect(value(environment, 'api_url')).toBe(hosts.api_url);
    expect(value(environment, 'client_secret')).toBe('secret');
  });

  it("writes the hosts the file does not hold (an emulator's), and --env-var last", () => {
    const hosts = hostsAt('http://127.0.0.1:9');
    const withEnvVar = resolveRunOptions({ region: 'eu', envVar: ['token_url=http://127.0.0.1:8/t'] });
    const environment = runEnvironmentOf(file(), { options: withEnvVar, credentials, hosts, given: {}, loop: {} });
    expect(value(environment, 'api_url')).toBe('http://127.0.0.1:9');
    expect(value(environment, 'auth_grant_url')).toBe('http://127.0.0.1:9/ap/oa');
    expect(value(environment, 'token_url')).toBe('http://127.0.0.1:8/t');
  });
});
