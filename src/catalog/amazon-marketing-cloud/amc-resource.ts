/**
 * An AMC resource that follows AMC's REST convention (workflows, schedules, workflow executions, rule-based
 * audiences): at its URL, create = POST and list = GET; at `<url>/:<idParam>`, get = GET, update = PUT and
 * delete = DELETE. Create and update send a raw JSON body; the item is named by the `:<idParam>` path
 * variable, one sample value for all. A request declares only what is its own (name, body example,
 * description, query, accept, examples, storesId).
 */
import type { Json, RequestSpec } from '../types.js';
import type { AmcOwnFields } from './amc-requests.js';
import type { MediaTypeKey } from '../media-types.js';

type Shared = 'method' | 'url' | 'contentType' | 'body' | 'pathVariables';

/** What a request of an AMC resource declares itself. */
export type AmcResourceOwnFields = AmcOwnFields extends infer R ? (R extends unknown ? Omit<R, Shared> : never) : never;

/** A create or update: its own fields and the example of its JSON body. */
export type AmcResourceWrite = AmcResourceOwnFields & { example: Json };

export interface AmcResource {
  /** The collection's URL, e.g. `{{api_url}}/amc/reporting/{{instanceId}}/workflows`. */
  url: `{{api_url}}/amc/${string}`;
  /** The path variable naming one item, e.g. `workflowId`. */
  idParam: string;
  /** Its value in the collection: a sample id or a `{{variable}}`. */
  sampleId: string;
  /** The media type its create and update bodies are sent in (the resource's versioned type). */
  mediaType: MediaTypeKey;
}

/** The create / list / get / update / delete requests of one AMC resource, built by a folder's `amcRequests`. */
export function amcResource(amcRequest: (own: AmcOwnFields) => RequestSpec, resource: AmcResource) {
  const itemUrl = `${resource.url}/:${resource.idParam}`;
  const pathVariables = { [resource.idParam]: resource.sampleId };
  const json = (example: Json) => ({ contentType: resource.mediaType, body: { mode: 'raw', example } }) as const;
  const at = (method: RequestSpec['method'], url: string, own: object) => amcRequest({ method, url, ...own } as AmcOwnFields);
  return {
    create: ({ example, ...own }: AmcResourceWrite) => at('POST', resource.url, { ...json(example), ...own }),
    list: (own: AmcResourceOwnFields) => at('GET', resource.url, own),
    get: (own: AmcResourceOwnFields) => at('GET', itemUrl, { pathVariables, ...own }),
    update: ({ example, ...own }: AmcResourceWrite) => at('PUT', itemUrl, { pathVariables, ...json(example), ...own }),
    delete: (own: AmcResourceOwnFields) => at('DELETE', itemUrl, { pathVariables, ...own }),
  };
}
