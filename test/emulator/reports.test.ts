/**
 * Reporting v3 in the emulator: create with Amazon's validation, PENDING -> PROCESSING -> COMPLETED
 * polls, the gzip JSON download on its own route (no Amazon header needed or recorded), and the faults
 * (FAILED, expired URL, 425 duplicate, not gzip, truncated).
 */
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Emulator, EmulatorOptions } from '../../src/emulator/index.js';
import { emulator, get, post, spSetup } from './helpers.js';

const reportType = 'application/vnd.createasyncreportrequest.v3+json';
const columns = ['date', 'campaignName', 'campaignId', 'campaignStatus', 'impressions', 'clicks', 'cost', 'purchases7d', 'sales7d'];

function daysAgo(n: number): string {
  return new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
}

function reportBody(overrides: Record<string, unknown> = {}, configuration: Record<string, unknown> = {}) {
  return {
    name: 'test',
    startDate: daysAgo(7),
    endDate: daysAgo(1),
    configuration: { adProduct: 'SPONSORED_PRODUCTS', groupBy: ['campaign'], columns, reportTypeId: 'spCampaigns', timeUnit: 'DAILY', format: 'GZIP_JSON', ...configuration },
    ...overrides,
  };
}

async function setup(options: EmulatorOptions = {}) {
  const e = await emulator(options);
  const { headers } = await spSetup(e);
  const reportHeaders: Record<string, string> = { ...headers, 'Content-Type': reportType, Accept: '*/*' };
  return { e, headers: reportHeaders };
}

async function pollUntilDone(e: Emulator, headers: Record<string, string>, reportId: string) {
  const seen: string[] = [];
  for (let i = 0; i < 10; i++) {
    const status = await get(e, `/reporting/reports/${reportId}`, headers);
    expect(status.status).toBe(200);
    seen.push(status.json.status);
    if (status.json.status === 'COMPLETED' || status.json.status === 'FAILED') return { seen, last: status.json };
  }
  throw new Error('report never finished');
}

