/**
 * Step 4 of `npm run auth`: the advertising profiles the new token can reach in the region
 * (GET {api_url}/v2/profiles with the client id and the bearer token).
 */
import { RunFailure } from '../errors.js';
import { DEFAULT_TIMEOUT_REQUEST_MS } from '../config/options.js';
import { networkCause } from './exchange-code.js';
import { AnswerTimeout, fetchWithin, type Answer } from './fetch-within.js';
// The profiles answer is parsed with every profileId as the text it was sent as: the shared rule the
// select-profile script applies too, so `npm run auth` and the collection keep the same ids.
import { parseKeepingProfileIds } from '../rules/profile-ids.js';

export interface Profile {
  /** Digits as the answer wrote them: ids above 2^53 do not fit a JavaScript number. */
  profileId: string;
  countryCode?: string;
  currencyCode?: string;
  timezone?: string;
  accountInfo?: { id?: string; type?: string; name?: string; marketplaceStringId?: string };
}

export interface ListProfilesInput {
  apiUrl: string;
  clientId: string;
  accessToken: string;
  fetch?: typeof fetch;
  /** Limit of the call, its body included (--timeout-request); default 60 s. */
  timeoutMs?: number;
}

export async function listProfiles(input: ListProfilesInput): Promise<Profile[]> {
  const doFetch = input.fetch ?? fetch;
  const url = `${input.apiUrl.replace(/\/+$/, '')}/v2/profiles`;
  const limitMs = input.timeoutMs ?? DEFAULT_TIMEOUT_REQUEST_MS;
  let response: Answer;
  try {
    response = await fetchWithin(
      doFetch,
      url,
      {
        headers: {
          'Amazon-Advertising-API-ClientId': input.clientId,
          Authorization: `Bearer ${input.accessToken}`,
          accept: 'application/json',
        },
        redirect: 'error',
      },
      limitMs,
    );
  } catch (error) {
    if (error instanceof AnswerTimeout) {
      throw new RunFailure(`timeout: ${url} sent no complete answer within ${limitMs} ms - raise --timeout-request, or check --api-url / AMAZON_ADS_API_URL and your connection`);
    }
    throw new RunFailure(`profiles_request_failed: could not reach ${url} (${networkCause(error)}) - check --api-url / AMAZON_ADS_API_URL and your connection`);
  }
  if (response.status === 401) {
    throw new RunFailure('unauthorized: the Ads API did not accept the new access token - is the app approved for the Amazon Ads API, and does --api-url match the region?');
  }
  if (response.status === 403) {
    throw new RunFailure('scope_missing: the Ads API refused the profile list (403) - the app needs Amazon Ads API access approval and the scope advertising::campaign_management');
  }
  if (response.status < 200 || response.status >= 300) {
    throw new RunFailure(`unexpected_status: listing profiles answered HTTP ${response.status} - try again, or check --api-url / AMAZON_ADS_API_URL`);
  }
  let parsed: unknown;
  try {
    parsed = parseKeepingProfileIds(response.text);
  } catch {
    throw new RunFailure('malformed_response: the profile list is not JSON - check --api-url / AMAZON_ADS_API_URL');
  }
  if (!Array.isArray(parsed)) throw new RunFailure('malformed_response: the profile list is not a JSON array - check --api-url / AMAZON_ADS_API_URL');
  return parsed.filter((p): p is Profile => Boolean(p) && typeof p === 'object' && typeof p.profileId === 'string' && p.profileId !== '');
}
