/**
 * Sponsored Brands > Ad groups (v4).
 */
import { folder, request } from '../types.js';
import { ok, multiStatusWithEntities, plainJson } from '../examples.js';
import { sbAdGroup } from './examples.js';
import { sbDocs as docs, sbResourceRequests } from './sb-resource.js';

/** GET /sb/adGroups and the version 4 list answer the same page shape. */
const adGroupsPage = ok('200 OK: one ad group', 200, { adGroups: [sbAdGroup()], totalResults: 1 });

const sbV4AdGroups = sbResourceRequests('v4/adGroups', 'sbAdGroup');
const sbBetaAdGroups = sbResourceRequests('beta/adGroups', 'sbAdGroup');

export const adGroups = folder('Ad groups', { description: 'Version 4 Sponsored Brands ad groups.', docs }, [
  sbV4AdGroups.create({
    name: 'Create ad groups',
    example: {
      adGroups: [
        { campaignId: '{{campaignId}}', name: 'Example ad group', state: 'ENABLED' },
      ],
    },
    description: 'Creates ad groups in the Sponsored Brands campaign in {{campaignId}}.',
    scripts: { test: [{ name: 'store-ids', params: { variable: 'adGroupId', from: 'adGroups.success[0].adGroupId' } }] },
    examples: [multiStatusWithEntities('207 Multi-Status: one ad group created', 'adGroups', 'adGroup', 'adGroupId', [sbAdGroup()])],
  }),
  sbV4AdGroups.list({
    name: 'List ad groups',
    example: {
      includeExtendedDataFields: true,
      campaignIdFilter: { include: [] },
      stateFilter: { include: ['ENABLED'] },
      maxResults: 10,
      adGroupIdFilter: { include: [] },
      nameFilter: { queryTermMatchType: 'EXACT_MATCH', include: [] },
    },
    description: 'Lists version 4 ad groups, filtered by campaign, ad group, state or name.',
    scripts: { test: [{ name: 'store-ids', params: { variable: 'adGroupId', from: 'adGroups[0].adGroupId' } }] },
    examples: [adGroupsPage],
  }),
  request({
    name: 'List ad groups Copy',
    method: 'GET',
    url: '{{api_url}}/sb/adGroups',
    headers: 'profile',
    description:
      'Lists Sponsored Brands ad groups with a plain GET (no filters in a body). Stores {{adGroupId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
    docs,
    scripts: { test: [{ name: 'store-ids', params: { variable: 'adGroupId', from: 'adGroups[0].adGroupId' } }] },
    examples: [{ ...adGroupsPage, ...plainJson }],
  }),
  sbBetaAdGroups.update({
    name: 'Update ad groups',
    example: {
      adGroups: [
        { adGroupId: '{{adGroupId}}', state: 'ENABLED' },
      ],
    },
    description: 'Changes the name or state of ad groups by id.',
    examples: [multiStatusWithEntities('207 Multi-Status: ad group enabled', 'adGroups', 'adGroup', 'adGroupId', [sbAdGroup()])],
  }),
  sbBetaAdGroups.delete({
    name: 'Delete ad groups',
    example: { adGroupIdFilter: { include: ['{{adGroupId}}'] } },
    description: 'Archives the ad groups whose ids are in the filter.',
    examples: [multiStatusWithEntities('207 Multi-Status: ad group archived', 'adGroups', 'adGroup', 'adGroupId', [sbAdGroup({ state: 'ARCHIVED' })])],
  }),
]);
