/**
 * What `--folder` runs. Each value is an alias (auth, profiles, campaigns), a path from the collection's
 * root ("Sponsored Products/Campaigns", "Reporting") or the name of one folder or request anywhere in it.
 * The selection is made on the collection JSON before Newman sees it: the collection is pruned to the
 * selected requests plus the steps they need (the token refresh for any Ads API request, Accounts /
 * Profiles for a request sending the profile scope, Unified API / Query advertiser accounts for one
 * sending the advertiser account), so Newman builds only what runs. Everything runs in collection order.
 * The interactive grant requests of the Auth folder never run headless: selecting one is a UsageError.
 */
import { UsageError } from '../../errors.js';
import { closeMatches } from '../../core/close-matches.js';
import { folderIds, type FolderId } from '../../config/options.js';

/** An item of a Collection v2.1 JSON: a folder (with `item`) or a request. */
export interface ItemJson {
  id?: string;
  name?: string;
  item?: ItemJson[];
  request?: { header?: Array<{ key?: string; disabled?: boolean }> | string };
  [key: string]: unknown;
}
export interface CollectionJson {
  item?: ItemJson[];
  [key: string]: unknown;
}

/** The shortcuts `--folder` always accepted, as paths of requests in the generated collection. */
export const folderAliases: Record<FolderId, string[]> = {
  auth: ['Auth/Access token from refresh token'],
  profiles: ['Accounts/Profiles'],
  campaigns: ['First call/List SP campaigns', 'First call/List SB campaigns', 'First call/List SD campaigns'],
  // the V3 flow: "Report status" is also a request of "Sponsored ads V2", so full paths
  reports: ['Reporting/Sponsored ads V3/Create report', 'Reporting/Sponsored ads V3/Report status'],
};

/** What `--api unified` runs (the token refresh and the account choice are added as the steps it needs). */
export const unifiedSmokeFolders = ['Unified API/Prod/Campaigns/Query campaigns'];

/** The steps a selected request may need, as paths. */
const tokenStep = folderAliases.auth[0];
const profileStep = folderAliases.profiles[0];
const accountStep = 'Unified API/Query advertiser accounts';
/** Requests that need a person at a browser (consent page, the code it returns). */
const grantRequests = ['Auth/Auth grant login', 'Auth/Access token from auth grant code'];

interface Node {
  item: ItemJson;
  path: string;
}

function walk(items: ItemJson[] | undefined, prefix: string, into: Node[]): Node[] {
  for (const item of items ?? []) {
    const path = prefix === '' ? String(item.name ?? '') : `${prefix}/${item.name ?? ''}`;
    into.push({ item, path });
    if (Array.isArray(item.item)) walk(item.item, path, into);
  }
  return into;
}

const isFolder = (item: ItemJson) => Array.isArray(item.item);

export function leavesOf(item: ItemJson): ItemJson[] {
  return isFolder(item) ? item.item!.flatMap(leavesOf) : [item];
}

/** "A / B", "A/B" and " A/B " are the same path. */
const normalPath = (text: string) =>
  text
    .split('/')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join('/');

export function sendsHeader(item: ItemJson, name: string): boolean {
  const headers = item.request?.header;
  return Array.isArray(headers) && headers.some((header) => header.disabled !== true && header.key?.toLowerCase() === name);
}

/** The nodes `--folder <asked>` (or `--exclude-folder`, `flag`) names; a UsageError when none or several (with the paths to choose from). */
function resolve(asked: string, nodes: Node[], collectionPath: string, flag = '--folder'): Node[] {
  const alias = folderAliases[asked as FolderId] as string[] | undefined;
  if (alias) {
    return alias.map((path) => {
      const node = nodes.find((candidate) => candidate.path === path);
      if (!node) {
        const [folder, request] = path.split('/');
        throw new UsageError(
          `${collectionPath} has no request "${request}" in folder "${folder}" (needed by --folder ${asked}): regenerate it with \`npm run build\``,
        );
      }
      return node;
    });
  }
  const byPath = nodes.find((node) => node.path === normalPath(asked));
  if (byPath) return [byPath];
  // a folder's or request's id, as `newman run --folder` takes it
  const byId = nodes.find((node) => typeof node.item.id === 'string' && node.item.id === asked.trim());
  if (byId) return [byId];
  const byName = nodes.filter((node) => node.item.name === asked.trim());
  if (byName.length === 1) return byName;
  if (byName.length > 1) {
    throw new UsageError(
      `${flag} "${asked}" names ${byName.length} items: give its path, one of ${byName.map((node) => `"${node.path}"`).join(', ')}`,
    );
  }
  const close = closeMatches(asked, [...folderIds, ...nodes.map((node) => node.path)]);
  const hint = close.length > 0 ? `close matches: ${close.map((name) => `"${name}"`).join(', ')}` : `use ${folderIds.join(', ')} or a folder path such as "Sponsored Products/Campaigns"`;
  throw new UsageError(`unknown ${flag} "${asked}" (no such folder or request in ${collectionPath}): ${hint}`);
}

