import { describe, expect, it } from 'vitest';
import { closestFlag, unknownFlagMessage, unknownFlagsIn } from '../../src/config/unknown-flags.js';

describe('unknown flags', () => {
  it('tells flags written on the command line (yargs lists them without dashes, with a camel-case twin) from stray words', () => {
    const args = ['collection', '--region', 'na', '--foo-bar', '1', '-z', '--x-y=2'];
    expect(unknownFlagsIn(args, ['foo-bar', 'fooBar', 'z', 'x-y', 'xY'])).toEqual(['foo-bar', 'z', 'x-y']);
    expect(unknownFlagsIn(['collection', 'eu'], ['eu'])).toEqual([]);
  });

  it('names the closest known flag: a close match, else the nearest by edit distance', () => {
    expect(closestFlag('regoin', ['region', 'folder'])).toBe('region');
    expect(closestFlag('foo-bar', ['region', 'folder', 'verbose'])).toBe('folder');
  });

  it('one line per command, undefined when no unknown word was a flag (the npm hint then applies)', () => {
    expect(unknownFlagMessage('collection', ['collection', '--region', 'na', '--foo-bar', '1'], ['foo-bar', 'fooBar'])).toBe(
      'unknown flag --foo-bar for collection: the closest known flag is --folder (see --help)',
    );
    expect(unknownFlagMessage('collection', ['collection', '--iteration-cont', '2'], ['iteration-cont', 'iterationCont'])).toBe(
      'unknown flag --iteration-cont for collection: the closest known flag is --iteration-count (see --help)',
    );
    expect(unknownFlagMessage('auth', ['auth', '--client-idd', 'x'], ['client-idd', 'clientIdd'])).toContain('--client-id');
    expect(unknownFlagMessage('collection', ['collection', 'eu'], ['eu'])).toBeUndefined();
  });
});
