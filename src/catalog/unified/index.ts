/**
 * "Unified API": Amazon's single interface for all ad products under /adsApi/v1. The account
 * request comes first (it sets `accountId`), then the resources, generally available ones (Prod)
 * kept apart from beta ones.
 */
import { folder } from '../types.js';
import { queryAdvertiserAccounts } from './advertiser-accounts.js';
import { unifiedBeta } from './beta.js';
import { unifiedProd } from './prod.js';
import { unifiedDocs } from './docs.js';

export const unifiedApi = folder(
  'Unified API',
  [
    'One interface for every ad product: `POST /adsApi/v1/{create|query|update|delete|retrieve}/<resource>`,',
    'JSON both ways. Calls act for an advertiser account (header Amazon-Ads-AccountId: `{{accountId}}`),',
    'some also for a profile (Amazon-Advertising-API-Scope). Writes answer 207 Multi-Status, reporting',
    'each item of the request by its index; queries page with `maxResults` and `nextToken`.',
    '',
    '1. Send **Query advertiser accounts** to choose `accountId` (and the matching `profileId`).',
    '2. Use the resource folders: **Prod** for generally available resources, **Beta (may change)** for the rest.',
    '',
    `[Amazon Ads API documentation](${unifiedDocs})`,
  ].join('\n'),
  [queryAdvertiserAccounts, unifiedProd, unifiedBeta],
);
