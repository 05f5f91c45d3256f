/**
 * Where the access token goes: bearer auth set once on the collection (`{{access_token}}`), inherited
 * by every request ("Inherit auth from parent" in Postman). Requests that must not carry a token (the
 * Login with Amazon calls, pre-signed upload or download URLs: header set `none`) say `noauth`.
 */
import sdk from 'postman-collection';
import type { HeaderSet } from '../catalog/types.js';

const { RequestAuth } = sdk;

/** The collection's auth: `Authorization: Bearer {{access_token}}` on every request that inherits it. */
export function collectionAuth(): InstanceType<typeof RequestAuth> {
  return new RequestAuth({ type: 'bearer', bearer: [{ key: 'token', value: '{{access_token}}', type: 'string' }] } as ConstructorParameters<typeof RequestAuth>[0]);
}

/** A request's own auth: `noauth` when its header set is `none`, else nothing (it inherits). */
export function requestAuth(headers: HeaderSet): InstanceType<typeof RequestAuth> | undefined {
  return headers === 'none' ? new RequestAuth({ type: 'noauth' } as ConstructorParameters<typeof RequestAuth>[0]) : undefined;
}