describe('reporting v3 create', () => {
  it('answers a valid spCampaigns request with a PENDING report', async () => {
    const { e, headers } = await setup();
    const created = await post(e, '/reporting/reports', headers, reportBody());
    expect(created.status).toBe(200);
    expect(created.json).toMatchObject({ status: 'PENDING', url: null, startDate: daysAgo(7), endDate: daysAgo(1) });
    expect(created.json.reportId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it.each([
    ['an unknown report type', reportBody({}, { reportTypeId: 'spNope' }), /reportTypeId "spNope" is not supported/],
    ['a column the type does not have', reportBody({}, { columns: ['campaignName', 'orders'] }), /columns include invalid values: \(orders\)/],
    ['date in a SUMMARY report', reportBody({}, { timeUnit: 'SUMMARY' }), /invalid values: \(date\)/],
    ['a range over 31 days', reportBody({ startDate: daysAgo(40) }), /40 days is over the limit of 31 days/],
    ['a start after the end', reportBody({ startDate: daysAgo(1), endDate: daysAgo(3) }), /startDate must be on or before endDate/],
    ['a date that is not a date', reportBody({ endDate: '2026-02-30' }), /endDate must be a date/],
    ['data older than the retention', reportBody({ startDate: daysAgo(120), endDate: daysAgo(100) }), /older than the 95 days/],
    ['another ad product', reportBody({}, { adProduct: 'SPONSORED_BRANDS' }), /adProduct must be SPONSORED_PRODUCTS/],
    ['a format other than GZIP_JSON', reportBody({}, { format: 'CSV' }), /format must be GZIP_JSON/],
  ])('refuses %s with 400 {code, detail}', async (_, body, detail) => {
    const { e, headers } = await setup();
    const answer = await post(e, '/reporting/reports', headers, body);
    expect(answer.status).toBe(400);
    expect(answer.json.code).toBe('400');
    expect(answer.json.detail).toMatch(detail);
  });

  it('accepts every spCampaigns column Amazon documents, a group\'s own columns with that group only', async () => {
    const { e, headers } = await setup();
    const all = [
      ...['campaignName', 'campaignId', 'campaignStatus', 'campaignBudgetAmount', 'campaignBudgetType', 'campaignBudgetCurrencyCode'],
      ...['campaignBiddingStrategy', 'campaignRuleBasedBudgetAmount', 'campaignApplicableBudgetRuleId', 'campaignApplicableBudgetRuleName'],
      ...['impressions', 'clicks', 'cost', 'spend', 'costPerClick', 'clickThroughRate', 'topOfSearchImpressionShare'],
      ...['kindleEditionNormalizedPagesRead14d', 'kindleEditionNormalizedPagesRoyalties14d', 'acosClicks7d', 'acosClicks14d', 'roasClicks7d', 'roasClicks14d'],
      ...['1d', '7d', '14d', '30d'].flatMap((w) => [`purchases${w}`, `purchasesSameSku${w}`, `unitsSoldClicks${w}`, `unitsSoldSameSku${w}`, `sales${w}`, `attributedSalesSameSku${w}`]),
    ];
    expect(all).toHaveLength(47); // + date (DAILY) or startDate and endDate (SUMMARY): 49 for every group
    const daily = await post(e, '/reporting/reports', headers, reportBody({}, { columns: ['date', ...all] }));
    expect([daily.status, daily.json.detail]).toEqual([200, undefined]);
    const summary = await post(e, '/reporting/reports', headers, reportBody({}, { timeUnit: 'SUMMARY', columns: ['startDate', 'endDate', ...all] }));
    expect(summary.status).toBe(200);
    const adGroup = ['adGroupId', 'adGroupName', 'adStatus'];
    const withAdGroup = await post(e, '/reporting/reports', headers, reportBody({}, { groupBy: ['campaign', 'adGroup'], columns: ['date', ...adGroup, ...all] }));
    expect(withAdGroup.status).toBe(200);
    const placement = await post(e, '/reporting/reports', headers, reportBody({}, { groupBy: ['campaign', 'campaignPlacement'], columns: ['date', 'placementClassification'] }));
    expect(placement.status).toBe(200);
    const withoutGroup = await post(e, '/reporting/reports', headers, reportBody({ startDate: daysAgo(5) }, { columns: ['campaignId', 'adGroupId'] }));
    expect([withoutGroup.status, withoutGroup.json.detail]).toEqual([400, expect.stringContaining('invalid values: (adGroupId)')]);
  });

  it('answers the same request again 425 naming the report being built', async () => {
    const { e, headers } = await setup();
    const first = await post(e, '/reporting/reports', headers, reportBody());
    const again = await post(e, '/reporting/reports', headers, reportBody());
    expect(again.status).toBe(425);
    expect(again.json).toEqual({ code: '425', detail: `The Request is a duplicate of : ${first.json.reportId}` });
    const other = await post(e, '/reporting/reports', headers, reportBody({ startDate: daysAgo(6) }));
    expect(other.status).toBe(200);
  });

  it('needs the profile scope and the create media type', async () => {
    const { e, headers } = await setup();
    const { 'Amazon-Advertising-API-Scope': _scope, ...unscoped } = headers;
    expect((await post(e, '/reporting/reports', unscoped, reportBody())).status).toBe(400);
    expect((await post(e, '/reporting/reports', { ...headers, 'Content-Type': 'application/json' }, reportBody())).status).toBe(415);
  });
});

describe('reporting v3 status and download', () => {
  it('moves PENDING -> PROCESSING -> COMPLETED and serves gzip JSON rows of the campaigns, with no Amazon header', async () => {
    const { e, headers } = await setup({ reportDelay: 2 });
    const created = await post(e, '/reporting/reports', headers, reportBody());
    const { seen, last } = await pollUntilDone(e, headers, created.json.reportId);
    expect(seen).toEqual(['PENDING', 'PROCESSING', 'COMPLETED']);
    expect(new URL(last.url).pathname).toBe(`/report-files/${created.json.reportId}.json.gz`);
    expect(Date.parse(last.urlExpiresAt)).toBeGreaterThan(Date.now());

    const file = await fetch(last.url);
    expect(file.status).toBe(200);
    const rows = JSON.parse(gunzipSync(Buffer.from(await file.arrayBuffer())).toString('utf8'));
    expect(rows).toHaveLength(5 * 7); // 5 SP campaigns x 7 days
    expect(Object.keys(rows[0])).toEqual(columns);
    expect(rows[0]).toMatchObject({ date: daysAgo(7), campaignName: expect.stringMatching(/^SP /), campaignStatus: 'ENABLED' });
    expect(new Set(rows.map((r: { date: string }) => r.date)).size).toBe(7);

    expect(e.downloads).toHaveLength(1);
    const sent = Object.keys(e.downloads[0].headers);
    for (const name of ['authorization', 'amazon-advertising-api-clientid', 'amazon-advertising-api-scope']) expect(sent).not.toContain(name);
  });

  it('stays PROCESSING until --report-delay-seconds have passed on the emulator clock', async () => {
    let now = Date.now();
    const { e, headers } = await setup({ reportDelay: 0, reportDelaySeconds: 60, now: () => now });
    const created = await post(e, '/reporting/reports', headers, reportBody());
    const first = await get(e, `/reporting/reports/${created.json.reportId}`, headers);
    const second = await get(e, `/reporting/reports/${created.json.reportId}`, headers);
    expect([first.json.status, second.json.status]).toEqual(['PENDING', 'PROCESSING']);
    now += 60_000;
    expect((await get(e, `/reporting/reports/${created.json.reportId}`, headers)).json.status).toBe('COMPLETED');
  });

  it('records the headers a download carried, so a leak would show', async () => {
    const { e, headers } = await setup({ reportDelay: 0 });
    const created = await post(e, '/reporting/reports', headers, reportBody());
    const { last } = await pollUntilDone(e, headers, created.json.reportId);
    await fetch(last.url, { headers: { Authorization: 'Bearer leaked' } });
    expect(e.downloads[0].headers.authorization).toBe('Bearer leaked');
  });

  it('serves exactly --report-rows rows', async () => {
    const { e, headers } = await setup({ reportDelay: 0, reportRows: 1234 });
    const created = await post(e, '/reporting/reports', headers, reportBody());
    const { last } = await pollUntilDone(e, headers, created.json.reportId);
    const rows = JSON.parse(gunzipSync(Buffer.from(await (await fetch(last.url)).arrayBuffer())).toString('utf8'));
    expect(rows).toHaveLength(1234);
  });

  it('ends FAILED with a failureReason under --report-fail, and a new request is then accepted', async () => {
    const { e, headers } = await setup({ reportDelay: 1, reportFail: true });
    const created = await post(e, '/reporting/reports', headers, reportBody());
    const { seen, last } = await pollUntilDone(e, headers, created.json.reportId);
    expect(seen).toEqual(['PENDING', 'FAILED']);
    expect(last).toMatchObject({ url: null, failureReason: expect.stringMatching(/failed/) });
    expect((await post(e, '/reporting/reports', headers, reportBody())).status).toBe(200);
  });

  it('answers 403 for an expired or altered download URL and 404 for an unknown report', async () => {
    const { e, headers } = await setup({ reportDelay: 0, reportUrlTtlSeconds: 0 });
    const created = await post(e, '/reporting/reports', headers, reportBody());
    const { last } = await pollUntilDone(e, headers, created.json.reportId);
    const expired = await fetch(last.url);
    expect(expired.status).toBe(403);
    expect(await expired.text()).toMatch(/<Message>Request has expired<\/Message>/);
    expect((await fetch(last.url.replace(/Signature=[0-9a-f]/, 'Signature=x'))).status).toBe(403);
    expect((await get(e, '/reporting/reports/nope', headers)).status).toBe(404);
  });

  it.each([
    ['reportNotGzip', (bytes: Buffer) => expect(bytes[0]).toBe(0x5b)], // '['
    ['reportTruncated', (bytes: Buffer) => expect(() => gunzipSync(bytes)).toThrow(/unexpected end of file/)],
  ] as const)('%s fault corrupts the file', async (fault, check) => {
    const { e, headers } = await setup({ reportDelay: 0, [fault]: true });
    const created = await post(e, '/reporting/reports', headers, reportBody());
    const { last } = await pollUntilDone(e, headers, created.json.reportId);
    check(Buffer.from(await (await fetch(last.url)).arrayBuffer()));
  });
});
