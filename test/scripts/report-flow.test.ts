/**
 * The generated collection's report flow alone (Newman as a library, no runner) against the emulator:
 * Profiles -> Reporting / Sponsored ads V3 / Create report -> Report status, polling until COMPLETED
 * (report_url stored), FAILED (report_failed), the deadline (report_timeout), or reusing the report
 * named by a 425 duplicate answer. Also the scripts' date range defaults and checks.
 */
import { splitFailureText } from '../../src/core/causes/failure-text.js';
import { failureOf } from '../../src/core/causes/failure.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import newman, { type NewmanRunSummary } from 'newman';
import type { Emulator, EmulatorOptions } from '../../src/emulator/index.js';
import { emulator, emulatorVariables } from '../emulator/helpers.js';

const collectionFile = new URL('../../collections/amazon-ads-api.postman_collection.json', import.meta.url);
const environmentFile = new URL('../../environments/amazon-ads-api.eu.postman_environment.json', import.meta.url);

interface Item {
  id: string;
  name: string;
  item?: Item[];
}

function findItem(items: Item[], path: string[]): Item {
  const [name, ...rest] = path;
  const found = items.find((item) => item.name === name);
  if (!found) throw new Error(`no item ${name}`);
  return rest.length ? findItem(found.item ?? [], rest) : found;
}

const collection = JSON.parse(readFileSync(collectionFile, 'utf8')) as { item: Item[] };
const flow = [
  findItem(collection.item, ['Accounts', 'Profiles']).id,
  findItem(collection.item, ['Reporting', 'Sponsored ads V3', 'Create report']).id,
  findItem(collection.item, ['Reporting', 'Sponsored ads V3', 'Report status']).id,
];

