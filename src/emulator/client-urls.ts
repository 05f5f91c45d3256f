/**
 * The three URLs a client points at an emulator (the environment's `api_url`, `token_url` and
 * `auth_grant_url`): the emulator serves the Ads API, the token endpoint and the consent page on one
 * origin.
 */
export interface ClientUrls {
  api_url: string;
  token_url: string;
  auth_grant_url: string;
}

export function clientUrlsOf(origin: string): ClientUrls {
  return { api_url: origin, token_url: `${origin}/auth/o2/token`, auth_grant_url: `${origin}/ap/oa` };
}
