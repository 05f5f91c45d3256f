/**
 * Reporting: DSP reports and sponsored ads reports (v3 and the legacy v2), each request, status, download.
 */
import { folder, request, type ExampleResponse, type Json, type RequestSpec } from './types.js';
import { dspReportMetrics } from './dsp-report-metrics.js';
import { exampleIds, ok, plainJson, reportingError } from './examples.js';

const docs = 'https://advertising.amazon.com/API/docs/en-us/guides/reporting/v3/get-started';

const reportId = exampleIds.reportId;

/** The columns of the Sponsored Products campaigns report that "Create report" asks for. */
const v3Columns = ['date', 'campaignName', 'campaignId', 'campaignStatus', 'impressions', 'clicks', 'cost', 'purchases7d', 'sales7d'];

/** A reporting v3 report as the API shows it in one state; `state` sets the fields of a finished report. */
function v3Report(status: string, state: { [key: string]: Json } = {}): { [key: string]: Json } {
  return {
    reportId,
    name: 'Sponsored Products campaigns 2026-04-01 to 2026-04-07',
    status,
    startDate: '2026-04-01',
    endDate: '2026-04-07',
    configuration: {
      adProduct: 'SPONSORED_PRODUCTS',
      groupBy: ['campaign'],
      columns: v3Columns,
      reportTypeId: 'spCampaigns',
      timeUnit: 'DAILY',
      format: 'GZIP_JSON',
      filters: null,
    },
    createdAt: '2026-04-08T09:00:00.000Z',
    updatedAt: '2026-04-08T09:00:00.000Z',
    generatedAt: null,
    url: null,
    urlExpiresAt: null,
    fileSize: null,
    failureReason: null,
    ...state,
  };
}

/** A status answer of reporting v3, in its own response media type. */
const v3Status = (name: string, body: Json): ExampleResponse => ok(name, 200, body, { contentType: 'getAsyncReportResponse' });

/** A legacy version 2 report in one state, as the request and status calls answer. */
function v2Report(status: string, statusDetails: string, more: { [key: string]: Json } = {}): { [key: string]: Json } {
  return { reportId, recordType: 'campaigns', status, statusDetails, ...more };
}

const v2Docs = 'https://advertising.amazon.com/API/docs/en-us/guides/reporting/v2/sponsored-ads-reports';

/**
 * A legacy v2 report request: POST one record type (`:recordType`, campaigns in the example) for yesterday,
 * whose date the pre-request script computes into {{v2_report_date}}; the 202 answer's reportId is stored for
 * "Report status".
 */
function v2ReportRequest(own: { name: string; url: `{{api_url}}/v2/${'hsa' | 'sd'}/:recordType/report`; example: Json; description: string; accepted: 200 | 202 }): RequestSpec {
  return request({
    name: own.name,
    method: 'POST',
    url: own.url,
    headers: 'profile',
    contentType: 'json',
    pathVariables: { recordType: 'campaigns' },
    body: { mode: 'raw', example: own.example },
    description: own.description,
    docs: v2Docs,
    scripts: {
      prerequest: [{ name: 'relative-date', params: { variable: 'v2_report_date', days: -1, compact: true } }],
      test: [{ name: 'store-ids', params: { variable: 'reportId', from: 'reportId' } }],
    },
    examples: [ok(`${own.accepted === 202 ? '202 Accepted' : '200 OK'}: report requested`, own.accepted, v2Report('IN_PROGRESS', 'Report is being generated.'), plainJson)],
  });
}

/** An Amazon DSP report in one state, as the request and status calls answer. */
function dspReport(status: string, statusDetails: string, more: { [key: string]: Json } = {}): { [key: string]: Json } {
  return { reportId, format: 'JSON', status, statusDetails, ...more };
}

/** A pre-signed download URL on another host, as finished reports name it (made up). */
const downloadUrl = `https://offline-report-storage-us-east-1-prod.s3.amazonaws.com/${reportId}.json.gz?X-Amz-Expires=3600&X-Amz-Signature=EXAMPLE`;

