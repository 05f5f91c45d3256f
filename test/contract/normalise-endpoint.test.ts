import { describe, expect, it } from 'vitest';
import { normaliseEndpoint } from '../../src/contract/normalise-endpoint.js';

describe('normaliseEndpoint', () => {
  it('strips the leading host variable, the query and a trailing slash', () => {
    expect(normaliseEndpoint('get', '{{api_url}}/sp/budgetRules/?pageSize=10')).toBe('GET /sp/budgetRules');
  });

  it('writes {{x}}, :x and {x} variables alike', () => {
    const want = 'GET /amc/reporting/{}/workflows/{}';
    expect(normaliseEndpoint('GET', '{{api_url}}/amc/reporting/{{instanceId}}/workflows/:workflowId')).toBe(want);
    expect(normaliseEndpoint('GET', '{{host}}/amc/reporting/:instanceId/workflows/{workflowId}')).toBe(want);
  });

  it('treats a hard-coded regional Amazon Ads host as the host variable', () => {
    expect(normaliseEndpoint('GET', 'https://advertising-api.amazon.com/partnerOpportunities/:opportunity_id/file')).toBe(
      normaliseEndpoint('GET', '{{api_url}}/partnerOpportunities/:opportunityId/file'),
    );
    expect(normaliseEndpoint('GET', 'https://advertising-api-eu.amazon.com/v2/profiles')).toBe('GET /v2/profiles');
  });

  it('keeps methods and paths apart', () => {
    expect(normaliseEndpoint('POST', '{{api_url}}/sp/campaigns')).not.toBe(normaliseEndpoint('PUT', '{{api_url}}/sp/campaigns'));
    expect(normaliseEndpoint('GET', '{{api_url}}/sb/targets')).not.toBe(normaliseEndpoint('GET', '{{api_url}}/sd/targets'));
  });

  it('a URL that is only a variable (an upload URL) normalises to the empty path', () => {
    expect(normaliseEndpoint('PUT', '{{uploadUrl}}')).toBe('PUT ');
  });
});
