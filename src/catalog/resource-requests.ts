/**
 * Requests that follow one resource convention, as Sponsored Products v3, Sponsored Brands, Sponsored Display
 * and Sponsored TV do: for a resource at `{{api_url}}/sp/keywords` with media type `spKeyword`,
 * create = POST, update = PUT, delete = POST `…/delete`, list = POST `…/list`; each is scoped to the profile
 * and sends (and accepts) the resource's media type. The shared fields and the documentation link are set
 * here once; a request declares only what is its own (name, the example of its raw body, description,
 * examples, scripts, extra headers, query).
 *
 * A resource that also states its list key and id (`listKey`, `id`: the Sponsored Products v3 way of
 * wrapping entities in `{ <listKey>: [...] }` and naming the id `<id>` in delete filters) gets more derived,
 * each still overridden by an explicit `example` or `scripts`: the create body from one `entity`, the
 * delete body `{ <id>Filter: { include: ['{{<id>}}'] } }`, the update body from the `changes` of one entity,
 * and a create / list that stores the first id in `{{<id>}}` (store-ids), unless it says `storesId: false`.
 *
 * A request's description is its own words; the closing sentences follow from its data and are added here:
 * the convention's sentence for the operation, the variables it reads and the id it stores
 * (src/catalog/closing-sentences.ts).
 */
import type { Header, HttpMethod, Json, RequestSpec, Scripts } from './types.js';
import type { MediaTypeKey } from './media-types.js';
import type { VariableName } from './variables.js';
import { updateSentence, withClosingSentences } from './closing-sentences.js';

type Shared = 'kind' | 'method' | 'url' | 'headers' | 'accept' | 'contentType' | 'docs' | 'body';

/** What a request of a resource declares itself; its body, when it has one, is raw in the resource's media type. */
export type OwnFields = (RequestSpec extends infer R ? (R extends unknown ? Omit<R, Shared> : never) : never) & { example?: Json | string };

/** A create or list request; `storesId: false` when it does not store the first id of the answer. */
export type StoringFields = OwnFields & { storesId?: boolean };

/** A create request; `entity` is the one entity it creates, when the body is derived. */
export type CreateFields = StoringFields & { entity?: { [field: string]: Json } };

/** An update request; `changes` are the fields sent for the entity in `{{<id>}}`, when the body is derived. */
export type UpdateFields = OwnFields & { changes?: { [field: string]: Json } };

export interface Resource {
  /** The resource's URL, e.g. `{{api_url}}/sp/keywords`. */
  url: `{{api_url}}/${string}`;
  /** Sent as Accept; omitted for resources that answer plain JSON. */
  accept?: MediaTypeKey;
  contentType: MediaTypeKey;
  docs: string;
  /** Headers every request of the resource sends beyond its header set (a request's own `extraHeaders` replace them). */
  extraHeaders?: Header[];
  /** Key of the entity list in bodies and answers, e.g. `negativeKeywords`; with `id`, bodies and store-ids follow. */
  listKey?: string;
  /** The id's name in delete filters (`<id>Filter`), and the variable that holds it, e.g. `negativeKeywordId`. */
  id?: VariableName;
  /** The id's key inside an entity (update items, list answers) when it is not `id`, e.g. `keywordId`. */
  idInEntity?: string;
  /** The id's key in the success entries of a create answer when it is not `id`, e.g. `targetId`. */
  idInCreated?: string;
}

/** The ids a resource states, with the keys that default to its id name filled in. */
interface Ids {
  listKey: string;
  id: VariableName;
  inEntity: string;
  inCreated: string;
}

/** The ids `resource` states, or undefined when it states no list key and id (nothing is derived then). */
function idsOf(resource: Resource): Ids | undefined {
  const { listKey, id } = resource;
  if (listKey === undefined || id === undefined) return undefined;
  return { listKey, id, inEntity: resource.idInEntity ?? id, inCreated: resource.idInCreated ?? id };
}

/** The delete body that names the entity in `{{<id>}}`: `{ <id>Filter: { include: ['{{<id>}}'] } }`. */
export function idFilterBody(id: VariableName): Json {
  return { [`${id}Filter`]: { include: [`{{${id}}}`] } };
}

