/**
 * "Sponsored TV": one module per subfolder, in the official order.
 */
import { folder } from '../types.js';
import { campaign } from './campaign.js';
import { adGroup } from './ad-group.js';
import { ad } from './ad.js';
import { creatives } from './creatives.js';

export const sponsoredTv = folder(
  'Sponsored TV',
  [
    'Sponsored TV places video ads on streaming TV. Campaigns, ad groups, ads and creatives follow the',
    'same create / list / update / delete pattern as Sponsored Products version 3.',
    '',
    '[Sponsored TV documentation](https://advertising.amazon.com/API/docs/en-us/guides/sponsored-tv/overview)',
  ].join('\n'),
  [campaign, adGroup, ad, creatives],
);
