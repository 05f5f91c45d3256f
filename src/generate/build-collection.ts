/**
 * The catalog -> a Postman Collection v2.1.0 document, built with the postman-collection SDK.
 * Output is deterministic: ids derive from names, keys come out in a fixed order (orderKeys.ts).
 */
import sdk from 'postman-collection';
import type { CollectionInfo } from '../catalog/index.js';
import type { FolderSpec } from '../catalog/types.js';
import { markdown } from './describe.js';
import { orderKeys } from './order-keys.js';
import { embedScripts } from './embed-scripts.js';
import { readScriptSource, type ScriptSourceLoader } from '../scripts/assemble.js';
import { stableId } from './stable-id.js';
import { collectionAuth } from './to-postman-auth.js';
import { toPostmanItemGroup } from './to-postman-item-group.js';

const { Collection } = sdk;

export const collectionSchemaUrl = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';

export function toPostmanCollection(folders: FolderSpec[], info: CollectionInfo, load: ScriptSourceLoader = readScriptSource): InstanceType<typeof Collection> {
  const collection = new Collection({ info: { id: stableId('collection', info.name), name: info.name } } as ConstructorParameters<typeof Collection>[0]);
  collection.describe(info.description, markdown);
  collection.auth = collectionAuth();
  for (const folder of folders) collection.items.add(toPostmanItemGroup(folder, [], load));
  for (const event of embedScripts(info.scripts, [], load)) collection.events.add(event);
  return collection;
}

export interface CollectionDocument {
  info: { _postman_id: string; name: string; schema: string; description?: unknown };
  auth: unknown;
  item: unknown[];
  event: unknown[];
  variable: unknown[];
}

/** The collection as plain JSON, keys in `postmanKeyOrder` (info first). */
export function buildCollection(folders: FolderSpec[], info: CollectionInfo, load: ScriptSourceLoader = readScriptSource): CollectionDocument {
  const json = toPostmanCollection(folders, info, load).toJSON() as unknown as CollectionDocument;
  if (json.info.schema !== collectionSchemaUrl) {
    throw new Error(`postman-collection wrote schema ${json.info.schema}, expected ${collectionSchemaUrl}`);
  }
  return orderKeys(json);
}
