/**
 * What Login with Amazon remembers: the authorization codes it issued (single use, five minutes,
 * bound to a redirect_uri), the refresh tokens it accepts, and the access tokens it issued.
 */
import { randomBytes } from 'node:crypto';
import { demoCredentials } from '../credentials.js';

export const codeLifetimeMs = 5 * 60 * 1000;

interface IssuedCode {
  clientId: string;
  redirectUri: string;
  expiresAt: number;
  used: boolean;
}

export type CodeProblem = 'unknown' | 'used' | 'expired' | 'redirect_mismatch' | 'other_client';

function randomToken(prefix: string, bytes: number): string {
  return prefix + randomBytes(bytes).toString('base64url');
}

export class GrantStore {
  private readonly codes = new Map<string, IssuedCode>();
  private readonly refreshTokens = new Set<string>([demoCredentials.refresh_token]);
  private readonly accessTokens = new Map<string, { clientId: string; expiresAt: number }>();

  constructor(private readonly now: () => number) {
    // The fixed demo code: valid once per emulator start, for five minutes.
    this.codes.set(demoCredentials.code, {
      clientId: demoCredentials.client_id,
      redirectUri: demoCredentials.redirect_uri,
      expiresAt: now() + codeLifetimeMs,
      used: false,
    });
  }

  issueCode(clientId: string, redirectUri: string): string {
    const code = randomToken('AN', 15);
    this.codes.set(code, { clientId, redirectUri, expiresAt: this.now() + codeLifetimeMs, used: false });
    return code;
  }

  /** Redeems a code; on success it can never be redeemed again. */
  redeemCode(code: string, clientId: string, redirectUri: string): CodeProblem | undefined {
    const issued = this.codes.get(code);
    if (!issued) return 'unknown';
    if (issued.used) return 'used';
    if (this.now() >= issued.expiresAt) return 'expired';
    if (issued.clientId !== clientId) return 'other_client';
    if (issued.redirectUri !== redirectUri) return 'redirect_mismatch';
    issued.used = true;
    return undefined;
  }

  issueRefreshToken(): string {
    const token = randomToken('Atzr|', 48);
    this.refreshTokens.add(token);
    return token;
  }

  isRefreshToken(token: string): boolean {
    return this.refreshTokens.has(token);
  }

  issueAccessToken(clientId: string, ttlSeconds: number): string {
    const token = randomToken('Atza|', 48);
    const now = this.now();
    if (this.accessTokens.size > 10_000) {
      for (const [key, value] of this.accessTokens) if (value.expiresAt <= now) this.accessTokens.delete(key);
    }
    this.accessTokens.set(token, { clientId, expiresAt: now + ttlSeconds * 1000 });
    return token;
  }

  /** Makes every access token issued so far expired now. */
  expireAccessTokens(): void {
    const now = this.now();
    for (const issued of this.accessTokens.values()) issued.expiresAt = Math.min(issued.expiresAt, now);
  }

  accessTokenState(token: string, clientId: string): 'valid' | 'unknown' | 'expired' | 'other_client' {
    const issued = this.accessTokens.get(token);
    if (!issued) return 'unknown';
    if (this.now() >= issued.expiresAt) return 'expired';
    if (issued.clientId !== clientId) return 'other_client';
    return 'valid';
  }
}
