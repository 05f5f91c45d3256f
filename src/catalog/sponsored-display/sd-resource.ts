/**
 * Sponsored Display resources: each lives at `{{api_url}}/sd/<path>` and speaks plain JSON; a create is a
 * POST of one object per entity (answered 207, one result per item), a list a GET of the same URL. The
 * family's documentation link, media type and saved answers are stated here once; a request declares
 * only what is its own (name, the fields it sends or its example body, description, query, other examples).
 */
import { asNumber } from '../number-variable.js';
import type { ExampleResponse, Json, QueryParam, RequestSpec } from '../types.js';
import type { MediaTypeKey } from '../media-types.js';
import { isVariableName, type VariableName } from '../variables.js';
import { withClosingSentences } from '../closing-sentences.js';
import { resourceRequests, storesIdScripts, type OwnFields } from '../resource-requests.js';
import { sdAnswers } from './examples.js';

/** The Sponsored Display reference, linked from every folder and request of the family. */
export const sdDocs = 'https://advertising.amazon.com/API/docs/en-us/sponsored-display/3-0/openapi';

/**
 * What a Sponsored Display resource states. With `storesId`, create and list store the first id of the
 * answer (`[0].<idKey>`) in the variable named like the id field, e.g. {{campaignId}}.
 */
export type SdResource = {
  /** The path under `{{api_url}}/sd/`, e.g. `campaigns`. */
  path: string;
  /** What the saved answers call one entity, e.g. `campaign`. */
  noun: string;
  /** The entity the saved answers show. */
  entity: { [key: string]: Json };
} & ({ idKey: VariableName; storesId: true } | { idKey: string; storesId: false });

/** What a list request declares itself: it has no body, and answers the resource's saved list unless told. */
export interface SdListOwnFields {
  name: string;
  description: string;
  accept?: MediaTypeKey;
  query?: QueryParam[];
  examples?: ExampleResponse[];
}

/** A create request; `sends` lists the fields of the saved entity it sends, in order, when its body is derived. */
export type SdCreateFields = OwnFields & { sends?: string[] };

/**
 * The entity as a create sends it: the `fields` of the resource's saved entity, in that order, each id of another
 * entity (a field named like a variable, e.g. `campaignId`) as its {{variable}}, a bare number as the Sponsored Display
 * spec types ids (int64), where the saved one shows the example id.
 */
export function sentEntity(resource: SdResource, fields: string[]): { [key: string]: Json } {
  return Object.fromEntries(
    fields.map((field) => {
      if (!(field in resource.entity)) {
        throw new Error(`Sponsored Display ${resource.path}: a create sends "${field}", which the saved ${resource.noun} lacks - add it to the entity in sponsored-display/examples.ts`);
      }
      return [field, field !== resource.idKey && isVariableName(field) ? asNumber(field) : resource.entity[field]];
    }),
  );
}

/** The create, update and list requests of one Sponsored Display resource, and its saved answers. */
export function sdResourceRequests(resource: SdResource) {
  const url = `{{api_url}}/sd/${resource.path}` as const;
  const answers = sdAnswers(resource.noun, resource.idKey, resource.entity);
  const writes = resourceRequests({ url, contentType: 'json', docs: sdDocs });
  const stored = resource.storesId ? { scripts: storesIdScripts(resource.idKey, `[0].${resource.idKey}`) } : {};
  return {
    answers,
    create: ({ sends, ...own }: SdCreateFields): RequestSpec =>
      writes.create({ ...stored, examples: answers.created, ...(sends ? { example: [sentEntity(resource, sends)] } : {}), ...own }),
    update: writes.update,
    list: (own: SdListOwnFields): RequestSpec => {
      return withClosingSentences<RequestSpec>({ kind: 'request', method: 'GET', url, headers: 'profile', docs: sdDocs, ...stored, examples: answers.listed, ...own });
    },
  };
}