export const reporting = folder('Reporting', { description: 'https://advertising.amazon.com/API/docs/en-us/guides/reporting/v3/get-started', docs }, [
  folder('DSP report', 'Amazon DSP reports for the advertiser account in {{dspAccountId}} (set it in your environment first).', [
    request({
      name: 'Request DSP report',
      method: 'POST',
      url: '{{api_url}}/accounts/{{dspAccountId}}/dsp/reports',
      headers: 'account',
      accept: 'dspCreateReports',
      contentType: 'dspCreateReports',
      body: {
        mode: 'raw',
        example: {
          startDate: '{{dsp_report_start_date}}',
          endDate: '{{dsp_report_end_date}}',
          type: 'CAMPAIGN',
          dimensions: ['ORDER', 'LINE_ITEM', 'CREATIVE'],
          metrics: dspReportMetrics,
        },
      },
      description:
        'Asks for an Amazon DSP campaign report over a date range (the last 7 full days, computed before sending), with the dimensions and metrics in the body. The work runs asynchronously: poll the status request until it is done, then fetch the file. Uses {{dspAccountId}} (set in the environment or stored by an earlier request). Stores {{reportId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
      docs: 'https://advertising.amazon.com/API/docs/en-us/dsp-reports-beta-3p/#/Reports',
      scripts: {
        prerequest: [
          {
            name: 'relative-date',
            params: {
              dates: [
                { variable: 'dsp_report_start_date', days: -7 },
                { variable: 'dsp_report_end_date', days: -1 },
              ],
            },
          },
        ],
        test: [{ name: 'store-ids', params: { variable: 'reportId', from: 'reportId' } }],
      },
      examples: [ok('202 Accepted: report requested', 202, dspReport('IN_PROGRESS', 'The report is being generated.'))],
    }),
    request({
      name: 'DSP report status',
      method: 'GET',
      url: '{{api_url}}/accounts/{{dspAccountId}}/dsp/reports/:reportId',
      headers: 'account',
      accept: 'dspGetReports',
      contentType: 'json',
      pathVariables: { reportId: '{{reportId}}' },
      description:
        'Tells whether the DSP report in {{reportId}} is ready and, once it is, where to download it. Uses {{dspAccountId}} (set in the environment or stored by an earlier request).',
      docs: 'https://advertising.amazon.com/API/docs/en-us/dsp-reports-beta-3p/#/Reports',
      examples: [
        ok('200 OK: still in progress', 200, dspReport('IN_PROGRESS', 'The report is being generated.')),
        ok('200 OK: ready to download', 200, dspReport('SUCCESS', 'The report is ready.', { location: downloadUrl, expiration: '2026-04-08T10:10:00Z' })),
        ok('200 OK: failed', 200, dspReport('FAILURE', 'The report could not be generated; request it again.')),
      ],
    }),
  ]),
  folder(
    'Sponsored ads V3',
    [
      'Version 3 reporting for sponsored ads, runnable as a flow: run the folder (Collection Runner or Newman) after',
      '**Accounts / Profiles** and it asks for a Sponsored Products campaigns report, polls its status until it is',
      'COMPLETED and stores the download URL in `report_url`.',
      '',
      '- Dates: `report_start_date` / `report_end_date` (YYYY-MM-DD); empty means the last 7 full days (UTC).',
      '- Polling: waits `report_poll_seconds` (default 5), doubling up to 60 s, at most `report_timeout_seconds`',
      '  (default 1800) in all; then fails with `report_timeout`. A FAILED report fails with `report_failed`.',
      '- A 425 answer (the same report was asked for already) reuses the existing report.',
      '- `report_url` is pre-signed for another host: download it without any Amazon header. The file is',
      '  gzipped JSON, one object per row.',
    ].join('\n'),
    [
      request({
        name: 'Create report',
        method: 'POST',
        url: '{{api_url}}/reporting/reports',
        headers: 'profile',
        contentType: 'asyncReportRequest',
        body: {
          mode: 'raw',
          example: {
            name: 'Sponsored Products campaigns {{report_start_date}} to {{report_end_date}}',
            startDate: '{{report_start_date}}',
            endDate: '{{report_end_date}}',
            configuration: {
              adProduct: 'SPONSORED_PRODUCTS',
              groupBy: ['campaign'],
              columns: [
                'date',
                'campaignName',
                'campaignId',
                'campaignStatus',
                'impressions',
                'clicks',
                'cost',
                'purchases7d',
                'sales7d',
              ],
              reportTypeId: 'spCampaigns',
              timeUnit: 'DAILY',
              format: 'GZIP_JSON',
            },
          },
        },
        description:
          'Asks for a Sponsored Products campaigns report (spCampaigns, one row per campaign and day) over {{report_start_date}} to {{report_end_date}}; empty dates mean the last 7 full days, computed before sending. The report is built asynchronously: "Report status" polls it. Stores {{reportId}}; a 425 answer (the same report is already being built) reuses that report\'s id.',
        docs,
        scripts: { prerequest: ['report-range'], test: ['report-created'] },
        examples: [
          ok('200 OK: report requested', 200, v3Report('PENDING'), { contentType: 'createAsyncReportResponse' }),
          reportingError('425 Too Early: the same report was requested already', 425, `The Request is a duplicate of : ${reportId}`),
        ],
      }),
      request({
        name: 'Report status',
        method: 'GET',
        url: '{{api_url}}/reporting/reports/:reportId',
        headers: 'profile',
        contentType: 'asyncReportRequest',
        pathVariables: { reportId: '{{reportId}}' },
        description:
          'Reads the state of the report in {{reportId}}. In a collection run it polls (waiting {{report_poll_seconds}}, doubling up to 60 s, within {{report_timeout_seconds}}) until the report is COMPLETED, then stores its pre-signed download URL in {{report_url}}; a FAILED report fails with its reason.',
        docs,
        scripts: { test: ['report-status'] },
        examples: [
          v3Status('200 OK: pending', v3Report('PENDING')),
          v3Status('200 OK: processing', v3Report('PROCESSING')),
          v3Status(
            '200 OK: completed, with the download URL',
            v3Report('COMPLETED', {
              generatedAt: '2026-04-08T09:02:00.000Z',
              url: downloadUrl,
              urlExpiresAt: '2026-04-08T10:02:00.000Z',
              fileSize: 1536,
            }),
          ),
          v3Status('200 OK: failed, with the reason', v3Report('FAILED', { generatedAt: '2026-04-08T09:02:00.000Z', failureReason: 'Report generation failed: an internal error occurred; request the report again.' })),
        ],
      }),
    ],
  ),
  folder('Sponsored ads V2', 'Legacy version 2 reports for Sponsored Brands and Sponsored Display. Use version 3 for Sponsored Products.', [
    v2ReportRequest({
      name: 'Request SB report',
      url: '{{api_url}}/v2/hsa/:recordType/report',
      accepted: 200,
      example: {
        reportDate: '{{v2_report_date}}',
        metrics: 'impressions,clicks,cost,attributedSales14d,attributedConversions14d',
      },
      description:
        'Asks for a legacy version 2 Sponsored Brands report of one record type (the `:recordType` path variable) for one day (yesterday, computed before sending). The work runs asynchronously: poll the status request until it is done, then fetch the file. Stores {{reportId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
    }),
    v2ReportRequest({
      name: 'Request SD report',
      url: '{{api_url}}/v2/sd/:recordType/report',
      accepted: 202,
      example: {
        reportDate: '{{v2_report_date}}',
        metrics: 'impressions,clicks,cost,attributedDetailPageView14d',
        tactic: 'T00030',
      },
      description:
        'Asks for a legacy version 2 Sponsored Display report of one record type for one day (yesterday, computed before sending) and one tactic. The work runs asynchronously: poll the status request until it is done, then fetch the file. Stores {{reportId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
    }),
    request({
      name: 'Report status',
      method: 'GET',
      url: '{{api_url}}/v2/reports/:reportId',
      headers: 'profile',
      contentType: 'json',
      pathVariables: { reportId: '{{reportId}}' },
      description:
        'Reads the state of the version 2 report in {{reportId}}.',
      docs: v2Docs,
      examples: [
        ok('200 OK: still in progress', 200, v2Report('IN_PROGRESS', 'Report is being generated.'), plainJson),
        ok(
          '200 OK: ready to download',
          200,
          v2Report('SUCCESS', 'Report has been successfully generated.', { location: `https://advertising-api.amazon.com/v2/reports/${reportId}/download`, fileSize: 1024 }),
          plainJson,
        ),
      ],
    }),
    request({
      name: 'Download report',
      method: 'GET',
      url: '{{api_url}}/v2/reports/:reportId/download',
      headers: 'profile',
      contentType: 'json',
      pathVariables: { reportId: '{{reportId}}' },
      description:
        'Fetches the finished version 2 report in {{reportId}}; the API redirects to the gzipped file.',
      docs: v2Docs,
      examples: [ok('307 Temporary Redirect: to the gzipped file', 307, undefined, { headers: [{ key: 'Location', value: downloadUrl }] })],
    }),
  ]),
]);
