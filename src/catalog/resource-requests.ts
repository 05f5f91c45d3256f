/**
 * Requests that follow one resource convention, as Sponsored Products v3, Sponsored Brands, Sponsored Display
 * and Sponsored TV do: for a resource at `{{api_url}}/sp/keywords` with media type `spKeyword`,
 * create = POST, update = PUT, delete = POST `…/delete`, list = POST `…/list`; each is scoped to the profile
 * and sends (and accepts) the resource's media type. The shared fields and the documentation link are set
 * here once; a request declares only what is its own (name, the example of its raw body, description,
 * examples, scripts, extra headers, query).
 */
import type { HttpMethod, Json, RequestSpec } from './types.js';
import type { MediaTypeKey } from './media-types.js';

type Shared = 'kind' | 'method' | 'url' | 'headers' | 'accept' | 'contentType' | 'docs' | 'body';

/** What a request of a resource declares itself; its body, when it has one, is raw in the resource's media type. */
export type OwnFields = (RequestSpec extends infer R ? (R extends unknown ? Omit<R, Shared> : never) : never) & { example?: Json | string };

export interface Resource {
  /** The resource's URL, e.g. `{{api_url}}/sp/keywords`. */
  url: `{{api_url}}/${string}`;
  /** Sent as Accept; omitted for resources that answer plain JSON. */
  accept?: MediaTypeKey;
  contentType: MediaTypeKey;
  docs: string;
}

export function resourceRequests(resource: Resource) {
  const at =
    (method: HttpMethod, suffix = '') =>
    ({ example, ...own }: OwnFields): RequestSpec =>
      ({
        kind: 'request',
        method,
        url: `${resource.url}${suffix}`,
        headers: 'profile',
        ...(resource.accept ? { accept: resource.accept } : {}),
        contentType: resource.contentType,
        docs: resource.docs,
        ...(example === undefined ? {} : { body: { mode: 'raw', example } }),
        ...own,
      }) as RequestSpec;
  return { create: at('POST'), update: at('PUT'), delete: at('POST', '/delete'), list: at('POST', '/list') };
}
