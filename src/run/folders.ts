/**
 * What each `--folder` runs: the requests of the generated collection, by folder path and name.
 * The interactive grant requests of the Auth folder never run headless.
 */
import sdk from 'postman-collection';
import { UsageError } from '../errors.js';
import type { FolderId } from '../config/options.js';

export const folderRequests: Record<FolderId, { folder: string; requests: string[] }> = {
  auth: { folder: 'Auth', requests: ['Access token from refresh token'] },
  profiles: { folder: 'Accounts', requests: ['Profiles'] },
  campaigns: { folder: 'First call', requests: ['List SP campaigns', 'List SB campaigns', 'List SD campaigns'] },
  // "Report status" is also a request of "Sponsored ads V2": these names carry their sub folder
  reports: { folder: 'Reporting', requests: ['Sponsored ads V3 / Create report', 'Sponsored ads V3 / Report status'] },
};

type ItemOrGroup = sdk.Item | sdk.ItemGroup<sdk.Item>;

function childrenOf(group: sdk.ItemGroup<sdk.Item> | sdk.Collection): ItemOrGroup[] {
  return group.items.all() as ItemOrGroup[];
}

/** The request `name` anywhere under `group`; "Sub folder / Request" looks in that sub folder only. */
function findRequest(group: sdk.ItemGroup<sdk.Item>, name: string): sdk.Item | undefined {
  const [subFolder, ...rest] = name.split(' / ');
  if (rest.length > 0) {
    const sub = childrenOf(group).find((child) => sdk.ItemGroup.isItemGroup(child) && child.name === subFolder);
    return sub ? findRequest(sub as sdk.ItemGroup<sdk.Item>, rest.join(' / ')) : undefined;
  }
  for (const child of childrenOf(group)) {
    if (sdk.ItemGroup.isItemGroup(child)) {
      const found = findRequest(child as sdk.ItemGroup<sdk.Item>, name);
      if (found) return found;
    } else if (child.name === name) {
      return child as sdk.Item;
    }
  }
  return undefined;
}

/** The ids of the requests to run, in run order. */
export function requestIdsFor(collection: sdk.Collection, folders: FolderId[], collectionPath: string): string[] {
  return folders.flatMap((folderId) => {
    const { folder, requests } = folderRequests[folderId];
    const group = childrenOf(collection).find(
      (child) => sdk.ItemGroup.isItemGroup(child) && child.name === folder,
    ) as sdk.ItemGroup<sdk.Item> | undefined;
    return requests.map((name) => {
      const item = group && findRequest(group, name);
      if (!item) {
        throw new UsageError(
          `${collectionPath} has no request "${name}" in folder "${folder}" (needed by --folder ${folderId}): regenerate it with \`npm run build\``,
        );
      }
      return item.id;
    });
  });
}

/** "Folder / Sub folder / Request" of an item, for failure lines. */
type Named = { name?: string; parent?: () => unknown; __parent?: unknown };

function parentOf(item: Named): Named | undefined {
  const parent = typeof item.parent === 'function' ? item.parent() : item.__parent;
  return (parent ?? undefined) as Named | undefined;
}

export function fullNameOf(item: Named | undefined): string | undefined {
  if (!item?.name) return undefined;
  const names = [item.name];
  let parent = parentOf(item);
  while (parent && !sdk.Collection.isCollection(parent) && parent.name) {
    names.unshift(parent.name);
    parent = parentOf(parent);
  }
  return names.join(' / ');
}
