/**
 * Amazon Marketing Cloud requests act for an AMC account, not a profile: the `account` header set, then
 * the AMC headers of their folder (account + marketplace, or entity + instance), then their own extra
 * headers, and the folder's documentation link. A request declares only what is its own.
 */
import type { Header, RequestSpec } from '../types.js';

type Shared = 'kind' | 'headers' | 'docs';

/** What an AMC request declares itself. */
export type AmcOwnFields = RequestSpec extends infer R ? (R extends unknown ? Omit<R, Shared> : never) : never;

export function amcRequests(amcHeaders: readonly Header[], docs: string): (own: AmcOwnFields) => RequestSpec {
  return (own) =>
    ({
      kind: 'request',
      headers: 'account',
      docs,
      ...own,
      extraHeaders: [...amcHeaders, ...(own.extraHeaders ?? [])],
    }) as RequestSpec;
}
