/**
 * Reporting: DSP reports and sponsored ads reports (v3 and the legacy v2), each request, status, download.
 */
import { folder, request } from './types.js';
import { dspReportMetrics } from './dsp-report-metrics.js';

const docs = 'https://advertising.amazon.com/API/docs/en-us/guides/reporting/v3/get-started';

export const reporting = folder('Reporting', { description: 'https://advertising.amazon.com/API/docs/en-us/guides/reporting/v3/get-started', docs }, [
  folder('DSP report', 'Amazon DSP reports for the advertiser account in {{dspAccountId}} (set it in your environment first).', [
    request({
      name: 'Request DSP report',
      method: 'POST',
      url: '{{api_url}}/accounts/{{dspAccountId}}/dsp/reports',
      headers: 'account',
      accept: 'dspCreateReports',
      contentType: 'json',
      body: {
        mode: 'raw',
        example: {
          startDate: '2026-02-21',
          endDate: '2026-02-27',
          type: 'CAMPAIGN',
          dimensions: ['ORDER', 'LINE_ITEM', 'CREATIVE'],
          metrics: dspReportMetrics,
        },
      },
      description:
        'Asks for an Amazon DSP campaign report over a date range, with the dimensions and metrics in the body. The work runs asynchronously: poll the status request until it is done, then fetch the file. Uses {{dspAccountId}} (set in the environment or stored by an earlier request). Stores {{reportId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
      docs: 'https://advertising.amazon.com/API/docs/en-us/dsp-reports-beta-3p/#/Reports',
      scripts: { test: [{ name: 'store-ids', params: { variable: 'reportId', from: 'reportId' } }] },
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
    }),
  ]),
  folder('Sponsored ads V3', 'Version 3 reporting for sponsored ads; the create call stores {{reportId}} for the status call.', [
    request({
      name: 'Create report',
      method: 'POST',
      url: '{{api_url}}/reporting/reports',
      headers: 'profile',
      contentType: 'asyncReportRequest',
      body: {
        mode: 'raw',
        example: {
          name: 'Example report',
          startDate: '2026-09-05',
          endDate: '2026-09-10',
          configuration: {
            adProduct: 'SPONSORED_PRODUCTS',
            groupBy: ['campaign', 'adGroup'],
            columns: [
              'adGroupId',
              'campaignId',
              'impressions',
              'clicks',
              'cost',
              'purchases1d',
              'purchases7d',
              'purchases14d',
              'purchases30d',
              'date',
            ],
            reportTypeId: 'spCampaigns',
            timeUnit: 'DAILY',
            format: 'GZIP_JSON',
          },
        },
      },
      description:
        'Asks for a version 3 sponsored ads report: ad product, report type, grouping, columns and date range. The work runs asynchronously: poll the status request until it is done, then fetch the file. Stores {{reportId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
      docs,
      scripts: { test: [{ name: 'store-ids', params: { variable: 'reportId', from: 'reportId' } }] },
    }),
    request({
      name: 'Report status',
      method: 'GET',
      url: '{{api_url}}/reporting/reports/:reportId',
      headers: 'profile',
      contentType: 'asyncReportRequest',
      pathVariables: { reportId: '{{reportId}}' },
      description:
        'Reads the state of the report in {{reportId}}; when it is COMPLETED the answer holds a download URL for the gzipped file.',
      docs,
    }),
  ]),
  folder('Sponsored ads V2', 'Legacy version 2 reports for Sponsored Brands and Sponsored Display. Use version 3 for Sponsored Products.', [
    request({
      name: 'Request SB report',
      method: 'POST',
      url: '{{api_url}}/v2/hsa/:recordType/report',
      headers: 'profile',
      contentType: 'json',
      pathVariables: { recordType: 'campaigns' },
      body: {
        mode: 'raw',
        example: {
          reportDate: '20260115',
          metrics: 'impressions,clicks,cost,attributedSales14d,attributedConversions14d',
        },
      },
      description:
        'Asks for a legacy version 2 Sponsored Brands report of one record type (the `:recordType` path variable) for one day. The work runs asynchronously: poll the status request until it is done, then fetch the file. Stores {{reportId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
      docs: 'https://advertising.amazon.com/API/docs/en-us/guides/reporting/v2/sponsored-ads-reports',
      scripts: { test: [{ name: 'store-ids', params: { variable: 'reportId', from: 'reportId' } }] },
    }),
    request({
      name: 'Request SD report',
      method: 'POST',
      url: '{{api_url}}/v2/sd/:recordType/report',
      headers: 'profile',
      contentType: 'json',
      pathVariables: { recordType: 'campaigns' },
      body: {
        mode: 'raw',
        example: {
          reportDate: '20260115',
          metrics: 'impressions,clicks,cost,attributedDetailPageView14d',
          tactic: 'T00030',
        },
      },
      description:
        'Asks for a legacy version 2 Sponsored Display report of one record type for one day and one tactic. The work runs asynchronously: poll the status request until it is done, then fetch the file. Stores {{reportId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
      docs: 'https://advertising.amazon.com/API/docs/en-us/guides/reporting/v2/sponsored-ads-reports',
      scripts: { test: [{ name: 'store-ids', params: { variable: 'reportId', from: 'reportId' } }] },
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
      docs: 'https://advertising.amazon.com/API/docs/en-us/guides/reporting/v2/sponsored-ads-reports',
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
      docs: 'https://advertising.amazon.com/API/docs/en-us/guides/reporting/v2/sponsored-ads-reports',
    }),
  ]),
]);