/** The create body of one entity: `{ <listKey>: [entity] }`. */
function createBody(ids: Ids, entity: { [field: string]: Json }): Json {
  return { [ids.listKey]: [entity] };
}

/** The update body that changes `changes` of the entity in `{{<id>}}`: `{ <listKey>: [{ <id in entity>: '{{<id>}}', ...changes }] }`. */
function updateBody(ids: Ids, changes: { [field: string]: Json }): Json {
  return { [ids.listKey]: [{ [ids.inEntity]: `{{${ids.id}}}`, ...changes }] };
}

/** The test script that keeps the id found at `from` in `{{<id>}}` for later requests. */
function storesIdScripts(id: VariableName, from: string): Scripts {
  return { test: [{ name: 'store-ids', params: { variable: id, from } }] };
}

/** The write convention's sentences: how a create answers (by its body's form), what an update, a delete and a list do. */
const conventionSentences = {
  createArray: 'Send one object per entity; the answer has one result per item, in order.',
  createList: 'Several items can go in one call; the answer reports success or an error per item, by index.',
  update: updateSentence,
  delete: 'Deleting archives the entities named in the id filter; this cannot be undone.',
  list: 'Filters go in the body; a `nextToken` in the answer means more pages follow.',
};

type Operation = 'create' | 'update' | 'delete' | 'list';

/** A body of entities under one key, `{ <listKey>: [...] }`. */
const isWrappedList = (body: Json | string | undefined): boolean =>
  typeof body === 'object' && body !== null && !Array.isArray(body) && Object.keys(body).length === 1 && Array.isArray(Object.values(body)[0]);

/** The sentence of `operation`'s convention; a create's depends on its body: an array, or a list under one key (none for one object). */
function conventionSentence(operation: Operation, body: Json | string | undefined): string {
  if (operation !== 'create') return conventionSentences[operation];
  if (Array.isArray(body)) return conventionSentences.createArray;
  return isWrappedList(body) ? conventionSentences.createList : '';
}

export function resourceRequests(resource: Resource) {
  const ids = idsOf(resource);
  const at =
    (operation: Operation, method: HttpMethod, suffix = '') =>
    ({ example, ...own }: OwnFields): RequestSpec => {
      const spec = {
        kind: 'request',
        method,
        url: `${resource.url}${suffix}`,
        headers: 'profile',
        ...(resource.accept ? { accept: resource.accept } : {}),
        contentType: resource.contentType,
        docs: resource.docs,
        ...(resource.extraHeaders ? { extraHeaders: resource.extraHeaders } : {}),
        ...(example === undefined ? {} : { body: { mode: 'raw', example } }),
        ...own,
      } as RequestSpec;
      return withClosingSentences(spec, conventionSentence(operation, example));
    };
  /** `request` storing the first id found at `from` in the answer, when the resource states its ids and the request does not opt out. */
  const storing =
    (request: (own: OwnFields) => RequestSpec, from: (ids: Ids) => string) =>
    ({ storesId = true, ...own }: StoringFields): RequestSpec =>
      request(ids && storesId ? { scripts: storesIdScripts(ids.id, from(ids)), ...own } : own);
  /** The ids, or a clear error naming the request that derives a body from them without them. */
  const idsFor = (name: string, field: string): Ids => {
    if (!ids) throw new Error(`${name}: \`${field}\` needs the resource's listKey and id (${resource.url})`);
    return ids;
  };
  const create = storing(at('create', 'POST'), (ids) => `${ids.listKey}.success[0].${ids.inCreated}`);
  const update = at('update', 'PUT');
  const remove = at('delete', 'POST', '/delete');
  return {
    create: ({ entity, ...own }: CreateFields) =>
      create(entity === undefined ? own : { example: createBody(idsFor(own.name, 'entity'), entity), ...own }),
    update: ({ changes, ...own }: UpdateFields) =>
      update(changes === undefined ? own : { example: updateBody(idsFor(own.name, 'changes'), changes), ...own }),
    delete: (own: OwnFields) => remove(ids ? { example: idFilterBody(ids.id), ...own } : own),
    list: storing(at('list', 'POST', '/list'), (ids) => `${ids.listKey}[0].${ids.inEntity}`),
  };
}

/** Also for families whose answers keep the id elsewhere, e.g. Sponsored Display's `[0].<id>`. */
export { storesIdScripts };
