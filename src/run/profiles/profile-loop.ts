/**
 * Several profiles in one run (--all-profiles, or --profile-id / --country repeated): the requests
 * that send the profile scope run once per chosen profile, in one Newman run, so one token serves them
 * all (the collection's refresh-token script refreshes it only when it expires).
 *
 * The Profiles step (select-profile.js) validates every profile asked for, makes the first one
 * profileId and queues the others in `profile_queue`. This module adds one step to the pruned
 * collection, after the last per-profile request: "Next profile" (next-profile.js, never sent), which
 * takes the next queued profile and jumps back to the first per-profile request with
 * setNextRequest - a loop inside the run, so the run's reporters, redaction and stop policy see one
 * run. The requests between the first and the last per-profile request run once per profile too.
 */
import { scriptLines } from '../../scripts/assemble.js';
import type { ProfileSet } from '../../config/run-settings.js';
import { leavesOf, sendsHeader, type CollectionJson, type ItemJson } from '../selection/folders.js';

/** The id of the added step (the run's plug-ins know it by this id). */
export const nextProfileItemId = 'runner-next-profile';

/** The environment values that ask select-profile for several profiles (empty strings clear a leftover). */
export function profileSetValues(profileSet: ProfileSet): Record<string, string> {
  return {
    all_profiles: profileSet.all ? 'true' : '',
    profile_ids: profileSet.ids.join(','),
    profile_countries: profileSet.countries.join(','),
    profile_queue: '',
    profile_duplicates: '',
    strict_profile_choice: 'true',
  };
}

/** A request that runs once per profile: it sends the profile scope (and no advertiser account) and is not a step. */
function isPerProfile(item: ItemJson, stepItemIds: ReadonlySet<string>): boolean {
  return (
    sendsHeader(item, 'amazon-advertising-api-scope') && !sendsHeader(item, 'amazon-ads-accountid') && !(typeof item.id === 'string' && stepItemIds.has(item.id))
  );
}

function nextProfileItem(firstId: string): ItemJson {
  return {
    id: nextProfileItemId,
    name: 'Next profile',
    // never sent (the script skips it); a URL only because a request item needs one
    request: { method: 'GET', url: '{{api_url}}/', header: [] } as ItemJson['request'],
    event: [{ listen: 'prerequest', script: { type: 'text/javascript', exec: scriptLines({ name: 'next-profile', params: { first: firstId } }, 'prerequest') } }],
  };
}

/** `items` with `added` right after `after`, wherever it sits; the other folders are shared, not copied. */
function insertAfter(items: ItemJson[], after: ItemJson, added: ItemJson): ItemJson[] {
  const index = items.indexOf(after);
  if (index !== -1) return [...items.slice(0, index + 1), added, ...items.slice(index + 1)];
  return items.map((item) => (Array.isArray(item.item) && leavesOf(item).includes(after) ? { ...item, item: insertAfter(item.item, after, added) } : item));
}

/**
 * The pruned collection with the "Next profile" step after its last per-profile request; undefined
 * when no selected request is per-profile (then the Profiles step only checks the profiles asked for).
 */
export function withProfileLoop(collection: CollectionJson, stepItemIds: ReadonlySet<string>): CollectionJson | undefined {
  const perProfile = (collection.item ?? []).flatMap(leavesOf).filter((leaf) => isPerProfile(leaf, stepItemIds));
  if (perProfile.length === 0) return undefined;
  const first = perProfile[0];
  if (typeof first.id !== 'string') return undefined;
  return { ...collection, item: insertAfter(collection.item ?? [], perProfile[perProfile.length - 1], nextProfileItem(first.id)) };
}