export interface Selection {
  /** The collection holding only what runs, in collection order. */
  collection: CollectionJson;
  /** Ids of the steps whose failure stops the run (token refresh, profile choice, account choice). */
  stepItemIds: Set<string>;
  /** Paths of the requests that run, in run order. */
  requestPaths: string[];
}

/**
 * Selects what `folders` asks for, less what `excluded` (--exclude-folder) names, plus the steps what is
 * left needs, and prunes the collection to it.
 */
export function selectItems(
  collection: CollectionJson,
  folders: readonly string[],
  collectionPath: string,
  profileIdGiven: boolean,
  excluded: readonly string[] = [],
): Selection {
  const nodes = walk(collection.item, '', []);
  const pathOf = new Map(nodes.map((node) => [node.item, node.path]));
  const keep = new Set<ItemJson>();
  for (const asked of folders) {
    for (const node of resolve(asked, nodes, collectionPath)) {
      for (const leaf of leavesOf(node.item)) {
        const leafPath = pathOf.get(leaf)!;
        if (grantRequests.includes(leafPath)) {
          throw new UsageError(
            `--folder "${asked}" selects "${leafPath.replace(/\//g, ' / ')}", which needs a person at the consent page in a browser and never runs headless: get a refresh token with \`npm run auth\`, and use --folder auth for the token refresh`,
          );
        }
        keep.add(leaf);
      }
    }
  }
  for (const asked of excluded) {
    for (const node of resolve(asked, nodes, collectionPath, '--exclude-folder')) for (const leaf of leavesOf(node.item)) keep.delete(leaf);
  }
  if (keep.size === 0) {
    throw new UsageError(`--exclude-folder "${excluded.join('", "')}" leaves out every request --folder selects: exclude less, or select more with --folder`);
  }
  const step = (path: string) => nodes.find((node) => node.path === path)?.item;
  const needs = { token: false, profile: false, account: false };
  for (const leaf of keep) {
    if (!pathOf.get(leaf)!.startsWith('Auth/')) needs.token = true;
    const account = sendsHeader(leaf, 'amazon-ads-accountid');
    if (account) needs.account = true;
    // the account step chooses the profile of its account too
    else if (sendsHeader(leaf, 'amazon-advertising-api-scope') && !profileIdGiven) needs.profile = true;
  }
  const isAliasOnly = folders.every((asked) => (folderIds as readonly string[]).includes(asked));
  // the aliases keep their meaning: exactly the requests they name (run-settings checks their combination)
  if (!isAliasOnly) {
    for (const [needed, path] of [[needs.token, tokenStep], [needs.profile, profileStep], [needs.account, accountStep]] as const) {
      const item = needed ? step(path) : undefined;
      if (item) keep.add(item);
    }
  }
  const stepItemIds = new Set(
    [tokenStep, profileStep, accountStep].map((path) => step(path)?.id).filter((id): id is string => typeof id === 'string'),
  );
  return {
    collection: { ...collection, item: pruned(collection.item, keep) },
    stepItemIds,
    requestPaths: nodes.filter((node) => keep.has(node.item)).map((node) => node.path),
  };
}

/** The items holding a kept request, in their order; folders without one are left out. */
function pruned(items: ItemJson[] | undefined, keep: ReadonlySet<ItemJson>): ItemJson[] {
  const result: ItemJson[] = [];
  for (const item of items ?? []) {
    if (isFolder(item)) {
      const children = pruned(item.item, keep);
      if (children.length > 0) result.push({ ...item, item: children });
    } else if (keep.has(item)) {
      result.push(item);
    }
  }
  return result;
}

/** "Folder / Sub folder / Request" of an item, for failure lines. */
type Named = { name?: string; parent?: () => unknown; __parent?: unknown };

function parentOf(item: Named): Named | undefined {
  const parent = typeof item.parent === 'function' ? item.parent() : item.__parent;
  return (parent ?? undefined) as Named | undefined;
}

/**
 * Whether `value` is a Collection of any copy of postman-collection: the run's objects are Newman's,
 * built by its own copy, so neither `instanceof` nor loading ours to ask would do.
 */
function isCollectionObject(value: object): boolean {
  for (let type: unknown = value.constructor; typeof type === 'function'; type = Object.getPrototypeOf(type)) {
    if ((type as { _postman_propertyName?: unknown })._postman_propertyName === 'Collection') return true;
  }
  return false;
}

export function fullNameOf(item: Named | undefined): string | undefined {
  if (!item?.name) return undefined;
  const names = [item.name];
  let parent = parentOf(item);
  while (parent && !isCollectionObject(parent) && parent.name) {
    names.unshift(parent.name);
    parent = parentOf(parent);
  }
  return names.join(' / ');
}
