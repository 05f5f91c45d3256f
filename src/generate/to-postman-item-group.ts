/** One catalog folder -> one postman-collection `ItemGroup`, its subfolders and requests in catalog order. */
import sdk, { type Item, type ItemGroup as PostmanItemGroup } from 'postman-collection';
import type { FolderSpec } from '../catalog/types.js';
import { describe, markdown } from './describe.js';
import { embedScripts } from './embed-scripts.js';
import { readScriptSource, type ScriptSourceLoader } from '../scripts/assemble.js';
import { stableId } from './stable-id.js';
import { toPostmanRequest } from './to-postman-request.js';

const { ItemGroup } = sdk;

export function toPostmanItemGroup(spec: FolderSpec, parentPath: string[] = [], load: ScriptSourceLoader = readScriptSource): PostmanItemGroup<Item> {
  const path = [...parentPath, spec.name];
  const group = new ItemGroup<Item>({ id: stableId('folder', ...path), name: spec.name } as ConstructorParameters<typeof ItemGroup>[0]);
  group.describe(describe(spec.description, spec.docs), markdown);
  for (const child of spec.items) {
    group.items.add(child.kind === 'folder' ? toPostmanItemGroup(child, path, load) : toPostmanRequest(child, path, load));
  }
  for (const event of embedScripts(spec.scripts, path, load)) group.events.add(event);
  return group;
}
