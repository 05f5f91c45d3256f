import { describe, expect, it } from 'vitest';
import { isValidAccept, isValidMediaType, mediaTypesRule, vendorFamily } from '../../../src/validate/rules/media-types.js';
import { asCollection, findRequest, goodCollection, goodFiles } from '../fixtures/postman.js';

function setHeader(request: any, key: string, value: string | undefined) {
  request.header = request.header.filter((h: any) => h.key !== key);
  if (value !== undefined) request.header.push({ key, value });
}

describe('media-types rule', () => {
  it('passes matching vendor types (SP v3 list and delete) and generic JSON', () => {
    expect(mediaTypesRule.check(goodFiles())).toEqual([]);
  });

  it('passes the official pairings that differ only by a request/response suffix or a generic side', () => {
    const collection = goodCollection();
    const request = findRequest(collection, 'List campaigns').request;
    const pairs: [string, string][] = [
      ['application/vnd.spproducttargeting.v3+json', 'application/vnd.spproducttargetingresponse.v3+json'],
      ['application/vnd.spproductrecommendation.v3+json', 'application/vnd.spproductrecommendationresponse.asins.v3+json'],
      ['application/vnd.spproducttargeting.v3+json', 'application/json'],
      ['application/json', 'application/vnd.dspcreatereports.v3+json'],
      ['application/json; charset=utf-8', 'application/json, text/plain;q=0.5, */*'],
    ];
    for (const [contentType, accept] of pairs) {
      setHeader(request, 'Content-Type', contentType);
      setHeader(request, 'Accept', accept);
      expect(mediaTypesRule.check([asCollection(collection)]), `${contentType} / ${accept}`).toEqual([]);
    }
  });

  it('fails on a raw body without a Content-Type, but accepts a raw body language', () => {
    const collection = goodCollection();
    const request = findRequest(collection, 'List campaigns').request;
    setHeader(request, 'Content-Type', undefined);
    const problems = mediaTypesRule.check([asCollection(collection)]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ where: 'Sponsored Products / Campaigns / List campaigns: body', problem: 'a raw body without a Content-Type' });
    request.body.options = { raw: { language: 'json' } };
    expect(mediaTypesRule.check([asCollection(collection)])).toEqual([]);
  });

  it('fails on an invalid Content-Type or Accept value', () => {
    const collection = goodCollection();
    setHeader(findRequest(collection, 'List campaigns').request, 'Content-Type', 'application/vnd.spCampaign v3+json');
    setHeader(findRequest(collection, 'Delete campaigns').request, 'Accept', 'json');
    const problems = mediaTypesRule.check([asCollection(collection)]);
    expect(problems.map((p) => p.where)).toEqual([
      'Sponsored Products / Campaigns / List campaigns: header Content-Type',
      'Sponsored Products / Campaigns / Delete campaigns: header Accept',
    ]);
  });

  it('fails when the vendor Content-Type and Accept name different resources', () => {
    const collection = goodCollection();
    setHeader(findRequest(collection, 'Delete campaigns').request, 'Accept', 'application/vnd.spAdGroup.v3+json');
    const problems = mediaTypesRule.check([asCollection(collection)]);
    expect(problems).toHaveLength(1);
    expect(problems[0].problem).toContain('name different resources');
  });

  it('parses media types and families', () => {
    expect(isValidMediaType('application/vnd.MarketingStreamSubscriptions.StreamSubscriptionResource.v1.0+json')).toBe(true);
    expect(isValidMediaType('application/json; charset="utf-8"')).toBe(true);
    expect(isValidMediaType('application/')).toBe(false);
    expect(isValidAccept('*/*')).toBe(true);
    expect(isValidAccept('application/json,')).toBe(false);
    expect(vendorFamily('application/vnd.spCampaign.v3+json')).toBe('spcampaign');
    expect(vendorFamily('application/json')).toBeUndefined();
    // the persona builder sends an input expression and answers insights of the same family
    expect(vendorFamily('application/vnd.demographicinputexpressions.v1+json')).toBe(vendorFamily('application/vnd.demographicinsights.v1+json'));
    expect(vendorFamily('application/vnd.bandedsizeinputexpression.v1+json')).toBe('bandedsize');
  });
});
