/**
 * One factory for the Unified API's resources. Every /adsApi/v1 call is one of a few operations on a
 * resource (create / query / update / delete / retrieve by POST, list by GET), with the same body and
 * answer shapes throughout; a resource module states its facts once (path, id field, one sample
 * entity, filters, account context) and `resourceFolders` writes their requests, bodies, descriptions
 * and saved examples.
 */
import { throttled, unauthorized, unifiedMultiStatus, unifiedQueryPage } from '../examples.js';
import { folder, request, type ExampleResponse, type FolderSpec, type Json, type QueryParam, type RequestSpec, type ScriptRef } from '../types.js';
import { contextHeaders, type AccountContext } from './headers.js';

export type Verb = 'create' | 'query' | 'update' | 'delete' | 'retrieve' | 'list';

export interface Operation {
  verb: Verb;
  /** Request name; default `<Verb> <plural>`, e.g. "Query campaigns". */
  name?: string;
  /** Request body instead of the one built from the resource's facts. */
  body?: Json;
  /** Account context when this operation differs from the resource's. */
  context?: AccountContext;
  /** Extra query parameters of a GET list (maxResults / nextToken are always there). */
  query?: QueryParam[];
  /** A sentence that replaces the verb's standard explanation. */
  summary?: string;
  scripts?: { test?: ScriptRef[]; prerequest?: ScriptRef[] };
}

export interface UnifiedResource {
  /** Folder name, e.g. "Campaigns" or "Advertising deals (DSP)". */
  folder: string;
  /** Path after the verb, e.g. `campaigns` or `advertisingDeals/dsp`. */
  path: string;
  /** Plural noun for names and descriptions; default: the folder name without "(...)", e.g. "ad groups". */
  plural?: string;
  /** One or two sentences on what the resource is, in our words. */
  about: string;
  context: AccountContext;
  /** The official collection sends a (disabled) Amazon-Ads-Manager-AccountId header. */
  managerAccount?: boolean;
  /** JSON key of the entity list in bodies and answers; default: the path's first segment (`campaigns`). */
  listKey?: string;
  /** Key of one entity in a 207 success entry; default: listKey in the singular (`campaign`). */
  entityKey?: string;
  /** Id field; default entityKey + `Id` (`campaignId`); its plural (`campaignIds`) names ids in delete / retrieve bodies. */
  idKey?: string;
  /** The id used in bodies and examples (a {{variable}} or a made-up id). */
  sampleId: string;
  /** One new entity as sent by create; default: the entity that is only its id, `{ <idKey>: sampleId }`. */
  entity?: Json;
  /** Fields the server adds to a stored entity, in answers only: timestamps (`storedTimes`), a status. */
  stored?: Json;
  /** The entity as answers show it, where that is not the sent entity plus its id and `stored` (a result computed from the request). */
  answer?: Json;
  /** Fields an update changes (the id is added). */
  change?: Json;
  /** Query body: filters, and maxResults where the resource pages. */
  filter?: Json;
  operations: Array<Verb | Operation>;
}

export interface ResourceOptions {
  beta: boolean;
  docs: string;
}

const verbWords: Record<Verb, string> = {
  create: 'Create',
  query: 'Query',
  update: 'Update',
  delete: 'Delete',
  retrieve: 'Retrieve',
  list: 'List',
};

const apiPath = '{{api_url}}/adsApi/v1';

/** A resource with every default filled in. */
type Resource = UnifiedResource & Required<Pick<UnifiedResource, 'plural' | 'listKey' | 'entityKey' | 'idKey' | 'entity'>>;

/**
 * The ad products whose resources carry the product in both names: the folder ends in its name and the
 * path in its short name (`labels/dsp` is "Labels (DSP)"); their resources act in the product's context.
 */
const adProducts = {
  sb: { name: 'Sponsored Brands', context: 'account-profile' },
  dsp: { name: 'DSP', context: 'account' },
} as const satisfies Record<string, { name: string; context: AccountContext }>;

export type AdProduct = keyof typeof adProducts;

/** A resource of one ad product as its table states it: folder and path without the product, context only where it differs. */
export type AdProductResource = Omit<UnifiedResource, 'context'> & { context?: AccountContext };

/** `resources` of `product` with the product added to folder and path ("Labels" at `labels` -> "Labels (DSP)" at `labels/dsp`) and its context as default. */
export function ofAdProduct(product: AdProduct, resources: AdProductResource[]): UnifiedResource[] {
  const { name, context } = adProducts[product];
  return resources.map((r) => ({ context, ...r, folder: `${r.folder} (${name})`, path: `${r.path}/${product}` }));
}

