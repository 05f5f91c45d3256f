/**
 * Amazon Marketing Cloud requests act for an AMC account, not a profile: the `account` header set, then
 * the AMC headers of their folder (account + marketplace, or entity + instance), then their own extra
 * headers, and the folder's documentation link. A request declares only what is its own.
 *
 * The closing sentences of an AMC request's description follow from its data, so a request writes only
 * what it does: what an update (PUT) or a delete (DELETE) changes, the variables it reads and the id it stores
 * (`storesId`, which also adds the store-ids script); see src/catalog/closing-sentences.ts.
 */
import type { Header, HttpMethod, RequestSpec } from '../types.js';
import type { VariableName } from '../variables.js';
import { updateSentence, withClosingSentences } from '../closing-sentences.js';
import { storesIdScripts } from '../resource-requests.js';

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
  PUT: updateSentence,
  DELETE: 'Archives or removes the entity named in the URL; this cannot be undone.',
};

/** The request builder of one AMC folder: its AMC headers and documentation link, and the derived closing sentences. */
export function amcRequests(amcHeaders: readonly Header[], docs: string): (own: AmcOwnFields) => RequestSpec {
  return ({ storesId, ...own }) => {
    const stored = storesId ? storesIdScripts(storesId.variable, storesId.from).test ?? [] : [];
    const spec = {
      kind: 'request',
      headers: 'account',
      docs,
      ...own,
      ...(storesId ? { scripts: { ...own.scripts, test: [...(own.scripts?.test ?? []), ...stored] } } : {}),
      extraHeaders: [...amcHeaders, ...(own.extraHeaders ?? [])],
    } as RequestSpec;
    return withClosingSentences(spec, methodSentence[own.method]);
  };
}
