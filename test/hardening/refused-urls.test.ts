/**
 * A refused --token-url / --api-url never prints the URL as given (issue 27, D05): one with a query or
 * a fragment holding the client secret and a refresh token is refused (exit 2, before any request)
 * with its query values and fragment masked, in `npm run collection` and in `npm run auth` alike.
 */
import { describe, expect, it } from 'vitest';
import { auth } from '../support/spawn-cli.js';
import { collection, distinctive, expectOneErrorLine, workspace } from './harness.js';
import { expectCase } from './failure-cases.js';

const REFRESH_TOKEN = 'Atzr|IwEBIHardeningRefusedUrlToken0123456789';
const secrets = [distinctive.client_secret, distinctive.refresh_token, REFRESH_TOKEN, encodeURIComponent(REFRESH_TOKEN)];

describe('a refused host URL is printed masked', { timeout: 240_000 }, () => {
  it('npm run collection: --token-url with the secrets in its query', async () => {
    const ws = workspace(distinctive);
    try {
      const tokenUrl = `https://api.example.invalid/auth/o2/token?client_secret=${distinctive.client_secret}&refresh_token=${REFRESH_TOKEN}`;
      const ran = await collection(['--envFile', ws.envFile, '--token-url', tokenUrl], { cwd: ws.dir });
      expect(expectOneErrorLine(ran, 2)).toBe(
        'error: --token-url / AMAZON_ADS_TOKEN_URL "https://api.example.invalid/auth/o2/token?client_secret=[REDACTED]&refresh_token=[REDACTED]" has a query string or fragment (?... / #...), which would end up inside every request\'s address: give the URL without it, e.g. https://api.example.invalid/auth/o2/token',
      );
      expectCase('token-url-query-secrets', ran, ws, secrets);
    } finally {
      ws.remove();
    }
  });

  it('npm run auth: --api-url with a token in its fragment', async () => {
    const ws = workspace(distinctive);
    try {
      const apiUrl = `https://advertising-api.example.invalid/#access=${REFRESH_TOKEN}`;
      const ran = await auth(['--envFile', ws.envFile, '--client-id', distinctive.client_id, '--client-secret', distinctive.client_secret, '--code', 'AN-code', '--api-url', apiUrl], { cwd: ws.dir });
      expect(expectOneErrorLine(ran, 2)).toMatch(/^error: --api-url \/ AMAZON_ADS_API_URL "https:\/\/advertising-api\.example\.invalid\/#\[REDACTED\]" has a query string or fragment/);
      expectCase('auth-api-url-fragment-secret', ran, ws, secrets);
    } finally {
      ws.remove();
    }
  });
});
