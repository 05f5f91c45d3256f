/**
 * Saved example responses of the Reporting folder: every request has sound examples (test/support's
 * checks), and the reporting v3 ones show what the emulator answers: the same fields of a report, the
 * same response media types, the 425 duplicate in the same {code, detail} shape naming the report id.
 */
import { describe, expect, it } from 'vitest';
import { exampleIds } from '../../src/catalog/examples.js';
import { mediaTypes } from '../../src/catalog/media-types.js';
import { reporting } from '../../src/catalog/reporting.js';
import type { ExampleResponse, FolderSpec, RequestSpec } from '../../src/catalog/types.js';
import { exampleProblems, requestsIn } from '../support/example-checks.js';
import { emulator, get, post, spSetup } from '../emulator/helpers.js';

function requestAt(...path: string[]): RequestSpec {
  let items: Array<RequestSpec | FolderSpec> = reporting.items;
  for (const [index, name] of path.entries()) {
    const found = items.find((item) => item.name === name && (index === path.length - 1 ? item.kind === 'request' : item.kind === 'folder'));
    if (!found) throw new Error(`no ${path.slice(0, index + 1).join(' / ')} in Reporting`);
    if (found.kind === 'request') return found;
    items = found.items;
  }
  throw new Error(`${path.join(' / ')} is a folder`);
}

const bodyOf = (example: ExampleResponse) => example.body as Record<string, unknown>;

describe('Reporting: saved examples', () => {
  it.each(requestsIn(reporting).map((r) => [r.place, r.spec] as const))('%s', (_place, spec) => {
    expect(exampleProblems(spec)).toEqual([]);
  });
});

describe('Reporting / Sponsored ads V3: the examples show what the emulator answers', () => {
  const create = requestAt('Sponsored ads V3', 'Create report');
  const status = requestAt('Sponsored ads V3', 'Report status');
  const { example: sent } = create.body as unknown as { example: { configuration: Record<string, unknown> } };

  async function emulatorAnswers() {
    const e = await emulator({ reportDelay: 1 });
    const { headers } = await spSetup(e);
    const reportHeaders = { ...headers, 'Content-Type': mediaTypes.asyncReportRequest, Accept: '*/*' };
    const day = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
    const body = { name: 'test', startDate: day(7), endDate: day(1), configuration: sent.configuration };
    const created = await post(e, '/reporting/reports', reportHeaders, body);
    const duplicate = await post(e, '/reporting/reports', reportHeaders, body);
    const polled = await get(e, `/reporting/reports/${created.json.reportId}`, reportHeaders);
    return { created, duplicate, polled };
  }

  it('Create report: a 200 PENDING report with the same fields and media type, and a 425 duplicate naming the report id', async () => {
    const { created, duplicate } = await emulatorAnswers();
    const answer = create.examples!.find((e) => e.status === 200)!;
    expect(bodyOf(answer)).toMatchObject({ reportId: exampleIds.reportId, status: 'PENDING', url: null });
    expect(Object.keys(bodyOf(answer)).sort()).toEqual(Object.keys(created.json).sort());
    expect(Object.keys(bodyOf(answer).configuration as object).sort()).toEqual(Object.keys(created.json.configuration).sort());
    expect(mediaTypes[answer.contentType!]).toBe(created.headers.get('content-type')?.split(';')[0]);

    const again = create.examples!.find((e) => e.status === 425)!;
    expect(duplicate.status).toBe(425);
    expect(Object.keys(bodyOf(again)).sort()).toEqual(Object.keys(duplicate.json).sort());
    expect(bodyOf(again)).toEqual({ code: '425', detail: `The Request is a duplicate of : ${exampleIds.reportId}` });
    expect(duplicate.json.detail).toBe(`The Request is a duplicate of : ${created.json.reportId}`);
  });

  it('Report status: PENDING, PROCESSING, COMPLETED (url, fileSize, urlExpiresAt) and FAILED (failureReason), each with the fields of the emulator', async () => {
    const { polled } = await emulatorAnswers();
    const byStatus = new Map(status.examples!.map((e) => [bodyOf(e).status, e]));
    expect([...byStatus.keys()].sort()).toEqual(['COMPLETED', 'FAILED', 'PENDING', 'PROCESSING']);
    for (const example of byStatus.values()) {
      expect(Object.keys(bodyOf(example)).sort()).toEqual(Object.keys(polled.json).sort());
      expect(mediaTypes[example.contentType!]).toBe(polled.headers.get('content-type')?.split(';')[0]);
    }
    const completed = bodyOf(byStatus.get('COMPLETED')!);
    expect(completed.url).toMatch(/^https:\/\//);
    expect(completed.fileSize).toBeGreaterThan(0);
    expect(Date.parse(completed.urlExpiresAt as string)).toBeGreaterThan(Date.parse(completed.generatedAt as string));
    expect(bodyOf(byStatus.get('FAILED')!)).toMatchObject({ url: null, failureReason: expect.stringMatching(/failed/) });
    for (const state of ['PENDING', 'PROCESSING']) expect(bodyOf(byStatus.get(state)!)).toMatchObject({ url: null, failureReason: null });
  });
});

describe('Reporting / Sponsored ads V2 and DSP report: the states a caller polls through', () => {
  it('v2 requests answer IN_PROGRESS with the report id; status shows SUCCESS with a location; download redirects', () => {
    for (const name of ['Request SB report', 'Request SD report']) {
      const [answer] = requestAt('Sponsored ads V2', name).examples!;
      expect(bodyOf(answer)).toMatchObject({ reportId: exampleIds.reportId, status: 'IN_PROGRESS' });
    }
    const states = requestAt('Sponsored ads V2', 'Report status').examples!.map((e) => bodyOf(e).status);
    expect(states).toEqual(['IN_PROGRESS', 'SUCCESS']);
    const [download] = requestAt('Sponsored ads V2', 'Download report').examples!;
    expect(download.status).toBe(307);
    expect(download.headers?.find((h) => h.key === 'Location')?.value).toMatch(/^https:\/\//);
  });

  it('DSP answers in its own media types: IN_PROGRESS, then SUCCESS with a location or FAILURE', () => {
    const requested = requestAt('DSP report', 'Request DSP report');
    const polled = requestAt('DSP report', 'DSP report status');
    expect(requested.accept).toBe('dspCreateReports');
    expect(polled.accept).toBe('dspGetReports');
    expect(bodyOf(requested.examples![0])).toMatchObject({ reportId: exampleIds.reportId, status: 'IN_PROGRESS' });
    expect(polled.examples!.map((e) => bodyOf(e).status)).toEqual(['IN_PROGRESS', 'SUCCESS', 'FAILURE']);
    expect(bodyOf(polled.examples![1]).location).toMatch(/^https:\/\//);
  });
});