/** `campaigns` -> `campaign`, `adGroupEligibilities` -> `adGroupEligibility`, `accesses` -> `access`, `indexes` -> `index`. */
export function singular(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses') || word.endsWith('xes')) return word.slice(0, -2);
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

function withDefaults(r: UnifiedResource): Resource {
  const listKey = r.listKey ?? r.path.split('/')[0];
  const entityKey = r.entityKey ?? singular(listKey);
  const name = r.folder.replace(/\s*\(.*\)$/, '');
  const idKey = r.idKey ?? `${entityKey}Id`;
  return { ...r, listKey, entityKey, idKey, entity: r.entity ?? { [idKey]: r.sampleId }, plural: r.plural ?? name.charAt(0).toLowerCase() + name.slice(1) };
}

function explain(verb: Verb, r: Resource): string {
  switch (verb) {
    case 'create':
      return `Sends new ${r.plural} as a list under \`${r.listKey}\`; the 207 answer reports each item by its index, with the stored entity under \`success\` or the reasons under \`error\`.`;
    case 'query':
      return `Finds the ${r.plural} matching the filters in the body (leave one out to match everything), at most \`maxResults\` per page; while more remain the answer carries a \`nextToken\` to send back for the next page.`;
    case 'update':
      return `Changes ${r.plural} picked by \`${r.idKey}\`; fields left out keep their value. Each item is answered by its index under \`success\` or \`error\` (207).`;
    case 'delete':
      return `Removes the ${r.plural} whose ids are listed under \`${r.idKey}s\`, answering 207 with one entry per id.`;
    case 'retrieve':
      return `Reads ${r.plural} by id (\`${r.idKey}s\`), up to the limit the API sets per call.`;
    case 'list':
      return `Lists ${r.plural} page by page: \`maxResults\` sets the page size and \`nextToken\` (from the previous answer) the page.`;
  }
}

const contextWords: Record<AccountContext, string> = {
  account: 'Acts for the advertiser account in `accountId` (Amazon-Ads-AccountId).',
  'account-profile': 'Acts for the advertiser account in `accountId` and the profile in `profileId` (Amazon-Advertising-API-Scope).',
  profile: 'Acts for the profile in `profileId` (Amazon-Advertising-API-Scope).',
  client: 'Needs no account context: it works on what the signed-in login can reach.',
};

function withId(r: Resource, fields: Json | undefined): Json {
  return { [r.idKey]: r.sampleId, ...((fields ?? {}) as Record<string, Json>) };
}

function bodyFor(verb: Verb, r: Resource): Json | undefined {
  switch (verb) {
    case 'create':
      return { [r.listKey]: [r.entity] };
    case 'query':
      return r.filter ?? {};
    case 'update':
      return { [r.listKey]: [withId(r, r.change)] };
    case 'delete':
    case 'retrieve':
      return { [`${r.idKey}s`]: [r.sampleId] };
    case 'list':
      return undefined;
  }
}

/** When the sample entities were created and last changed, as answers report them. */
export const storedTimes = { creationDateTime: '2030-02-20T09:30:00Z', lastUpdatedDateTime: '2030-02-21T14:05:00Z' };

function examplesFor(verb: Verb, r: Resource): ExampleResponse[] {
  const added = (r.stored ?? {}) as Record<string, Json>;
  const stored = r.answer ?? withId(r, { ...(r.entity as object), ...added } as Json);
  switch (verb) {
    case 'create':
      return [unifiedMultiStatus(`207 Multi-Status: the ${r.plural} created`, r.entityKey, [stored])];
    case 'update':
      return [unifiedMultiStatus(`207 Multi-Status: the ${r.plural} changed`, r.entityKey, [withId(r, { ...(stored as object), ...((r.change ?? {}) as object) } as Json)])];
    case 'delete':
      return [unifiedMultiStatus(`207 Multi-Status: the ${r.plural} deleted`, r.entityKey, [stored])];
    case 'query':
    case 'list':
      return [unifiedQueryPage(`200 OK: one page, more to come`, r.listKey, [stored], 'EXAMPLE-NEXT-TOKEN-2'), throttled('unified')];
    case 'retrieve':
      return [unifiedMultiStatus(`207 Multi-Status: the ${r.plural} asked for`, r.entityKey, [stored]), unauthorized('unified')];
  }
}

function pagingQuery(extra: QueryParam[] = []): QueryParam[] {
  return [
    ...extra,
    { key: 'maxResults', value: '100', description: 'Largest page to answer.' },
    { key: 'nextToken', value: '', description: 'nextToken of the previous page; leave off for the first page.', disabled: true },
  ];
}

/** One request of a resource. */
function operationRequest(r: Resource, spec: Verb | Operation, options: ResourceOptions): RequestSpec {
  const op: Operation = typeof spec === 'string' ? { verb: spec } : spec;
  const { verb } = op;
  const { headers, extraHeaders } = contextHeaders(op.context ?? r.context, r.managerAccount === true);
  const description = [
    ...(options.beta ? ['**Beta:** this resource may still change.', ''] : []),
    op.summary ?? explain(verb, r),
    r.about,
    contextWords[op.context ?? r.context],
  ].join('\n');
  const common = {
    name: op.name ?? `${verbWords[verb]} ${r.plural}`,
    headers,
    accept: 'json' as const,
    extraHeaders,
    description,
    docs: options.docs,
    examples: examplesFor(verb, r),
    ...(op.scripts ? { scripts: op.scripts } : {}),
  };
  if (verb === 'list') {
    return request({ ...common, method: 'GET', url: `${apiPath}/${r.path}`, query: pagingQuery(op.query) });
  }
  const body = op.body ?? bodyFor(verb, r) ?? {};
  return request({
    ...common,
    method: 'POST',
    url: `${apiPath}/${verb}/${r.path}`,
    contentType: 'json',
    body: { mode: 'raw', example: body },
  });
}

/** The resource's folder with one request per operation. */
function resourceFolder(resource: UnifiedResource, options: ResourceOptions): FolderSpec {
  const r = withDefaults(resource);
  return folder(
    r.folder,
    [`${options.beta ? '**Beta.** ' : ''}${r.about}`, '', contextWords[r.context]].join('\n'),
    r.operations.map((op) => operationRequest(r, op, options)),
  );
}

/** One folder per resource, in the order of their folder names (a table may group its rows, e.g. by ad product). */
export function resourceFolders(resources: UnifiedResource[], options: ResourceOptions): FolderSpec[] {
  const byFolderName = (a: UnifiedResource, b: UnifiedResource) => (a.folder < b.folder ? -1 : a.folder > b.folder ? 1 : 0);
  return [...resources].sort(byFolderName).map((resource) => resourceFolder(resource, options));
}
