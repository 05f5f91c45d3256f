/**
 * Walks a collection's folder tree and hands out each request with the folder path above it.
 * Defensive: a malformed tree (reported by the schema rule) is skipped, never thrown on.
 */

export interface WalkedItem {
  /** Names from the top-level folder down to this item, e.g. ['Sponsored Products', 'Campaigns', 'Create campaigns']. */
  path: string[];
  item: any;
  /** Folders above this item, outermost first (without the collection itself). */
  parents: any[];
}

export function isFolder(item: unknown): boolean {
  return !!item && typeof item === 'object' && Array.isArray((item as { item?: unknown }).item);
}

/** Every request item (not folders) in document order. */
export function requestItems(collection: any): WalkedItem[] {
  const found: WalkedItem[] = [];
  const visit = (items: unknown, path: string[], parents: any[]) => {
    if (!Array.isArray(items)) return;
    items.forEach((item, index) => {
      if (!item || typeof item !== 'object') return;
      const name = typeof item.name === 'string' && item.name ? item.name : `item[${index}]`;
      if (isFolder(item)) visit(item.item, [...path, name], [...parents, item]);
      else found.push({ path: [...path, name], item, parents });
    });
  };
  visit(collection?.item, [], []);
  return found;
}

/** Every folder (item group) with its path, including none for the collection root. */
export function folders(collection: any): { path: string[]; folder: any }[] {
  const found: { path: string[]; folder: any }[] = [];
  const visit = (items: unknown, path: string[]) => {
    if (!Array.isArray(items)) return;
    items.forEach((item, index) => {
      if (!isFolder(item)) return;
      const name = typeof item.name === 'string' && item.name ? item.name : `item[${index}]`;
      found.push({ path: [...path, name], folder: item });
      visit(item.item, [...path, name]);
    });
  };
  visit(collection?.item, []);
  return found;
}

export function itemPlace(path: string[]): string {
  return path.length ? path.join(' / ') : '(collection)';
}

/** The request's URL as one string: the string form, or `raw` of the object form. */
export function urlText(request: any): string {
  const url = request?.url;
  if (typeof url === 'string') return url;
  if (url && typeof url === 'object' && typeof url.raw === 'string') return url.raw;
  return '';
}

export interface HeaderEntry {
  key: string;
  value: string;
  index: number;
}

/** Enabled headers (not `disabled: true`) with string keys. */
export function enabledHeaders(request: any): HeaderEntry[] {
  const headers = Array.isArray(request?.header) ? request.header : [];
  return headers
    .map((header: any, index: number) => ({ header, index }))
    .filter(({ header }: { header: any }) => header && typeof header.key === 'string' && header.disabled !== true)
    .map(({ header, index }: { header: any; index: number }) => ({
      key: header.key,
      value: typeof header.value === 'string' ? header.value : String(header.value ?? ''),
      index,
    }));
}

export function headerValue(request: any, name: string): string | undefined {
  const lower = name.toLowerCase();
  // Postman sends the last enabled header of a name.
  const matches = enabledHeaders(request).filter((header) => header.key.trim().toLowerCase() === lower);
  return matches.length ? matches[matches.length - 1].value : undefined;
}

/** A script's source as one string (exec is a list of lines, or a string in hand-written files). */
export function scriptSource(event: any): string {
  const exec = event?.script?.exec;
  if (Array.isArray(exec)) return exec.map((line) => (typeof line === 'string' ? line : '')).join('\n');
  if (typeof exec === 'string') return exec;
  return '';
}

/** Events of the collection, every folder and every request, with where they are. */
export function allEvents(collection: any): { place: string; event: any; index: number }[] {
  const found: { place: string; event: any; index: number }[] = [];
  const add = (owner: any, place: string) => {
    const events = Array.isArray(owner?.event) ? owner.event : [];
    events.forEach((event: any, index: number) => found.push({ place, event, index }));
  };
  add(collection, '(collection)');
  for (const { path, folder } of folders(collection)) add(folder, itemPlace(path));
  for (const { path, item } of requestItems(collection)) add(item, itemPlace(path));
  return found;
}

/** True when a value is nothing but one `{{variable}}` reference (a placeholder, not a literal). */
export function isTemplateOnly(value: string): boolean {
  return /^\{\{[^{}]+\}\}$/.test(value.trim());
}

/** Every script of the collections among `files`, with its file, its place (`<item path>: event[i] <listen> script`) and its source. */
export function collectionScripts(files: Array<{ path: string; kind: string; json: any }>): { file: string; where: string; source: string }[] {
  return files
    .filter((file) => file.kind === 'collection')
    .flatMap((file) =>
      allEvents(file.json).map(({ place, event, index }) => ({
        file: file.path,
        where: `${place}: event[${index}] ${typeof event?.listen === 'string' ? event.listen : '?'} script`,
        source: scriptSource(event),
      })),
    );
}
