/**
 * The one place header sets and media types become HTTP headers. A catalog request names a header set
 * ('none' | 'account' | 'profile') and media type keys; this turns them into the header list, in the
 * order: Ads headers, Accept, Content-Type, then the request's extra headers. The bearer token is no
 * header here: the collection's auth sends it (to-postman-auth.ts).
 */
import { mediaTypes } from '../catalog/media-types.js';
import type { Header, HeaderSet, RequestSpec } from '../catalog/types.js';

const accountHeaders: Header[] = [
  { key: 'Amazon-Advertising-API-ClientId', value: '{{client_id}}', description: 'Client ID of your Login with Amazon security profile.' },
];

const profileHeader: Header = {
  key: 'Amazon-Advertising-API-Scope',
  value: '{{profileId}}',
  description: 'Profile (advertiser in one marketplace) the call acts for; chosen by Accounts / Profiles.',
};

export const headerSets: Record<HeaderSet, readonly Header[]> = {
  none: [],
  account: accountHeaders,
  profile: [...accountHeaders, profileHeader],
};

export function expandHeaders(spec: Pick<RequestSpec, 'headers' | 'accept' | 'contentType' | 'extraHeaders'>): Header[] {
  const headers: Header[] = headerSets[spec.headers].map((header) => ({ ...header }));
  if (spec.accept) headers.push({ key: 'Accept', value: mediaTypes[spec.accept] });
  if (spec.contentType) headers.push({ key: 'Content-Type', value: mediaTypes[spec.contentType] });
  for (const header of spec.extraHeaders ?? []) headers.push({ ...header });
  return headers;
}
