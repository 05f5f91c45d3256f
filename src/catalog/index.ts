/**
 * The whole catalog: the top-level folders in the official collection's order, plus what belongs to
 * the collection itself (name, description, the scripts every request runs). Add a folder by writing
 * its module beside this file and listing it in `catalog` at its official position.
 */
import type { FolderSpec, Scripts } from './types.js';
import { auth } from './auth.js';
import { accounts } from './accounts.js';
import { firstCall } from './first-call.js';
import { sponsoredProducts } from './sponsored-products/index.js';
import { reporting } from './reporting.js';
import { snapshots } from './snapshots.js';
import { testAccounts } from './test-accounts.js';
import { marketingStream } from './marketing-stream.js';
import { amazonMarketingCloud } from './amazon-marketing-cloud/index.js';
import { sponsoredBrands } from './sponsored-brands/index.js';
import { sponsoredDisplay } from './sponsored-display/index.js';
import { stores } from './stores.js';
import { productMetadata } from './product-metadata.js';
import { budgetRules } from './budget-rules/index.js';
import { budgetUsage } from './budget-usage.js';
import { creativeAssetLibrary } from './creative-asset-library.js';
import { locations } from './locations.js';
import { exportsFolder } from './exports.js';
import { sponsoredTv } from './sponsored-tv/index.js';
import { amazonDsp } from './amazon-dsp.js';
import { partnerOpportunities } from './partner-opportunities.js';
import { unifiedApi } from './unified/index.js';

export const catalog: FolderSpec[] = [
  auth,
  accounts,
  firstCall,
  reporting,
  snapshots,
  testAccounts,
  marketingStream,
  amazonMarketingCloud,
  sponsoredProducts,
  sponsoredBrands,
  sponsoredDisplay,
  stores,
  productMetadata,
  budgetRules,
  budgetUsage,
  creativeAssetLibrary,
  locations,
  exportsFolder,
  sponsoredTv,
  amazonDsp,
  partnerOpportunities,
  unifiedApi,
];

export interface CollectionInfo {
  name: string;
  description: string;
  /** Collection-level scripts: run before / after every request in the collection. */
  scripts: Scripts;
}

export const collectionInfo: CollectionInfo = {
  name: 'Amazon Ads API',
  description: [
    'Requests for the Amazon Ads API, generated from a typed catalog by amazon-ads-collection.',
    '',
    '## Set up',
    '1. Import this collection and the environment of your region (NA, EU or FE).',
    '2. Fill `client_id` and `client_secret` from your Login with Amazon security profile.',
    '3. Get a refresh token once with the **Auth** folder (or paste one into `refresh_token`).',
    '4. Send **Accounts / Profiles** to choose a profile, then anything else.',
    '',
    '## What the scripts do',
    '- Before every Ads API request the access token is refreshed when it is missing or expires within a minute.',
    '- Throttled calls (429) wait for Retry-After and are sent again; server errors are retried with backoff;',
    '  failures name their cause (invalid_grant, no_profiles, ...).',
    '- Scripts only use the current `pm.*` API and never print tokens or secrets.',
    '',
    '[Amazon Ads API documentation](https://advertising.amazon.com/API/docs/en-us/)',
  ].join('\n'),
  scripts: {
    prerequest: ['refresh-token'],
    test: ['check-response'],
  },
};
