/**
 * Amazon Marketing Cloud requests act for an AMC account, not a profile: the `account` header set, then
 * the AMC headers of their folder (account + marketplace, or entity + instance), then their own extra
 * headers, and the folder's documentation link. A request declares only what is its own.
 *
 * The closing sentences of an AMC request's description follow from its data, so a request writes only
 * what it does: what an update (PUT) or a delete (DELETE) changes, the variables it reads (`amcUsesSentence`)
 * and the id it stores (`storesId`, which also adds the store-ids script).
 */
import type { Header, HttpMethod, RequestSpec } from '../types.js';
import type { VariableName } from '../variables.js';

type Shared = 'kind' | 'headers' | 'docs';

/** An id a request stores from its answer: the variable, and where in the answer it is (store-ids `from`). */
export interface StoredId {
  variable: VariableName;
  from: string;
}

/** What an AMC request declares itself. */
export type AmcOwnFields = (RequestSpec extends infer R ? (R extends unknown ? Omit<R, Shared> : never) : never) & {
  storesId?: StoredId;
};

/** The sentence a request of this method ends with, after its own words. */
const methodSentence: Partial<Record<HttpMethod, string>> = {
  PUT: 'Only the fields sent change; each item names the entity by id.',
  DELETE: 'Archives or removes the entity named in the URL; this cannot be undone.',
};

/**
 * "Uses {{a}}, {{b}} (…)." naming the variables a request reads from its raw body, then its URL (besides
 * {{api_url}}), each once; empty when it reads none. Path-variable values are not counted.
 */
function amcUsesSentence(spec: Pick<RequestSpec, 'url' | 'body'>): string {
  const body = spec.body?.mode === 'raw' ? JSON.stringify(spec.body.example) : '';
  const names = [...`${body} ${spec.url}`.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]);
  const read = [...new Set(names)].filter((name) => name !== 'api_url');
  return read.length === 0 ? '' : `Uses ${read.map((name) => `{{${name}}}`).join(', ')} (set in the environment or stored by an earlier request).`;
}

/** "Stores {{id}} …." for a request that stores one id from its answer. */
function storesSentence(id: StoredId): string {
  return `Stores {{${id.variable}}} from the answer for later requests; an empty answer leaves it unset instead of failing.`;
}

/** The request builder of one AMC folder: its AMC headers and documentation link, and the derived closing sentences. */
export function amcRequests(amcHeaders: readonly Header[], docs: string): (own: AmcOwnFields) => RequestSpec {
  return ({ storesId, ...own }) => {
    const closing = [methodSentence[own.method], amcUsesSentence(own), storesId && storesSentence(storesId)];
    const storeIds = storesId ? [{ name: 'store-ids' as const, params: { variable: storesId.variable, from: storesId.from } }] : [];
    return {
      kind: 'request',
      headers: 'account',
      docs,
      ...own,
      description: [own.description, ...closing].filter(Boolean).join(' '),
      ...(storesId ? { scripts: { ...own.scripts, test: [...(own.scripts?.test ?? []), ...storeIds] } } : {}),
      extraHeaders: [...amcHeaders, ...(own.extraHeaders ?? [])],
    } as RequestSpec;
  };
}
