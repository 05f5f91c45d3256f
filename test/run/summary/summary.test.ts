import { describe, expect, it } from 'vitest';
import { countOf, exitCodeOfReport, formatSummary, productCountsOf, type RunReport } from '../../../src/run/summary/summary.js';

const passed: RunReport = {
  region: 'eu',
  profile: { id: '123', country: 'UK', accountName: 'Shop UK' },
  campaigns: { sp: 23, sb: 7, sd: 0 },
  requests: { total: 13, failed: 0 },
  assertions: { total: 13, failed: 0 },
  durationMs: 3260,
  failures: [],
  passed: true,
  reportFiles: [],
};

describe('formatSummary', () => {
  it('prints one key per line in a fixed order', () => {
    expect(formatSummary(passed)).toBe(
      [
        'Run summary',
        '  region      eu (Europe)',
        '  profile     123 UK "Shop UK"',
        '  campaigns   SP 23, SB 7, SD 0',
        '  requests    13, 0 failed',
        '  assertions  13, 0 failed',
        '  duration    3.26 s',
        '  result      passed',
        '',
      ].join('\n'),
    );
    expect(exitCodeOfReport(passed)).toBe(0);
  });

  it('prints a long account name and a long request name capped at 80 characters', () => {
    const long: RunReport = {
      ...passed,
      profile: { ...passed.profile, accountName: 'n'.repeat(1_000_000) },
      passed: false,
      failures: [{ cause: 'assertion_failed', item: `Folder / ${'r'.repeat(500)}`, message: 'expected 1 to equal 2' }],
    };
    const text = formatSummary(long);
    expect(text).toContain(`  profile     123 UK "${'n'.repeat(79)}…"\n`);
    expect(text).toContain(`1. Folder / ${'r'.repeat(70)}…: expected 1 to equal 2`);
    expect(text.length).toBeLessThan(2000);
  });

  it('names the first failure cause in words and lists every failure', () => {
    const failed: RunReport = {
      ...passed,
      profile: {},
      campaigns: {},
      passed: false,
      failures: [
        { cause: 'invalid_grant', message: 'invalid_grant: rejected', item: 'Auth / Access token from refresh token' },
        { cause: 'host_unreachable', host: 'h:1', message: 'connect ECONNREFUSED h:1' },
      ],
      reportFiles: ['/r/a.xml'],
    };
    const text = formatSummary(failed);
    expect(text).toContain('  profile     -\n');
    expect(text).toContain('  campaigns   SP -, SB -, SD -\n');
    expect(text).toContain('  result      failed\n');
    expect(text).toMatch(/\n {2}cause {7}invalid_grant: refresh token rejected \(revoked, or issued to another app\) - /);
    expect(text).toContain('  failures    1. Auth / Access token from refresh token: invalid_grant: rejected\n');
    expect(text).toContain('              2. connect ECONNREFUSED h:1\n');
    expect(text).toContain('  report      /r/a.xml\n');
    expect(exitCodeOfReport(failed)).toBe(1);
  });
});

describe('countOf', () => {
  it('reads counts the scripts stored as numbers or strings', () => {
    expect(countOf(5)).toBe(5);
    expect(countOf('12')).toBe(12);
    expect(countOf('')).toBeUndefined();
    expect(countOf(undefined)).toBeUndefined();
    expect(countOf('x')).toBeUndefined();
  });
});

describe('formatSummary with --api unified', () => {
  it('shows the account instead of the profile and the campaigns per ad product', () => {
    const unified: RunReport = {
      ...passed,
      unified: { account: { id: 'amzn1.ads-account.g.abc', name: 'Shop', country: 'UK' }, campaignsByProduct: { SPONSORED_PRODUCTS: 5, SPONSORED_BRANDS: 3 }, campaignTotal: 8 },
    };
    const lines = formatSummary(unified).split('\n');
    expect(lines.slice(1, 4)).toEqual([
      '  region      eu (Europe)',
      '  account     amzn1.ads-account.g.abc UK "Shop"',
      '  campaigns   SPONSORED_BRANDS 3, SPONSORED_PRODUCTS 5 (total 8)',
    ]);
    expect(formatSummary(unified)).not.toContain('profile');
  });

  it('dashes what the run did not learn', () => {
    const text = formatSummary({ ...passed, unified: { account: {} } });
    expect(text).toContain('  account     -\n');
    expect(text).toContain('  campaigns   -\n');
  });
});

describe('productCountsOf', () => {
  it('reads the JSON the scripts leave, dropping what is not a count', () => {
    expect(productCountsOf('{"SPONSORED_PRODUCTS":5,"X":"n/a","SPONSORED_DISPLAY":"2"}')).toEqual({ SPONSORED_PRODUCTS: 5, SPONSORED_DISPLAY: 2 });
    expect(productCountsOf('')).toBeUndefined();
    expect(productCountsOf('[1]')).toBeUndefined();
    expect(productCountsOf('not json')).toBeUndefined();
  });
});
