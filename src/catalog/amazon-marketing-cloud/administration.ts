/**
 * Amazon Marketing Cloud > Administration: accounts, instances and linked advertisers.
 */
import { folder, request } from '../types.js';
import { amcRequests } from './amc-requests.js';
import { amcAccountHeaders } from '../headers.js';
import { amcExamples } from './examples.js';

const docs = 'https://advertising.amazon.com/API/docs/en-us/guides/amazon-marketing-cloud/admin/1_amc_administration';
const amcAccountRequest = amcRequests(amcAccountHeaders, docs);

export const administration = folder('Administration', { description: 'Manage AMC accounts, instances and the advertisers linked to them.', docs }, [
  folder('Accounts', 'The AMC accounts your login can use; the list call stores {{advertiser_id}} and {{marketplace_id}}.', [
    request({
      name: 'List all AMC accounts',
      method: 'GET',
      url: '{{api_url}}/amc/accounts',
      headers: 'account',
      description:
        'Lists the AMC accounts your login can manage. Stores {{advertiser_id}} and {{marketplace_id}} from the answer for later requests; an empty answer leaves them unset instead of failing.',
      docs: 'https://advertising.amazon.com/API/docs/en-us/guides/amazon-marketing-cloud/admin/account-management',
      scripts: { test: [{ name: 'store-ids', params: {
        ids: [
          { variable: 'advertiser_id', from: 'amcAccounts[0].accountId' },
          { variable: 'marketplace_id', from: 'amcAccounts[0].marketplaceId' },
        ],
      } }] },
      examples: amcExamples.listAccounts,
    }),
  ]),
  folder('Instances', 'AMC instances (clean rooms) of the account; creating one stores {{instanceId}}.', [
    amcAccountRequest({
      name: 'Create an instance',
      method: 'POST',
      url: '{{api_url}}/amc/instances',
      contentType: 'amcInstances',
      body: { mode: 'raw', example: { instanceName: 'exampleinstance' } },
      description:
        'Creates a new AMC instance (clean room) in the account.',
      storesId: { variable: 'instanceId', from: 'instance.instanceId' },
      examples: amcExamples.createInstance,
    }),
    amcAccountRequest({
      name: 'List all instances',
      method: 'GET',
      url: '{{api_url}}/amc/instances',
      query: [
        { key: 'nextToken', value: '' },
        { key: 'limit', value: '', disabled: true },
      ],
      description:
        'Lists the AMC instances of the account with their status; page with nextToken.',
      examples: amcExamples.listInstances,
    }),
    amcAccountRequest({
      name: 'List information about the requested instance',
      method: 'GET',
      url: '{{api_url}}/amc/instances/{{instanceId}}',
      description:
        'Reads one AMC instance: name, creation status and the entities that can use it.',
      examples: amcExamples.getInstance,
    }),
    amcAccountRequest({
      name: 'Update instance details',
      method: 'PUT',
      url: '{{api_url}}/amc/instances/{{instanceId}}',
      contentType: 'amcInstances',
      body: {
        mode: 'raw',
        example: { instanceName: 'exampleinstance', advertiserName: 'Example advertiser' },
      },
      description:
        'Renames the instance or changes its advertiser name.',
      examples: amcExamples.updateInstance,
    }),
    amcAccountRequest({
      name: 'Update AWS account metadata in the requested instance',
      method: 'POST',
      url: '{{api_url}}/amc/instances/{{instanceId}}/updateCustomerAwsAccount',
      contentType: 'amcInstances',
      body: { mode: 'raw', example: { awsAccountId: '123456789012', bucketName: 'example-amc-results' } },
      description:
        'Links your AWS account and S3 bucket to the instance so results can be delivered there (needs administrator rights).',
      examples: amcExamples.updateAwsAccount,
    }),
    amcAccountRequest({
      name: 'List advertisers in instance',
      method: 'GET',
      url: '{{api_url}}/amc/instances/{{instanceId}}/advertisers',
      description:
        'Lists the advertisers whose data flows into the instance.',
      examples: amcExamples.listAdvertisers,
    }),
    amcAccountRequest({
      name: 'Create advertiser update',
      method: 'POST',
      url: '{{api_url}}/amc/instances/{{instanceId}}/advertisers/updates',
      contentType: 'amcInstances',
      body: {
        mode: 'raw',
        example: {
          advertisersToAdd: [
            {
              id: 'ENTITYEXAMPLE123',
              type: 'SPONSORED_ADS',
              marketplaceId: '{{marketplace_id}}',
            },
          ],
          advertisersToRemove: [],
        },
      },
      description:
        'Adds or removes advertisers of the instance; the change is processed asynchronously.',
      examples: amcExamples.createAdvertiserUpdate,
    }),
    amcAccountRequest({
      name: 'Get advertiser update',
      method: 'GET',
      url: '{{api_url}}/amc/instances/{{instanceId}}/advertisers/updates/',
      description:
        'Reads the state of advertiser updates of the instance.',
      examples: amcExamples.getAdvertiserUpdate,
    }),
    amcAccountRequest({
      name: 'Gets advertiser information about the requested AMC instance',
      method: 'GET',
      url: '{{api_url}}/amc/instances/{{instanceId}}/advertisers',
      query: [
        { key: 'type', value: '', disabled: true },
        { key: 'nextToken', value: '', disabled: true },
        { key: 'limit', value: '100', disabled: true },
      ],
      description:
        'Lists the advertisers of the instance, optionally filtered by type, with paging.',
      examples: amcExamples.listAdvertisers,
    }),
    amcAccountRequest({
      name: 'Delete AMC instance',
      method: 'DELETE',
      url: '{{api_url}}/amc/instances/{{instanceId}}',
      description:
        'Deletes the instance in {{instanceId}} and everything stored in it.',
      examples: amcExamples.deleteInstance,
    }),
  ]),
]);
