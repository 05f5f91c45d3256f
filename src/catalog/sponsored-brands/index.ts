/**
 * "Sponsored Brands": one module per subfolder in the official order, then the two brand look-ups
 * that sit directly in the folder.
 */
import { folder, request } from '../types.js';
import { campaigns } from './campaigns.js';
import { adGroups } from './ad-groups.js';
import { ads } from './ads.js';
import { targeting } from './targeting.js';
import { adCreatives } from './ad-creatives.js';
import { moreExampleIds, ok, plainJson } from '../examples.js';
import { sbDocs as docs } from './sb-resource.js';

export const sponsoredBrands = folder(
  'Sponsored Brands',
  [
    'Sponsored Brands show a brand logo, a headline and several products, a video or a store spotlight.',
    'Campaigns, ad groups and ads use version 4 (vendor media types); keywords, product targets and themes',
    'use version 3 (plain JSON).',
    '',
    `[Sponsored Brands reference](${docs})`,
  ].join('\n'),
  [
    campaigns,
    adGroups,
    ads,
    targeting,
    adCreatives,
    request({
      name: 'Get brands',
      method: 'GET',
      url: '{{api_url}}/brands',
      headers: 'profile',
      accept: 'brand',
      description:
        'Reads brands (Sponsored Brands). Stores {{brandEntityId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
      docs,
      scripts: { test: [{ name: 'store-ids', params: { variable: 'brandEntityId', from: '[0].brandEntityId' } }] },
      examples: [ok('200 OK: one brand', 200, [{ brandId: moreExampleIds.brandId, brandEntityId: moreExampleIds.brandEntityId, brandRegistryName: 'EXAMPLE BRAND' }])],
    }),
    request({
      name: 'Get landing page ASINS',
      method: 'GET',
      url: '{{api_url}}/pageAsins',
      headers: 'profile',
      query: [
        {
          key: 'pageUrl',
          value: 'https://www.amazon.com/stores/page/EXAMPLE-STORE-PAGE',
        },
      ],
      description:
        'Reads landing page ASINS (Sponsored Brands).',
      docs,
      examples: [ok('200 OK: the products on the store page', 200, { code: 'SUCCESS', asinList: ['B0EXAMPLE4', 'B0EXAMPLE5', 'B0EXAMPLE6'] }, { contentType: 'sbPageAsins' })],
    }),
  ],
);
