import { describe, expect, it } from 'vitest';
import { reporterFlagsIn, reporterOptionsOf } from '../../src/run/reporter-flags.js';

describe('reporter flags', () => {
  it('finds --reporter-<name>-<option> flags (with or without =value), not --reporters', () => {
    const args = ['collection', '--reporters', 'cli,htmlextra', '--reporter-htmlextra-export', 'a.html', '--reporter-htmlextra-title=Run', '--reporter-junit-export', 'x'];
    expect(reporterFlagsIn(args)).toEqual(['reporter-htmlextra-export', 'reporter-htmlextra-title', 'reporter-junit-export']);
  });
  it('groups parsed values by reporter, option names camel-cased, the last of a repeated flag winning', () => {
    const argv = { 'reporter-htmlextra-export': 'a.html', 'reporter-htmlextra-browser-title': ['One', 'Two'], 'reporter-htmlextra-logs': true };
    const flags = ['reporter-htmlextra-export', 'reporter-htmlextra-browser-title', 'reporter-htmlextra-logs', 'reporter-junit-export'];
    expect(reporterOptionsOf(argv, flags)).toEqual({ htmlextra: { export: 'a.html', browserTitle: 'Two', logs: true } });
  });
});
