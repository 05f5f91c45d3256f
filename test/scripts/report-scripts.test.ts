/**
 * The report flow's scripts one by one in postman-sandbox: report-range (dates), report-created (425
 * reuse), report-status (COMPLETED / FAILED / polling waits / deadline), relative-date, and
 * check-response leaving a status named in handled_statuses alone.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { closeSandbox, runScript, scriptSource } from './sandbox-harness.js';

afterAll(closeSandbox);

const DAY = 86_400_000;
const today = () => Date.parse(new Date().toISOString().slice(0, 10) + 'T00:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const statusRequest = { name: 'Report status', id: 'status-id', url: 'http://127.0.0.1:9/reporting/reports/r-1' };
const createRequest = { name: 'Create report', id: 'create-id', url: 'http://127.0.0.1:9/reporting/reports', method: 'POST' };

describe('report-range (Create report pre-request)', () => {
  test('defaults to the last 7 full days as local variables, and starts a fresh flow', async () => {
    const run = await runScript(scriptSource('report-range'), { target: 'prerequest', environment: { report_url: 'http://old' }, request: createRequest });
    expect(run.locals).toMatchObject({ report_start_date: iso(today() - 7 * DAY), report_end_date: iso(today() - DAY), handled_statuses: '425', report_poll_count: '0' });
    expect(run.environment.report_url).toBeUndefined();
    expect(run.environment.report_start_date).toBeUndefined();
    expect(run.skipped).toBe(false);
  });

  test('keeps the dates the environment gives; a missing start is 6 days before the end', async () => {
    const run = await runScript(scriptSource('report-range'), { target: 'prerequest', environment: { report_end_date: '2026-03-10' }, request: createRequest });
    expect(run.locals).toMatchObject({ report_start_date: '2026-03-04', report_end_date: '2026-03-10' });
  });

  test.each([
    [{ report_start_date: '2026-02-30' }, /^report_failed: report_start_date "2026-02-30" is not a date/],
    [{ report_end_date: '10/03/2026' }, /^report_failed: report_end_date "10\/03\/2026" is not a date/],
    [{ report_start_date: '2026-03-10', report_end_date: '2026-03-01' }, /^report_failed: report_start_date 2026-03-10 is after report_end_date 2026-03-01/],
    // Amazon's 31-day limit, the same rule the runner's --report-* flags apply (src/rules/report-days.ts)
    [{ report_start_date: '2026-01-01', report_end_date: '2026-02-01' }, /^report_failed: the report range 2026-01-01 to 2026-02-01 is 32 days; Amazon allows at most 31 - /],
  ])('refuses %j and skips the request', async (environment, message) => {
    const run = await runScript(scriptSource('report-range'), { target: 'prerequest', environment, request: createRequest });
    expect(run.failures).toEqual([expect.stringMatching(message)]);
    expect(run.failureData).toEqual([{ cause: 'report_failed' }]);
    expect(run.skipped).toBe(true);
  });

  test('takes a range of exactly 31 days', async () => {
    const run = await runScript(scriptSource('report-range'), { target: 'prerequest', environment: { report_start_date: '2026-01-01', report_end_date: '2026-01-31' }, request: createRequest });
    expect(run.failures).toEqual([]);
    expect(run.locals).toMatchObject({ report_start_date: '2026-01-01', report_end_date: '2026-01-31' });
  });
});

describe('report-created (Create report test)', () => {
  const created = (code: number, body: unknown) =>
    runScript(scriptSource('report-created'), { target: 'test', locals: { handled_statuses: '425' }, request: createRequest, response: { code, body } });

  test('stores the reportId of a new report and starts the clock', async () => {
    const run = await created(200, { reportId: 'abc-1', status: 'PENDING' });
    expect(run.environment.reportId).toBe('abc-1');
    expect(Number(run.locals.report_started_at)).toBeGreaterThan(0);
    expect(run.locals.handled_statuses).toBe('');
    expect(run.failures).toEqual([]);
  });

  test.each([
    [{ code: '425', detail: 'The Request is a duplicate of : 6f0a7f5e-1111-2222-3333-444455556666' }],
    [{ code: '425', message: 'duplicate of: 6f0a7f5e-1111-2222-3333-444455556666' }],
    ['Too Early: request 6f0a7f5e-1111-2222-3333-444455556666 exists'],
  ])('reuses the report a 425 answer names (%j)', async (body) => {
    const run = await created(425, body);
    expect(run.environment.reportId).toBe('6f0a7f5e-1111-2222-3333-444455556666');
    expect(run.failures).toEqual([]);
  });

  test('fails with report_failed when the answer names no report', async () => {
    const run = await created(425, { code: '425', detail: 'Too early' });
    expect(run.failures).toEqual([expect.stringMatching(/^report_failed: the create-report answer \(HTTP 425\) names no report id/)]);
  });

  test('leaves other errors to check-response', async () => {
    const run = await created(400, { code: '400', detail: 'bad column' });
    expect(run.failures).toEqual([]);
    expect(run.environment.reportId).toBeUndefined();
  });
});

describe('report-status (Report status test)', () => {
  const status = (body: unknown, locals: Record<string, string> = {}, environment: Record<string, string> = {}) =>
    runScript(scriptSource('report-status'), { target: 'test', environment: { reportId: 'r-1', ...environment }, locals, request: statusRequest, response: { code: 200, body } });

  test('COMPLETED stores report_url and stops polling', async () => {
    const run = await status({ reportId: 'r-1', status: 'COMPLETED', url: 'https://files.example/r-1.json.gz?sig=1' });
    expect(run.environment.report_url).toBe('https://files.example/r-1.json.gz?sig=1');
    expect(run.nextRequest).toBeUndefined();
    expect(run.failures).toEqual([]);
  });

  test('FAILED fails with report_failed and the reason', async () => {
    const run = await status({ reportId: 'r-1', status: 'FAILED', failureReason: 'Internal error' });
    expect(run.failures).toEqual(['report_failed: report r-1 FAILED: Internal error']);
    expect(run.nextRequest).toBeUndefined();
  });

  test('PENDING waits report_poll_seconds x 2^(polls-1) with a timer, then re-sends the same request', async () => {
    const first = await status({ status: 'PENDING' }, { report_started_at: String(Date.now()), report_poll_count: '0' }, { report_poll_seconds: '0.2' });
    expect(first.nextRequest).toBe('status-id');
    expect(first.locals.report_poll_count).toBe('1');
    expect(first.durationMs).toBeGreaterThanOrEqual(190);
    const second = await status({ status: 'PROCESSING' }, { report_started_at: String(Date.now()), report_poll_count: '1' }, { report_poll_seconds: '0.2' });
    expect(second.durationMs).toBeGreaterThanOrEqual(390);
    expect(second.failures).toEqual([]);
  });

  test('never waits past the deadline, and fails with report_timeout once it is reached', async () => {
    const nearlyOver = await status({ status: 'PROCESSING' }, { report_started_at: String(Date.now() - 900), report_poll_count: '9' }, { report_timeout_seconds: '1', report_poll_seconds: '5' });
    expect(nearlyOver.durationMs).toBeLessThan(2000);
    expect(nearlyOver.nextRequest).toBe('status-id');
    const over = await status({ status: 'PROCESSING' }, { report_started_at: String(Date.now() - 5000), report_poll_count: '3' }, { report_timeout_seconds: '2' });
    expect(over.failures).toEqual([expect.stringMatching(/^report_timeout: report r-1 is still PROCESSING after 5 s and 4 polls/)]);
    expect(over.nextRequest).toBeUndefined();
  });

  test('an unknown status or a body that is not JSON fails with malformed_response', async () => {
    expect((await status({ status: 'WEIRD' })).failures).toEqual([expect.stringMatching(/^malformed_response: report r-1 has the unknown status "WEIRD"/)]);
    expect((await status('<html>')).failures).toEqual([expect.stringMatching(/^malformed_response: the report status is not JSON/)]);
  });
});

describe('relative-date', () => {
  test('sets the local variable to today + days (UTC)', async () => {
    const run = await runScript(scriptSource('relative-date', { variable: 'campaign_start_date', days: 1 }), { target: 'prerequest', request: createRequest });
    expect(run.locals.campaign_start_date).toBe(iso(today() + DAY));
    const back = await runScript(scriptSource('relative-date', { variable: 'd', days: -7 }), { target: 'prerequest', request: createRequest });
    expect(back.locals.d).toBe(iso(today() - 7 * DAY));
  });

  test('sets several dates, compact (YYYYMMDD) when asked', async () => {
    const run = await runScript(scriptSource('relative-date', { dates: [{ variable: 'a', days: -7 }, { variable: 'b', days: -1, compact: true }] }), {
      target: 'prerequest',
      request: createRequest,
    });
    expect(run.locals.a).toBe(iso(today() - 7 * DAY));
    expect(run.locals.b).toBe(iso(today() - DAY).replace(/-/g, ''));
  });
});

describe('check-response and handled_statuses', () => {
  test('leaves a status the request handles itself alone, and reports it otherwise', async () => {
    const response = { code: 425, body: { code: '425', detail: 'duplicate' } };
    const handled = await runScript(scriptSource('check-response'), { target: 'test', locals: { handled_statuses: '425' }, request: createRequest, response });
    expect(handled.failures).toEqual([]);
    const other = await runScript(scriptSource('check-response'), { target: 'test', request: createRequest, response });
    expect(other.failures).toEqual([expect.stringMatching(/^unexpected_status: HTTP 425/)]);
  });
});
