/**
 * --folder: any folder or request by name or path, the steps it needs, the pruned collection Newman
 * receives, the refused grant requests and unknown names; end to end against the emulator.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { selectItems, type CollectionJson, type ItemJson } from '../../../src/run/selection/folders.js';
import { projectRoot, runAgainstEmulator, summaryLines } from '../helpers.js';

const collectionFile = path.join(projectRoot, 'collections/amazon-ads-api.postman_collection.json');
const collection = JSON.parse(fs.readFileSync(collectionFile, 'utf8')) as CollectionJson;
const select = (folders: string[], profileIdGiven = false) => selectItems(collection, folders, collectionFile, profileIdGiven);

function usageMessage(folders: string[]): string {
  try {
    select(folders);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`--folder ${folders.join(' ')} was accepted`);
}

function countRequests(items: ItemJson[] | undefined): number {
  return (items ?? []).reduce((sum, item) => sum + (Array.isArray(item.item) ? countRequests(item.item) : 1), 0);
}

describe('selectItems', () => {
  it('the aliases select exactly their requests, in collection order', () => {
    expect(select(['auth', 'profiles', 'campaigns']).requestPaths).toEqual([
      'Auth/Access token from refresh token',
      'Accounts/Profiles',
      'First call/List SB campaigns',
      'First call/List SD campaigns',
      'First call/List SP campaigns',
    ]);
    expect(select(['auth']).requestPaths).toEqual(['Auth/Access token from refresh token']);
  });

  it('a folder path selects its requests plus the token refresh and the profile choice they need', () => {
    const { requestPaths, collection: pruned } = select(['Sponsored Products / Campaigns']);
    expect(requestPaths.slice(0, 2)).toEqual(['Auth/Access token from refresh token', 'Accounts/Profiles']);
    expect(requestPaths.slice(2).every((p) => p.startsWith('Sponsored Products/Campaigns/'))).toBe(true);
    expect(requestPaths.length).toBe(6);
    // pruned: only the selected items reach Newman, inside their folders (folder scripts and auth kept)
    expect(countRequests(pruned.item)).toBe(6);
    expect(pruned.item!.map((item) => item.name)).toEqual(['Auth', 'Accounts', 'Sponsored Products']);
    expect(countRequests(collection.item)).toBeGreaterThan(200);
  });

  it('with --profile-id the profile choice is not added', () => {
    expect(select(['Sponsored Products/Campaigns'], true).requestPaths).not.toContain('Accounts/Profiles');
  });

  it('a path from the root wins over a same-named folder deeper down; a request is selected by its name', () => {
    expect(select(['Reporting']).requestPaths.filter((p) => p.includes('Reporting')).every((p) => p.startsWith('Reporting/'))).toBe(true);
    expect(select(['Get stores']).requestPaths).toEqual(['Auth/Access token from refresh token', 'Accounts/Profiles', 'Stores/Get stores']);
  });

  it('a unified request gets the advertiser account step (which chooses the profile) instead of Profiles', () => {
    expect(select(['Unified API/Prod/Campaigns/Query campaigns']).requestPaths).toEqual([
      'Auth/Access token from refresh token',
      'Unified API/Query advertiser accounts',
      'Unified API/Prod/Campaigns/Query campaigns',
    ]);
  });

  it('the steps a failure stops the run at are the token refresh, Profiles and the account choice', () => {
    expect(select(['auth']).stepItemIds.size).toBe(3);
  });

  it('refuses the interactive grant requests, naming why', () => {
    expect(usageMessage(['Auth grant login'])).toMatch(/"Auth \/ Auth grant login".*browser.*never runs headless.*npm run auth/);
    expect(usageMessage(['Access token from auth grant code'])).toMatch(/never runs headless/);
  });

  it('an unknown name lists close matches', () => {
    expect(usageMessage(['Sponsored Prodcts/Campaigns'])).toMatch(/unknown --folder "Sponsored Prodcts\/Campaigns".*close matches: .*"Sponsored Products\/Campaigns"/);
    expect(usageMessage(['reportng'])).toMatch(/close matches: .*"Reporting"/);
    expect(usageMessage(['zzzz qqqq xxxx'])).toMatch(/unknown --folder "zzzz qqqq xxxx".*use auth, profiles, campaigns, reports or a folder path/);
  });

  it('a name found in several places asks for the path', () => {
    expect(usageMessage(['Campaigns'])).toMatch(/names \d+ items: give its path, one of .*"Sponsored Products\/Campaigns".*"Sponsored Brands\/Campaigns"/);
  });
});

describe('--folder against the emulator', () => {
  it('"Sponsored Products/Campaigns" runs its 4 requests after the token and the profile: exit 0', async () => {
    const { outcome, stdout } = await runAgainstEmulator({ region: 'na' }, { folder: ['Sponsored Products/Campaigns'] });
    expect(outcome.exitCode).toBe(0);
    expect(summaryLines(outcome.summaryText).requests).toBe('6, 0 failed');
    for (const name of ['List campaigns', 'Create campaigns', 'Update campaigns', 'Delete campaigns']) expect(stdout).toContain(`→ ${name}`);
    expect(stdout).not.toContain('List SP campaigns');
  }, 60_000);

  it('Reporting: every request\'s result is printed; the routes the emulator does not serve fail the run (exit 1) with a cause', async () => {
    const { outcome, stdout } = await runAgainstEmulator({ region: 'na', reportDelay: 0 }, { folder: ['Reporting'] });
    expect(outcome.exitCode).toBe(1);
    expect(stdout).toMatch(/→ Create report\n.*\n  ✓/);
    expect(stdout).toMatch(/is COMPLETED/);
    expect(outcome.report.failures.length).toBeGreaterThan(0);
    expect(outcome.report.failures.every((failure) => failure.item?.startsWith('Reporting / ') && failure.cause === 'unexpected_status')).toBe(true);
    expect(summaryLines(outcome.summaryText).cause).toMatch(/^unexpected_status/);
  }, 90_000);
});
