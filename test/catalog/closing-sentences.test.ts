/**
 * The closing sentences of a request's description (src/catalog/closing-sentences.ts), derived from its data.
 */
import { describe, expect, it } from 'vitest';
import { closedDescription, storesSentence, usesSentence, withClosingSentences } from '../../src/catalog/closing-sentences.js';
import type { RequestSpec } from '../../src/catalog/types.js';

describe('usesSentence', () => {
  it('names the variables of the raw body, then of the URL, each once, without {{api_url}}', () => {
    const spec = { url: '{{api_url}}/sp/campaigns/{{campaignId}}', body: { mode: 'raw', example: { adGroupId: '{{adGroupId}}', campaignId: '{{campaignId}}' } } } as const;
    expect(usesSentence(spec)).toBe('Uses {{adGroupId}}, {{campaignId}} (set in the environment or stored by an earlier request).');
  });

  it('is empty for a request that reads no variable, and leaves out what its own pre-request script sets', () => {
    expect(usesSentence({ url: '{{api_url}}/v2/profiles' })).toBe('');
    const dated: Pick<RequestSpec, 'url' | 'body' | 'scripts'> = {
      url: '{{api_url}}/x',
      body: { mode: 'raw', example: { day: '{{v2_report_date}}' } },
      scripts: { prerequest: [{ name: 'relative-date', params: { variable: 'v2_report_date', days: -1 } }] },
    };
    expect(usesSentence(dated)).toBe('');
  });
});

describe('storesSentence', () => {
  it('names each id the store-ids test scripts keep, and nothing for other scripts', () => {
    expect(storesSentence({ test: ['check-response', { name: 'store-ids', params: { variable: 'campaignId', from: '[0].campaignId' } }] })).toBe(
      'Stores {{campaignId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
    );
    expect(storesSentence({ test: ['check-response'] })).toBe('');
    expect(storesSentence(undefined)).toBe('');
  });
});

describe('storesSentence with several ids', () => {
  it('names each variable of a store-ids script that keeps several (`ids`)', () => {
    const ids = [
      { variable: 'advertiser_id', from: 'amcAccounts[0].accountId' },
      { variable: 'marketplace_id', from: 'amcAccounts[0].marketplaceId' },
    ];
    expect(storesSentence({ test: [{ name: 'store-ids', params: { ids } }] })).toBe(
      'Stores {{advertiser_id}} and {{marketplace_id}} from the answer for later requests; an empty answer leaves them unset instead of failing.',
    );
  });
});

describe('withClosingSentences', () => {
  it('closes a request with its own words, the convention, then what it uses and stores', () => {
    const spec: RequestSpec = {
      kind: 'request',
      name: 'Create',
      method: 'POST',
      url: '{{api_url}}/x/{{campaignId}}',
      headers: 'profile',
      description: 'Creates.',
      scripts: { test: [{ name: 'store-ids', params: { variable: 'adGroupId', from: '[0].adGroupId' } }] },
    };
    expect(withClosingSentences(spec, 'One call.').description).toBe(
      'Creates. One call. Uses {{campaignId}} (set in the environment or stored by an earlier request). Stores {{adGroupId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
    );
  });
});

describe('closedDescription', () => {
  it('joins the own words and the non-empty closing sentences with one space', () => {
    expect(closedDescription('Lists.', '', 'Uses {{a}}.', '')).toBe('Lists. Uses {{a}}.');
    expect(closedDescription(undefined, 'Stores {{b}}.')).toBe('Stores {{b}}.');
  });
});
