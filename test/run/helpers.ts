/**
 * Shared by the runner's end-to-end tests: an emulator per test, the run pointed at it through the
 * URL overrides (as a user with AMAZON_ADS_API_URL / AMAZON_ADS_TOKEN_URL would), output collected.
 */
import { cleanEnv } from '../support/spawn-cli.js';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator, demoCredentials, type Emulator, type EmulatorOptions } from '../../src/emulator/index.js';
import { resolveRunOptions, type RunFlags } from '../../src/config/run-settings.js';
import { runCollection, type RunIO, type RunOutcome } from '../../src/run/run-collection.js';
import type { Credentials } from '../../src/config/credentials.js';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface RunAgainst {
  emulator: Emulator;
  outcome: RunOutcome;
  stdout: string;
}

export const demo: Credentials = {
  client_id: demoCredentials.client_id,
  client_secret: demoCredentials.client_secret,
  refresh_token: demoCredentials.refresh_token,
};

/** Starts an emulator, runs the collection against it in-process, stops the emulator. */
export async function runAgainstEmulator(
  emulatorOptions: EmulatorOptions,
  flags: RunFlags = {},
  io: Omit<RunIO, 'stdout'> = {},
): Promise<RunAgainst> {
  const emulator = await startEmulator(emulatorOptions);
  let stdout = '';
  try {
    const options = emulatorRunOptions(emulator, emulatorOptions.region, flags);
    const outcome = await runCollection(options, {
      credentials: demo,
      environmentValues: { retry_after_cap_seconds: '0' },
      ...io,
      stdout: (text) => void (stdout += text),
    });
    return { emulator, outcome, stdout };
  } finally {
    await emulator.stop();
  }
}

/** The `key  value` lines of the printed summary. */
export function summaryLines(summaryText: string): Record<string, string> {
  const lines: Record<string, string> = {};
  for (const line of summaryText.split('\n').slice(1)) {
    const match = /^ {2}(\S+)\s{2,}(.*)$/.exec(line);
    if (match && !(match[1] in lines)) lines[match[1]] = match[2];
  }
  return lines;
}

/** The profiles an emulator of `region` lists (asked like any client would, of a throwaway emulator). */
export async function profilesOf(region: EmulatorOptions['region']): Promise<Array<{ profileId: number; countryCode: string }>> {
  const emulator = await startEmulator({ region });
  try {
    const token = (await (
      await fetch(`${emulator.url}/auth/o2/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'refresh_token', ...demo }),
      })
    ).json()) as { access_token: string };
    const response = await fetch(`${emulator.url}/v2/profiles`, {
      headers: { Authorization: `Bearer ${token.access_token}`, 'Amazon-Advertising-API-ClientId': demo.client_id },
    });
    return (await response.json()) as Array<{ profileId: number; countryCode: string }>;
  } finally {
    await emulator.stop();
  }
}

/** What a terminal shows for `raw`: \r goes back to the line start, later characters overwrite earlier ones. */
export function screenOf(raw: string): string[] {
  const lines: string[][] = [[]];
  let column = 0;
  for (const char of raw) {
    if (char === '\n') {
      lines.push([]);
      column = 0;
    } else if (char === '\r') column = 0;
    else lines[lines.length - 1][column++] = char;
  }
  return lines.map((line) => line.join('').trimEnd());
}

/**
 * The options of a run pointed at `emulator` (or a proxy in front of one: anything with a url) through the
 * URL overrides, for tests that call runCollection with their own output.
 */
export function emulatorRunOptions(emulator: Pick<Emulator, 'url'>, region: EmulatorOptions['region'], flags: RunFlags = {}) {
  return resolveRunOptions({
    region,
    apiUrl: emulator.url,
    tokenUrl: `${emulator.url}/auth/o2/token`,
    authGrantUrl: `${emulator.url}/ap/oa`,
    collection: path.join(projectRoot, 'collections/amazon-ads-api.postman_collection.json'),
    environmentDir: path.join(projectRoot, 'environments'),
    ...flags,
  });
}

/** A clean environment (test/support/spawn-cli.ts) pointing a spawned run at `emulator` with the demo credentials. */
export function emulatorEnv(emulator: Pick<Emulator, 'url'>): NodeJS.ProcessEnv {
  return cleanEnv({
    AMAZON_ADS_API_URL: emulator.url,
    AMAZON_ADS_TOKEN_URL: `${emulator.url}/auth/o2/token`,
    AMAZON_ADS_CLIENT_ID: demo.client_id,
    AMAZON_ADS_CLIENT_SECRET: demo.client_secret,
    AMAZON_ADS_REFRESH_TOKEN: demo.refresh_token,
  });
}
