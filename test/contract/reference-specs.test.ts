/** Needs ../shared/reference/openapi (beside the clone); skipped by name in a plain clone (test/support/needs.ts). */
import { describe, expect, it } from 'vitest';
import { loadReferenceSpecs, specPrecedence } from '../../src/contract/reference-specs.js';
import { operationMatcher, specOperations } from '../../src/contract/spec-operations.js';

import { needsShared } from '../support/needs.js';

const present = needsShared('reference/openapi');

describe.skipIf(!present)('the reference specs', () => {
  const specs = present ? loadReferenceSpecs() : [];
  const match = operationMatcher(specOperations(specs));

  it('load in precedence order: the named files first, the rest by name', () => {
    expect(specs.slice(0, specPrecedence.length).map((s) => s.name)).toEqual(specPrecedence);
    const rest = specs.slice(specPrecedence.length).map((s) => s.name);
    expect(rest).toEqual([...rest].sort());
    expect(specs.every((s) => typeof s.document.openapi === 'string')).toBe(true);
  });

  it('answer a Unified operation from the July snapshot, and one only March has from March', () => {
    expect(match('POST', '{{api_url}}/adsApi/v1/query/campaigns')?.spec).toBe('AmazonAdsAPIALLMerged_prod_3p_ALL.json');
    expect(match('POST', '{{api_url}}/adsApi/v1/create/campaigns')?.spec).toBe('AmazonAdsAPIALLMerged_prod_3p_ALL.json');
    const marchOnly = specOperations(specs).find((o) => o.spec === 'AmazonAdsAPIALLMerged_prod_3p_2026-03.json');
    expect(marchOnly, 'the March snapshot still answers for its own operations').toBeDefined();
  });

  it('answer the product specs for their paths', () => {
    expect(match('POST', '{{api_url}}/sp/campaigns/list')?.spec).toBe('SponsoredProducts_prod_3p.json');
    expect(match('GET', '{{api_url}}/v2/profiles')?.spec).toBe('Profiles_prod_3p.yaml');
    expect(match('GET', '{{api_url}}/v2/reports/:reportId')?.spec).toBe('SponsoredBrands_v3.yaml');
  });
});
