/**
 * Amazon DSP: persona builder insights.
 */
import { folder, request, type Json, type RequestSpec } from './types.js';
import { ok } from './examples.js';
import type { MediaTypeKey } from './media-types.js';

const docs = 'https://advertising.amazon.com/API/docs/en-us/guides/dsp/persona-builder';

/** The persona builder insights, each a POST /insights/<insight> about the same audience expression. */
type PersonaInsight = 'bandedSize' | 'demographics' | 'primeVideo' | 'topCategoriesPurchased' | 'topOverlappingAudiences';

/** How much more likely than the average Amazon customer (affinity) and what share (%) of the audience. */
function metrics(affinity: number, overlapPercentage: number): Json {
  return { affinity, overlapPercentage };
}

/** What each insight answers about the two audiences of the request body (dated like every insight). */
const insightAnswers: Record<PersonaInsight, { [key: string]: Json }> = {
  bandedSize: { estimatedSize: { min: 100000, max: 500000 } },
  demographics: {
    demographics: {
      gender: [
        { attribute: 'FEMALE', segmentId: '700000000000001', insightMetrics: metrics(1.3, 56) },
        { attribute: 'MALE', segmentId: '700000000000002', insightMetrics: metrics(0.8, 44) },
      ],
      propertyOwnership: [
        { attribute: 'OWNING', segmentId: '700000000000003', insightMetrics: metrics(1.1, 61) },
        { attribute: 'RENTING', segmentId: '700000000000004', insightMetrics: metrics(0.9, 39) },
      ],
    },
  },
  primeVideo: {
    primeVideoInsights: {
      dateRange: { startDate: '2026-01-01T00:00:00.000Z', endDate: '2026-01-31T00:00:00.000Z' },
      directors: [
        { director: 'Example Director One', insight: metrics(2.4, 9) },
        { director: 'Example Director Two', insight: metrics(1.7, 6) },
      ],
    },
  },
  topCategoriesPurchased: {
    retailCategories: [
      { id: '800000000000001', name: 'Tea', path: [{ browseNodeName: 'Grocery' }, { browseNodeName: 'Beverages' }, { browseNodeName: 'Tea' }], insightMetrics: metrics(3.2, 14) },
      { id: '800000000000002', name: 'Kitchen', path: [{ browseNodeName: 'Home & Kitchen' }, { browseNodeName: 'Kitchen' }], insightMetrics: metrics(1.8, 22) },
    ],
  },
  topOverlappingAudiences: {
    audiences: [
      {
        id: '400000000000000010',
        name: 'Example in-market audience: tea',
        category: 'Interest',
        insightMetrics: metrics(4.1, 18),
        forecast: { dailyReach: { lowerBound: 10000, upperBound: 50000 }, dailyImpressions: { lowerBound: 50000, upperBound: 100000 } },
      },
    ],
  },
};

/** Each insight's media types: the audience expression it takes, the insight it answers. */
const insightMediaTypes: Record<PersonaInsight, { contentType: MediaTypeKey; accept: MediaTypeKey }> = {
  bandedSize: { contentType: 'bandedSizeInput', accept: 'bandedSizeInsights' },
  demographics: { contentType: 'demographicInput', accept: 'demographicInsights' },
  primeVideo: { contentType: 'primeVideoInput', accept: 'primeVideoInsights' },
  topCategoriesPurchased: { contentType: 'topCategoriesPurchasedInput', accept: 'topCategoriesPurchasedInsights' },
  topOverlappingAudiences: { contentType: 'topOverlappingAudiencesInput', accept: 'topOverlappingAudiencesInsights' },
};

/** One persona builder insight for the audience expression in the body; `categoryFilter` narrows what it reports. */
function personaInsight(
  name: string,
  insight: PersonaInsight,
  description: string,
  categoryFilter?: 'DIRECTORS' | 'INTEREST',
): RequestSpec {
  const answer = { ...insightAnswers[insight], lastUpdatedAt: '2026-02-01T06:00:00.000Z' };
  const media = insightMediaTypes[insight];
  return request({
    name,
    method: 'POST',
    url: `{{api_url}}/insights/${insight}`,
    headers: 'profile',
    accept: media.accept,
    contentType: media.contentType,
    query: [{ key: 'advertiserId', value: '{{dspAdvertiserId}}' }],
    body: {
      mode: 'raw',
      example: {
        ...(categoryFilter ? { categoryFilter: [categoryFilter] } : {}),
        audienceTargetingExpression: {
          audiences: [
            { negative: false, groupId: 'Group 1', audienceId: '400000000000000002' },
            { negative: false, groupId: 'Group 1', audienceId: '400000000000000003' },
          ],
        },
      },
    },
    description,
    docs,
    examples: [ok(`200 OK: ${name} insight`, 200, answer)],
  });
}

export const amazonDsp = folder('Amazon DSP', { description: 'Amazon DSP insights.', docs }, [
  folder('Persona builder', 'Audience insights for a DSP advertiser: sizes, demographics, viewing and shopping habits.', [
    personaInsight('Banded sizes', 'bandedSize', 'Estimates the size band of an audience built from the audience expression.'),
    personaInsight('Demographics', 'demographics', 'Describes the age, income and other demographics of an audience.'),
    personaInsight('Prime Video', 'primeVideo', 'Shows which Prime Video titles, genres or directors an audience watches.', 'DIRECTORS'),
    personaInsight('Top categories purchased', 'topCategoriesPurchased', 'Shows the product categories an audience buys most.', 'INTEREST'),
    personaInsight('Top overlapping audiences', 'topOverlappingAudiences', 'Shows other audiences that overlap most with this one.', 'INTEREST'),
  ]),
]);
