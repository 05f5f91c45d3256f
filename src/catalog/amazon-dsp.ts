/**
 * Amazon DSP: persona builder insights.
 */
import { folder, request, type RequestSpec } from './types.js';

const docs = 'https://advertising.amazon.com/API/docs/en-us/guides/dsp/persona-builder';

/** The persona builder insights, each a POST /insights/<insight> about the same audience expression. */
type PersonaInsight = 'bandedSize' | 'demographics' | 'primeVideo' | 'topCategoriesPurchased' | 'topOverlappingAudiences';

/** One persona builder insight for the audience expression in the body; `categoryFilter` narrows what it reports. */
function personaInsight(
  name: string,
  insight: PersonaInsight,
  description: string,
  categoryFilter?: 'DIRECTORS' | 'INTEREST',
): RequestSpec {
  return request({
    name,
    method: 'POST',
    url: `{{api_url}}/insights/${insight}`,
    headers: 'profile',
    accept: 'json',
    contentType: 'json',
    query: [{ key: 'advertiserId', value: '{{dspAdvertiserId}}' }],
    body: {
      mode: 'raw',
      example: {
        ...(categoryFilter ? { categoryFilter: [categoryFilter] } : {}),
        audienceTargetingExpression: {
          audiences: [
            { negative: 'false', groupId: 'Group 1', audienceId: '400000000000000002' },
            { negative: 'false', groupId: 'Group 1', audienceId: '400000000000000003' },
          ],
        },
      },
    },
    description,
    docs,
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
