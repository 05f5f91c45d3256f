/** Shared by the emulator tests: start/stop an emulator per test, get a token, build Ads API headers. */
import { afterEach } from 'vitest';
import newman, { type NewmanRunSummary } from 'newman';
import { demoCredentials, startEmulator, type Emulator, type EmulatorOptions } from '../../src/emulator/index.js';

const running: Emulator[] = [];

/** Starts an emulator on port 0 that is stopped after the current test. */
export async function emulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const started = await startEmulator({ port: 0, ...options });
  running.push(started);
  return started;
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((e) => e.stop()));
});

export function form(fields: Record<string, string | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) params.set(key, value);
  return params;
}

export async function tokenRequest(
  e: Emulator,
  fields: Record<string, string | undefined>,
  headers: Record<string, string> = { 'Content-Type': 'application/x-www-form-urlencoded' },
): Promise<{ status: number; body: Record<string, unknown>; headers: Headers }> {
  const response = await fetch(`${e.url}/auth/o2/token`, { method: 'POST', headers, body: form(fields).toString() });
  return { status: response.status, body: (await response.json()) as Record<string, unknown>, headers: response.headers };
}

export const refreshFields = {
  grant_type: 'refresh_token',
  refresh_token: demoCredentials.refresh_token,
  client_id: demoCredentials.client_id,
  client_secret: demoCredentials.client_secret,
};

export async function accessToken(e: Emulator): Promise<string> {
  const { status, body } = await tokenRequest(e, refreshFields);
  if (status !== 200) throw new Error(`token request failed: ${status}`);
  return body.access_token as string;
}

export async function authHeaders(e: Emulator): Promise<Record<string, string>> {
  return { 'Amazon-Advertising-API-ClientId': demoCredentials.client_id, Authorization: `Bearer ${await accessToken(e)}` };
}

export interface Profile {
  profileId: number;
  countryCode: string;
  accountInfo: { name: string; type: string };
}

export async function profilesOf(e: Emulator, headers: Record<string, string>): Promise<Profile[]> {
  const response = await fetch(`${e.url}/v2/profiles`, { headers });
  return (await response.json()) as Profile[];
}

export const spType = 'application/vnd.spCampaign.v3+json';
export const sbType = 'application/vnd.sbcampaignresource.v4+json';

/** Headers for SP v3 calls under the emulator's first profile. */
export async function spSetup(e: Emulator): Promise<{ headers: Record<string, string>; profile: Profile; auth: Record<string, string> }> {
  const auth = await authHeaders(e);
  const [profile] = await profilesOf(e, auth);
  return {
    auth,
    profile,
    headers: { ...auth, 'Amazon-Advertising-API-Scope': String(profile.profileId), 'Content-Type': spType, Accept: spType },
  };
}

/** One call to the emulator: status, headers, the body as text and as JSON (undefined when it is not JSON). */
async function call(e: Emulator, method: string, path: string, headers: Record<string, string>, body?: unknown) {
  const response = await fetch(`${e.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

export async function post(e: Emulator, path: string, headers: Record<string, string>, body?: unknown, method = 'POST') {
  return call(e, method, path, headers, body);
}

export async function get(e: Emulator, path: string, headers: Record<string, string>) {
  return call(e, 'GET', path, headers);
}

/** The variables that point a collection at an emulator: its three hosts and its demo credentials. */
export function emulatorVariables(e: Emulator): Record<string, string> {
  return {
    api_url: e.url,
    token_url: `${e.url}/auth/o2/token`,
    auth_grant_url: `${e.url}/ap/oa`,
    client_id: e.credentials.client_id,
    client_secret: e.credentials.client_secret,
    refresh_token: e.credentials.refresh_token,
  };
}

/**
 * Runs a Postman collection with Newman's library API against an emulator: the environment's hosts and
 * credentials point at the emulator, `extra` sets (or adds) more variables, `folder` selects items by
 * name or id.
 */
export function runNewmanAgainst(
  e: Emulator,
  options: { collection: unknown; environment: { values: Array<{ key: string; value: unknown }> }; folder: string[]; extra?: Record<string, string> },
): Promise<NewmanRunSummary> {
  const overrides: Record<string, string> = { ...emulatorVariables(e), ...options.extra };
  const { values } = options.environment;
  for (const variable of values) if (variable.key in overrides) variable.value = overrides[variable.key];
  for (const [key, value] of Object.entries(overrides)) if (!values.some((v) => v.key === key)) values.push({ key, value });
  return new Promise((resolve, reject) => {
    newman.run(
      { collection: options.collection as any, environment: options.environment as any, folder: options.folder as any, reporters: [], timeoutRequest: 10_000 },
      (error, summary) => (error ? reject(error) : resolve(summary)),
    );
  });
}
