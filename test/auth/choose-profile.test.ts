import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { chooseProfile } from '../../src/auth/choose-profile.js';
import type { Profile } from '../../src/auth/list-profiles.js';
import { Prompter } from '../../src/auth/prompt.js';
import { RunFailure } from '../../src/errors.js';

const profiles: Profile[] = [
  { profileId: '111', countryCode: 'UK', accountInfo: { name: 'Shop UK', type: 'seller' } },
  { profileId: '222', countryCode: 'DE', accountInfo: { name: 'Shop DE', type: 'seller' } },
  { profileId: '333', countryCode: 'FR', accountInfo: { name: 'Vendor FR', type: 'vendor' } },
];

function prompterWith(answers: string) {
  const input = new PassThrough();
  const output = new PassThrough();
  output.resume();
  input.write(answers);
  return new Prompter({ input, output });
}

describe('chooseProfile', () => {
  it('takes the profile of --country (any case)', async () => {
    expect((await chooseProfile({ profiles, region: 'eu', country: 'de' })).profileId).toBe('222');
  });

  it('names the countries that exist when --country matches none', async () => {
    const error = await chooseProfile({ profiles, region: 'eu', country: 'ES' }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(RunFailure);
    expect((error as Error).message).toBe('no profile with country ES in region eu; the profiles here are in: UK, DE, FR');
  });

  it('takes the first when not interactive', async () => {
    expect((await chooseProfile({ profiles, region: 'eu' })).profileId).toBe('111');
  });

  it('lets the user choose by number (or Enter for the first) when interactive', async () => {
    const lines: string[] = [];
    const prompter = prompterWith('3\n');
    expect((await chooseProfile({ profiles, region: 'eu', prompter, log: (l) => lines.push(l) })).profileId).toBe('333');
    expect(lines.join('\n')).toContain('2) 222 DE Shop DE, seller');
    prompter.close();
    const enter = prompterWith('\n');
    expect((await chooseProfile({ profiles, region: 'eu', prompter: enter })).profileId).toBe('111');
    enter.close();
  });

  it('asks again after an answer out of range, and accepts a profile id', async () => {
    const prompter = prompterWith('9\n222\n');
    const lines: string[] = [];
    expect((await chooseProfile({ profiles, region: 'eu', prompter, log: (l) => lines.push(l) })).profileId).toBe('222');
    expect(lines.join('\n')).toContain('"9" is not one of 1-3');
    prompter.close();
  });

  it('explains an empty list: no profiles in this region, try the others', async () => {
    const error = await chooseProfile({ profiles: [], region: 'fe' }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(RunFailure);
    expect((error as Error).message).toMatch(/^no_profiles: .*region fe - try --region na or eu/);
  });
});
