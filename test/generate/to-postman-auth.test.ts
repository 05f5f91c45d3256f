/**
 * Collection-level bearer auth: the unit shape, and what goes over the wire when Newman runs the
 * generated collection against the emulator (through a proxy that records each request's headers):
 * every Ads API call carries exactly `Authorization: Bearer <the token the emulator issued>`, the token
 * request carries no Authorization header at all.
 */
import { describe, expect, it } from 'vitest';
import { startEmulator } from '../../src/emulator/index.js';
import { collectionAuth, requestAuth } from '../../src/generate/to-postman-auth.js';
import { runCollection } from '../../src/run/run-collection.js';
import { startEmulatorProxy, tokensInBody } from '../support/emulator-proxy.js';
import { demo, emulatorRunOptions } from '../run/helpers.js';

describe('collectionAuth / requestAuth', () => {
  it('puts bearer {{access_token}} on the collection; header set none means noauth, the others inherit', () => {
    expect(collectionAuth().toJSON()).toEqual({ type: 'bearer', bearer: [{ key: 'token', value: '{{access_token}}', type: 'string' }] });
    expect(requestAuth('none')?.toJSON().type).toBe('noauth');
    expect(requestAuth('account')).toBeUndefined();
    expect(requestAuth('profile')).toBeUndefined();
  });
});

interface Seen {
  method: string;
  path: string;
  authorization: string | undefined;
}

describe('the generated collection on the wire (Newman against the emulator)', () => {
  it('sends Authorization: Bearer <issued token> on every Ads call and none on the token request', async () => {
    const emulator = await startEmulator({ region: 'na', campaigns: 5, pageSize: 2 });
    const seen: Seen[] = [];
    const issued = new Set<string>();
    const proxy = await startEmulatorProxy(emulator.url, {
      intercept: (request) => {
        seen.push({ method: request.method ?? '', path: (request.url ?? '').split('?')[0], authorization: request.headers.authorization });
        return false; // record, then forward
      },
      responseBody: (_request, body) => {
        for (const token of tokensInBody(body.toString('utf8'))) issued.add(token);
        return body;
      },
    });
    let output = '';
    try {
      const options = emulatorRunOptions(proxy, 'na');
      const outcome = await runCollection(options, {
        credentials: demo,
        environmentValues: { retry_after_cap_seconds: '0' },
        stdout: (text) => void (output += text),
      });
      expect(outcome.exitCode, output).toBe(0);
    } finally {
      await proxy.stop();
      await emulator.stop();
    }

    const tokenCalls = seen.filter((s) => s.path === '/auth/o2/token');
    const adsCalls = seen.filter((s) => s.path !== '/auth/o2/token');
    expect(tokenCalls.length).toBeGreaterThanOrEqual(1);
    for (const call of tokenCalls) expect(call.authorization, 'token request').toBeUndefined();
    expect(adsCalls.map((c) => c.path)).toEqual(expect.arrayContaining(['/v2/profiles', '/sp/campaigns/list', '/sb/v4/campaigns/list', '/sd/campaigns']));
    const accessTokens = [...issued].filter((token) => token !== demo.refresh_token);
    expect(accessTokens.length).toBeGreaterThanOrEqual(1);
    for (const call of adsCalls) {
      expect(call.authorization, `${call.method} ${call.path}`).toMatch(/^Bearer \S+$/);
      expect(accessTokens, `${call.method} ${call.path} sends an issued token`).toContain(call.authorization!.slice('Bearer '.length));
    }
    // The runner still learns the token from the Authorization header it sent and never prints it.
    for (const token of accessTokens) expect(output).not.toContain(token);
  }, 60_000);
});
