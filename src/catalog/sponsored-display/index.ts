/**
 * "Sponsored Display": one module per subfolder, in the official order.
 */
import { folder } from '../types.js';
import { campaigns } from './campaigns.js';
import { adGroups } from './ad-groups.js';
import { productAds } from './product-ads.js';
import { targeting } from './targeting.js';
import { creatives } from './creatives.js';
import { locations } from './locations.js';

export const sponsoredDisplay = folder(
  'Sponsored Display',
  [
    'Sponsored Display reaches shoppers on and off Amazon by product, category or audience. These calls',
    'take and return plain JSON arrays (one object per entity) and page with startIndex / count.',
    '',
    '[Sponsored Display reference](https://advertising.amazon.com/API/docs/en-us/sponsored-display/3-0/openapi)',
  ].join('\n'),
  [campaigns, adGroups, productAds, targeting, creatives, locations],
);
