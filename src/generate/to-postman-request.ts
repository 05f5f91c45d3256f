/**
 * One catalog request -> one postman-collection `Item` (the request, its description and its scripts).
 * `folderPath` is the names of the folders above it; with the request name it seeds the stable ids.
 */
import sdk from 'postman-collection';
import type { RequestSpec } from '../catalog/types.js';
import { describe, markdown } from './describe.js';
import { embedScripts, readScriptSource, type ScriptSourceLoader } from './embed-scripts.js';
import { expandHeaders } from './expand-headers.js';
import { stableId } from './stable-id.js';
import { toPostmanBody } from './to-postman-body.js';
import { toPostmanUrl, withoutUndefined } from './to-postman-url.js';

const { Item, Request, Header } = sdk;

export function toPostmanRequest(spec: RequestSpec, folderPath: string[], load: ScriptSourceLoader = readScriptSource): InstanceType<typeof Item> {
  const path = [...folderPath, spec.name];
  const request = new Request({ method: spec.method, url: '' });
  request.url = toPostmanUrl(spec);
  for (const header of expandHeaders(spec)) request.headers.add(new Header(withoutUndefined({ ...header })));
  if (spec.body) request.body = toPostmanBody(spec.body);
  request.describe(describe(spec.description, spec.docs), markdown);

  const item = new Item({ id: stableId('item', ...path), name: spec.name });
  item.request = request;
  for (const event of embedScripts(spec.scripts, path, load)) item.events.add(event);
  return item;
}
