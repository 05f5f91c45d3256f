/**
 * Sponsored TV > AdGroup.
 */
import { folder } from '../types.js';
import { resourceRequests } from '../resource-requests.js';
import { stAdGroup, stAnswers } from './examples.js';
import { preferExtendedData } from '../headers.js';

const answers = stAnswers({ noun: 'ad group', entityKey: 'adGroups', itemKey: 'adGroup', idKey: 'adGroupId' }, stAdGroup);

const docs = 'https://advertising.amazon.com/API/docs/en-us/guides/sponsored-tv/overview';
const stAdGroups = resourceRequests({ url: '{{api_url}}/st/adGroups', contentType: 'json', docs });

export const adGroup = folder('AdGroup', { description: 'Sponsored TV ad groups.', docs }, [
  stAdGroups.create({
    name: 'Create AdGroup',
    example: {
      adGroups: [
        {
          campaignId: '{{campaignId}}',
          name: 'Example adgroup',
          state: 'ENABLED',
          defaultBid: { bid: 25 },
        },
      ],
    },
    description:
      'Creates ad groups in the Sponsored TV campaign in {{campaignId}}. Several items can go in one call; the answer reports success or an error per item, by index. Uses {{campaignId}} (set in the environment or stored by an earlier request).',
    examples: answers.created,
  }),
  stAdGroups.list({
    name: 'List AdGroup',
    extraHeaders: [preferExtendedData],
    example: { adGroupIdFilter: { include: ['{{adGroupId}}'] } },
    description:
      'Lists Sponsored TV ad groups by id filter, with extended fields. Filters go in the body; a `nextToken` in the answer means more pages follow. Uses {{adGroupId}} (set in the environment or stored by an earlier request).',
    examples: answers.listed,
  }),
  stAdGroups.update({
    name: 'Update AdGroup',
    example: {
      adGroups: [
        { adGroupId: '{{adGroupId}}', state: 'PAUSED' },
      ],
    },
    description:
      'Changes the state or bid of Sponsored TV ad groups by id. Only the fields sent change; each item names the entity by id. Uses {{adGroupId}} (set in the environment or stored by an earlier request).',
    examples: answers.updated,
  }),
  stAdGroups.delete({
    name: 'Delete AdGroup',
    example: { adGroupIdFilter: { include: ['{{adGroupId}}'] } },
    description:
      'Archives the Sponsored TV ad groups whose ids are in the filter. Deleting archives the entities named in the id filter; this cannot be undone. Uses {{adGroupId}} (set in the environment or stored by an earlier request).',
    examples: answers.deleted,
  }),
]);