function day(offsetDays: number): string {
  const today = Date.parse(new Date().toISOString().slice(0, 10) + 'T00:00:00Z');
  return new Date(today + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

interface FlowResult {
  summary: NewmanRunSummary;
  env: Record<string, string>;
  names: string[];
  failures: string[];
  ms: number;
}

async function runFlow(e: Emulator, variables: Record<string, string> = {}): Promise<FlowResult> {
  const environment = JSON.parse(readFileSync(environmentFile, 'utf8')) as { values: Array<{ key: string; value: unknown }> };
  const overrides: Record<string, string> = {
    ...emulatorVariables(e),
    report_poll_seconds: '0',
    ...variables,
  };
  for (const variable of environment.values) if (variable.key in overrides) variable.value = overrides[variable.key];
  const started = Date.now();
  const summary = await new Promise<NewmanRunSummary>((resolve, reject) => {
    newman.run(
      { collection: JSON.parse(readFileSync(collectionFile, 'utf8')), environment, folder: flow, reporters: [], timeoutRequest: 10_000 },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
  const env: Record<string, string> = {};
  for (const variable of (summary.environment as unknown as { values: { all(): Array<{ key: string; value: unknown }> } }).values.all()) {
    env[variable.key] = String(variable.value ?? '');
  }
  return {
    summary,
    env,
    names: summary.run.executions.map((execution) => execution.item.name),
    failures: summary.run.failures.map((failure) => splitFailureText(failure.error.message).text),
    ms: Date.now() - started,
  };
}

async function reportEmulator(options: EmulatorOptions = {}) {
  return emulator({ region: 'eu', ...options });
}

describe('report flow in Newman (generated collection, no runner)', () => {
  it('creates the report for the last 7 full days, polls until COMPLETED and stores report_url', async () => {
    const e = await reportEmulator({ reportDelay: 2 });
    const { env, names, failures } = await runFlow(e);
    expect(failures).toEqual([]);
    // (Newman lists the token refresh's pm.sendRequest as one more execution of the first request, Profiles)
    expect(names.slice(names.indexOf('Create report'))).toEqual(['Create report', 'Report status', 'Report status', 'Report status']);
    expect(env.report_url).toMatch(new RegExp(`^${e.url}/report-files/${env.reportId}\\.json\\.gz\\?`));
    // the computed range is not written back: the defaults stay empty for the next run
    expect(env.report_start_date).toBe('');
    expect(env.report_end_date).toBe('');
    expect(e.stats.routes['POST /reporting/reports']).toBe(1);
    expect(e.stats.routes['GET /reporting/reports/{reportId}']).toBe(3);
    const status = await fetch(`${e.url}/reporting/reports/${env.reportId}`, { headers: await scopedHeaders(e) });
    expect(await status.json()).toMatchObject({ startDate: day(-7), endDate: day(-1), status: 'COMPLETED' });
  });

  it('waits between polls with a doubling timer (report_poll_seconds), not a busy loop', async () => {
    const e = await reportEmulator({ reportDelay: 3 });
    const { failures, names, ms } = await runFlow(e, { report_poll_seconds: '0.1' });
    expect(failures).toEqual([]);
    expect(names.filter((name) => name === 'Report status')).toHaveLength(4);
    expect(ms).toBeGreaterThanOrEqual(100 + 200 + 400);
  });

  it('uses report_start_date / report_end_date when set', async () => {
    const e = await reportEmulator({ reportDelay: 0 });
    const { env, failures } = await runFlow(e, { report_start_date: day(-20), report_end_date: day(-11) });
    expect(failures).toEqual([]);
    const status = await fetch(`${e.url}/reporting/reports/${env.reportId}`, { headers: await scopedHeaders(e) });
    expect(await status.json()).toMatchObject({ startDate: day(-20), endDate: day(-11) });
  });

  it('refuses a date that is not YYYY-MM-DD before sending anything', async () => {
    const e = await reportEmulator();
    const { failures } = await runFlow(e, { report_end_date: '2026-13-01' });
    expect(failures[0]).toMatch(/^report_failed: report_end_date "2026-13-01" is not a date/);
    expect(e.stats.routes['POST /reporting/reports']).toBeUndefined();
  });

  it('fails with report_failed and the reason when the report is FAILED', async () => {
    const e = await reportEmulator({ reportDelay: 1, reportFail: true });
    const { env, failures } = await runFlow(e);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^report_failed: report [0-9a-f-]{36} FAILED: Report generation failed/);
    expect(env.report_url ?? '').toBe('');
  });

  it('never puts a secret into a failure message or an assertion name', async () => {
    const e = await reportEmulator({ reportDelay: 1, reportFail: true });
    const { env, summary } = await runFlow(e);
    const secrets = [e.credentials.client_secret, e.credentials.refresh_token, env.access_token].filter(Boolean);
    expect(secrets).toHaveLength(3);
    const texts = [
      ...summary.run.failures.map((failure) => `${failure.error.name} ${failure.error.message} ${failure.error.test ?? ''}`),
      ...summary.run.executions.flatMap((execution) => (execution.assertions ?? []).map((assertion) => `${assertion.assertion} ${assertion.error?.message ?? ''}`)),
    ].join('\n');
    expect(texts).toMatch(/report_failed/);
    for (const secret of secrets) expect(texts).not.toContain(secret);
  });

  it('fails with report_timeout after report_timeout_seconds, with a bounded number of polls', async () => {
    const e = await reportEmulator({ reportDelay: 1_000_000 });
    const { failures, names, ms } = await runFlow(e, { report_timeout_seconds: '1', report_poll_seconds: '0.2' });
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^report_timeout: report [0-9a-f-]{36} is still PROCESSING after 1 s/);
    const polls = names.filter((name) => name === 'Report status').length;
    expect(polls).toBeGreaterThanOrEqual(3);
    expect(polls).toBeLessThanOrEqual(5); // waits of 0.2, 0.4, then the rest of the second
    expect(ms).toBeGreaterThanOrEqual(1000);
  });

  it('reuses the existing report when Amazon answers 425 (duplicate request)', async () => {
    const e = await reportEmulator({ reportDelay: 1 });
    const first = await runFlow(e);
    expect(first.failures).toEqual([]);
    const second = await runFlow(e);
    expect(second.failures).toEqual([]);
    const create = second.summary.run.executions.find((execution) => execution.item.name === 'Create report')!;
    expect(create.response?.code).toBe(425);
    expect(second.env.reportId).toBe(first.env.reportId);
    expect(second.env.report_url).toMatch(/\/report-files\//);
  });
});

async function scopedHeaders(e: Emulator): Promise<Record<string, string>> {
  const token = await fetch(`${e.url}/auth/o2/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: e.credentials.refresh_token, client_id: e.credentials.client_id, client_secret: e.credentials.client_secret }).toString(),
  });
  const { access_token } = (await token.json()) as { access_token: string };
  const profiles = (await (await fetch(`${e.url}/v2/profiles`, { headers: { 'Amazon-Advertising-API-ClientId': e.credentials.client_id, Authorization: `Bearer ${access_token}` } })).json()) as Array<{ profileId: number }>;
  return { 'Amazon-Advertising-API-ClientId': e.credentials.client_id, Authorization: `Bearer ${access_token}`, 'Amazon-Advertising-API-Scope': String(profiles[0].profileId) };
}
