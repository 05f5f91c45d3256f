/**
 * Amazon Marketing Cloud > AMC Audiences: rule-based and lookalike audiences.
 */
import { folder } from '../types.js';
import { amcRequests } from './amc-requests.js';
import { amcAudienceHeaders } from '../headers.js';
import { amcExamples } from './examples.js';

const docs = 'https://advertising.amazon.com/API/docs/en-us/guides/amazon-marketing-cloud/audiences/overview';
const amcAudienceRequest = amcRequests(amcAudienceHeaders, docs);

export const audiences = folder('AMC Audiences', { description: 'Audiences built from AMC queries and activated in Amazon DSP.', docs }, [
  folder('Rule-based audiences', 'Audiences defined by a SQL rule over AMC data.', [
    amcAudienceRequest({
      name: 'Creates query based audience execution metadata information',
      method: 'POST',
      url: '{{api_url}}/amc/audiences/query',
      contentType: 'json',
      body: {
        mode: 'raw',
        example: {
          audienceName: 'Example cart abandoners',
          audienceDescription: 'Shoppers who added to cart in the time window',
          advertiserId: '{{dspAdvertiserId}}',
          advertiserType: 'DSP',
          query: 'SELECT user_id FROM amazon_attributed_events_by_conversion_time_for_audiences WHERE conversion_event_subtype = \'shoppingCart\'',
          timeWindowStart: '2026-01-01T00:00:00Z',
          timeWindowEnd: '2026-01-31T00:00:00Z',
          timeWindowRelative: true,
          refreshRateDays: 1,
        },
      },
      description:
        'Turns a SQL query over AMC audience tables into an Amazon DSP audience, refreshed on a schedule. Uses {{dspAdvertiserId}} (set in the environment or stored by an earlier request). Stores {{audienceExecutionId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
      scripts: { test: [{ name: 'store-ids', params: { variable: 'audienceExecutionId', from: 'audienceExecutionId' } }] },
      examples: amcExamples.createRuleAudience,
    }),
    amcAudienceRequest({
      name: 'Get all query based audiences execution metadata.',
      method: 'GET',
      url: '{{api_url}}/amc/audiences/query',
      accept: 'amcQueryAudienceV12',
      query: [
        { key: 'maxResults', value: '100' },
        { key: 'nextToken', value: '' },
      ],
      description:
        'Lists the rule-based audiences of the instance; page with maxResults / nextToken.',
      examples: amcExamples.listRuleAudiences,
    }),
    amcAudienceRequest({
      name: 'Get query based audience execution metadata for a given audienceExecutionId.',
      method: 'GET',
      url: '{{api_url}}/amc/audiences/query/:audienceExecutionId',
      accept: 'amcQueryAudienceV12',
      pathVariables: { audienceExecutionId: '{{audienceExecutionId}}' },
      description:
        'Reads one rule-based audience and the state of its last run.',
      examples: amcExamples.getRuleAudience,
    }),
    amcAudienceRequest({
      name: 'Update query based audience execution metadata for a given audienceExecutionId.',
      method: 'PUT',
      url: '{{api_url}}/amc/audiences/query/:audienceExecutionId',
      contentType: 'json',
      pathVariables: { audienceExecutionId: '{{audienceExecutionId}}' },
      body: {
        mode: 'raw',
        example: {
          audienceName: 'Example cart abandoners',
          audienceDescription: 'Same rule, refreshed weekly',
          advertiserId: '{{dspAdvertiserId}}',
          advertiserType: 'DSP',
          query: 'SELECT user_id FROM amazon_attributed_events_by_conversion_time_for_audiences WHERE conversion_event_subtype = \'shoppingCart\'',
          timeWindowRelative: true,
          refreshRateDays: 7,
        },
      },
      description:
        'Replaces the definition of a rule-based audience; attributes left out fall back to defaults, and only failed audiences can be changed. Only the fields sent change; each item names the entity by id. Uses {{dspAdvertiserId}} (set in the environment or stored by an earlier request).',
      examples: amcExamples.updateRuleAudience,
    }),
    amcAudienceRequest({
      name: 'Delete query based audience execution metadata for a given audienceExecutionId.',
      method: 'DELETE',
      url: '{{api_url}}/amc/audiences/query/:audienceExecutionId',
      accept: 'amcQueryAudienceV1',
      pathVariables: { audienceExecutionId: '{{audienceExecutionId}}' },
      description:
        'Deletes a rule-based audience (only failed ones can be deleted). Archives or removes the entity named in the URL; this cannot be undone.',
      examples: amcExamples.deleteRuleAudience,
    }),
  ]),
  folder('Lookalike audiences', 'Audiences that resemble a seed audience from an AMC query.', [
    amcAudienceRequest({
      name: 'Creates lookalike audience execution metadata information.',
      method: 'POST',
      url: '{{api_url}}/amc/audiences/lookalike',
      contentType: 'json',
      body: {
        mode: 'raw',
        example: {
          audienceName: 'Example lookalike of tea searchers',
          audienceDescription: 'Shoppers similar to those who searched for tea',
          timeWindowStart: '2026-01-01T00:00:00Z',
          timeWindowEnd: '2026-02-01T00:00:00Z',
          query: 'SELECT user_id FROM sponsored_ads_traffic_for_audiences WHERE customer_search_term SIMILAR TO \'(?i)tea\'',
          refreshRateDays: 7,
          timeWindowRelative: true,
          advertiserId: '{{dspAdvertiserId}}',
          lookalikeAudienceExpectedReach: 'SIMILAR',
        },
      },
      description:
        'Builds an Amazon DSP audience of shoppers similar to the seed a SQL query selects. Uses {{dspAdvertiserId}} (set in the environment or stored by an earlier request).',
      examples: amcExamples.createLookalikeAudience,
    }),
  ]),
]);
