/**
 * Everything `npm run build` writes, as (relative path, content) pairs: the collection and one
 * environment per region. Pure: nothing touches the disk here.
 */
import { catalog, collectionInfo } from '../catalog/index.js';
import { regionIds } from '../core/regions.js';
import { buildCollection } from './build-collection.js';
import { buildEnvironment } from './build-environment.js';
import { serializeJson } from './serialize-json.js';
import { collectionPath, environmentPath } from '../config/paths.js';

export { collectionPath, environmentPath };

export interface GeneratedFile {
  path: string;
  content: string;
}

export function generatedFiles(): GeneratedFile[] {
  return [
    { path: collectionPath, content: serializeJson(buildCollection(catalog, collectionInfo)) },
    ...regionIds.map((region) => ({ path: environmentPath(region), content: serializeJson(buildEnvironment(region)) })),
  ];
}
