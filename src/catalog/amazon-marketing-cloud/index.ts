/**
 * "Amazon Marketing Cloud": one module per subfolder, in the official order.
 */
import { folder } from '../types.js';
import { administration } from './administration.js';
import { amcReporting } from './reporting.js';
import { audiences } from './audiences.js';

export const amazonMarketingCloud = folder(
  'Amazon Marketing Cloud',
  [
    'Amazon Marketing Cloud (AMC) is a clean room: you query pseudonymous ad events with SQL and get only',
    'aggregated results back, or turn a query into an audience for Amazon DSP. Start with "List all AMC',
    'accounts" (stores {{advertiser_id}} and {{marketplace_id}}), then pick or create an instance ({{instanceId}}).',
    '',
    '[Amazon Marketing Cloud documentation](https://advertising.amazon.com/API/docs/en-us/guides/amazon-marketing-cloud/admin/1_amc_administration)',
  ].join('\n'),
  [administration, amcReporting, audiences],
);
