/** GET /v2/profiles, GET /v2/profiles/{profileId} and GET /managerAccounts. */
import { sendJson, sendText } from '../http.js';
import type { AdsCall } from './call.js';
import { sendAdsError } from './errors.js';

export const managerAccountsMediaType = 'application/vnd.getmanageraccountsresponse.v1+json';

export function listProfiles(call: AdsCall): void {
  const { url } = call;
  let profiles = call.context.account.profiles;
  const types = url.searchParams.get('profileTypeFilter');
  if (types) {
    const wanted = types.split(',').map((type) => type.trim().toLowerCase());
    profiles = profiles.filter((profile) => wanted.includes(profile.accountInfo.type));
  }
  const payment = url.searchParams.get('validPaymentMethodFilter');
  if (payment === 'true' || payment === 'false') {
    profiles = profiles.filter((profile) => (profile.accountInfo.validPaymentMethod === true) === (payment === 'true'));
  }
  sendProfiles(call, profiles);
}

/** Profiles as the API writes them: each profileId a JSON number with every digit (above 2^53 too). */
function sendProfiles(call: AdsCall, body: unknown): void {
  sendText(call.response, 200, JSON.stringify(body).replace(/"profileId":"(\d+)"/g, '"profileId":$1'), 'application/json');
}

export function getProfile(call: AdsCall): void {
  const profile = call.context.account.profileForScope(call.params.profileId);
  if (!profile) {
    sendAdsError(call.response, 'v2', 404, 'NOT_FOUND', `Profile ${call.params.profileId} was not found for this login`);
    return;
  }
  sendProfiles(call, profile);
}

export function listManagerAccounts(call: AdsCall): void {
  const { account } = call.context;
  const managerAccounts =
    account.profiles.length === 0
      ? []
      : [
          {
            managerAccountId: account.managerAccountId,
            managerAccountName: 'Emulator Manager Account',
            linkedAccounts: account.profiles.map((profile) => ({
              accountId: profile.accountInfo.id,
              accountName: profile.accountInfo.name,
              accountType: profile.accountInfo.type === 'vendor' ? 'VENDOR' : 'SELLER',
              marketplaceId: profile.accountInfo.marketplaceStringId,
              profileId: String(profile.profileId),
            })),
          },
        ];
  sendJson(call.response, 200, { managerAccounts }, managerAccountsMediaType);
}
