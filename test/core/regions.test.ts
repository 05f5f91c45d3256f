/** The ground floor's regions: one region parser and one hosts type for every room (issue 24 item 5). */
import { describe, expect, it } from 'vitest';
import { hostNames, hostsAt, hostsOf, regionOf, regions } from '../../src/core/regions.js';
import { UsageError } from '../../src/errors.js';

describe('regionOf', () => {
  it('takes a region in any case, and the fallback when none is given', () => {
    expect(regionOf('EU', '--region')).toBe('eu');
    expect(regionOf(undefined, '--region')).toBe('na');
    expect(regionOf(undefined, '--region', 'fe')).toBe('fe');
  });

  it('refuses an unknown one in one line naming where it came from', () => {
    expect(() => regionOf('xx', '--region / AMAZON_ADS_REGION')).toThrow(UsageError);
    expect(() => regionOf('xx', '--region / AMAZON_ADS_REGION')).toThrow('unknown region "xx": use --region / AMAZON_ADS_REGION with one of na, eu, fe');
  });
});

describe('hosts', () => {
  it("are the region's, each replaced by its override when given", () => {
    expect(hostsOf('eu')).toEqual({ api_url: regions.eu.api_url, token_url: regions.eu.token_url, auth_grant_url: regions.eu.auth_grant_url });
    expect(hostsOf('fe', { tokenUrl: 'http://127.0.0.1:1/t' })).toEqual({ api_url: regions.fe.api_url, token_url: 'http://127.0.0.1:1/t', auth_grant_url: regions.fe.auth_grant_url });
  });

  it('of one origin (the emulator) put the token endpoint and the consent page below it', () => {
    expect(hostsAt('http://127.0.0.1:9')).toEqual({ api_url: 'http://127.0.0.1:9', token_url: 'http://127.0.0.1:9/auth/o2/token', auth_grant_url: 'http://127.0.0.1:9/ap/oa' });
    expect(Object.keys(hostsAt('x'))).toEqual([...hostNames]);
  });
});
