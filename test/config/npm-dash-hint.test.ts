import { describe, expect, it } from 'vitest';
import { npmDashHint } from '../../src/config/npm-dash-hint.js';

describe('npmDashHint', () => {
  it('under npm run <command>, pairs the flags npm kept (set to "true") with the words it passed on', () => {
    const env = { npm_lifecycle_event: 'collection', npm_config_region: 'true', npm_config_cache: '/tmp/x' };
    expect(npmDashHint('collection', ['eu'], env)).toBe(
      'npm took the flags before "eu" for itself: put -- before the flags, e.g. npm run collection -- --region eu',
    );
  });

  it('is silent outside npm run of that command, and for flags that are not words', () => {
    expect(npmDashHint('collection', ['eu'], {})).toBeUndefined();
    expect(npmDashHint('collection', ['eu'], { npm_lifecycle_event: 'npx' })).toBeUndefined();
    expect(npmDashHint('collection', ['--nope'], { npm_lifecycle_event: 'collection' })).toBeUndefined();
  });
});
