/**
 * Amazon Marketing Cloud > AMC Audiences: rule-based and lookalike audiences.
 */
import { folder } from '../types.js';
import { amcRequests } from './amc-requests.js';
import { amcResource } from './amc-resource.js';
import { amcAudienceHeaders } from '../headers.js';
import { amcExamples } from './examples.js';

const docs = 'https://advertising.amazon.com/API/docs/en-us/guides/amazon-marketing-cloud/audiences/overview';
const amcAudienceRequest = amcRequests(amcAudienceHeaders, docs);
const ruleAudiences = amcResource(amcAudienceRequest, {
  url: '{{api_url}}/amc/audiences/query',
  idParam: 'audienceExecutionId',
  sampleId: '{{audienceExecutionId}}',
  mediaType: 'amcQueryAudienceV1',
});

export const audiences = folder('AMC Audiences', { description: 'Audiences built from AMC queries and activated in Amazon DSP.', docs }, [
  folder('Rule-based audiences', 'Audiences defined by a SQL rule over AMC data.', [
    ruleAudiences.create({
      name: 'Creates query based audience execution metadata information',
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
      description: 'Turns a SQL query over AMC audience tables into an Amazon DSP audience, refreshed on a schedule.',
      storesId: { variable: 'audienceExecutionId', from: 'audienceExecutionId' },
      examples: amcExamples.createRuleAudience,
    }),
    ruleAudiences.list({
      name: 'Get all query based audiences execution metadata.',
      accept: 'amcQueryAudienceV12',
      query: [
        { key: 'maxResults', value: '100' },
        { key: 'nextToken', value: '' },
      ],
      description: 'Lists the rule-based audiences of the instance; page with maxResults / nextToken.',
      examples: amcExamples.listRuleAudiences,
    }),
    ruleAudiences.get({
      name: 'Get query based audience execution metadata for a given audienceExecutionId.',
      accept: 'amcQueryAudienceV12',
      description: 'Reads one rule-based audience and the state of its last run.',
      examples: amcExamples.getRuleAudience,
    }),
    ruleAudiences.update({
      name: 'Update query based audience execution metadata for a given audienceExecutionId.',
      example: {
        audienceName: 'Example cart abandoners',
        audienceDescription: 'Same rule, refreshed weekly',
        advertiserId: '{{dspAdvertiserId}}',
        audienceType: 'QUERY_BASED',
        query: 'SELECT user_id FROM amazon_attributed_events_by_conversion_time_for_audiences WHERE conversion_event_subtype = \'shoppingCart\'',
        timeWindowStart: '2026-01-01T00:00:00Z',
        timeWindowEnd: '2026-01-31T00:00:00Z',
        timeWindowRelative: true,
        refreshRateDays: 7,
      },
      description:
        'Replaces the definition of a rule-based audience; attributes left out fall back to defaults, and only failed audiences can be changed.',
      examples: amcExamples.updateRuleAudience,
    }),
    ruleAudiences.delete({
      name: 'Delete query based audience execution metadata for a given audienceExecutionId.',
      accept: 'amcQueryAudienceV1',
      description: 'Deletes a rule-based audience (only failed ones can be deleted).',
      examples: amcExamples.deleteRuleAudience,
    }),
  ]),
  folder('Lookalike audiences', 'Audiences that resemble a seed audience from an AMC query.', [
    amcAudienceRequest({
      name: 'Creates lookalike audience execution metadata information.',
      method: 'POST',
      url: '{{api_url}}/amc/audiences/lookalike',
      contentType: 'amcQueryAudienceV1',
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
        'Builds an Amazon DSP audience of shoppers similar to the seed a SQL query selects.',
      examples: amcExamples.createLookalikeAudience,
    }),
  ]),
]);
