/**
 * One catalog request -> one postman-collection `Item` (the request, its description, its scripts and
 * its saved example responses). `folderPath` is the names of the folders above it; with the request
 * name it seeds the stable ids. The bearer token is not a header here: it comes from the collection's
 * auth (to-postman-auth.ts); requests without Ads headers say `noauth`.
 */
import sdk from 'postman-collection';
import type { RequestSpec } from '../catalog/types.js';
import { describe, markdown } from './describe.js';
import { embedScripts } from './embed-scripts.js';
import { readScriptSource, type ScriptSourceLoader } from '../scripts/assemble.js';
import { expandHeaders } from './expand-headers.js';
import { stableId } from './stable-id.js';
import { requestAuth } from './to-postman-auth.js';
import { toPostmanBody } from './to-postman-body.js';
import { toPostmanResponse } from './to-postman-response.js';
import { toPostmanUrl, withoutUndefined } from './to-postman-url.js';

const { Item, Request, Header } = sdk;

export function toPostmanRequest(spec: RequestSpec, folderPath: string[], load: ScriptSourceLoader = readScriptSource): InstanceType<typeof Item> {
  const path = [...folderPath, spec.name];
  const request = new Request({ method: spec.method, url: '' });
  request.url = toPostmanUrl(spec);
  for (const header of expandHeaders(spec)) request.headers.add(new Header(withoutUndefined({ ...header })));
  if (spec.body) request.body = toPostmanBody(spec.body);
  const auth = requestAuth(spec.headers);
  if (auth) request.auth = auth;
  request.describe(describe(spec.description, spec.docs), markdown);

  const item = new Item({ id: stableId('item', ...path), name: spec.name });
  item.request = request;
  for (const event of embedScripts(spec.scripts, path, load)) item.events.add(event);
  // append, not add: add would rebuild the response as a plain SDK Response and lose its JSON fixes
  for (const example of spec.examples ?? []) item.responses.append(toPostmanResponse(example, spec, request, path));
  return item;
}
