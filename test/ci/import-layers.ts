/**
 * The layer rule of ARCHITECTURE.md, checked over the import statements of src/: each room sits on a
 * floor, and a file imports only from its own room or from rooms on a lower floor (never sideways,
 * never back up). Also finds import circles between files. Used by architecture-rules.test.ts.
 */
import path from 'node:path';

/**
 * The floors, ground floor first. A room is a folder under src/ or a file directly in src/ (without
 * `.ts`). The rooms of a floor that is `one room` may import each other (the ground floor's pieces,
 * the entry's files); on any other floor a room imports none of its neighbours.
 */
export const floors: ReadonlyArray<{ name: string; rooms: readonly string[]; oneRoom?: true }> = [
  // rules: the rules both sides apply (src/rules/, imported by the scripts and by Node; they import core
  // at most); report-range.ts: the runner's report days, a ground-floor module still housed in src/report/
  { name: 'ground floor', rooms: ['core', 'rules', 'errors', 'version', 'report/report-range.ts'], oneRoom: true },
  { name: 'tools', rooms: ['files', 'scripts'] },
  { name: 'the API as data', rooms: ['catalog'] },
  { name: 'settings', rooms: ['config'] },
  // Amazon's OpenAPI specs as the contract (request matching, schemas): the emulator and the tests stand on it
  { name: 'the contract', rooms: ['contract'] },
  { name: 'services', rooms: ['validate', 'report', 'emulator', 'compare'] },
  { name: 'commands', rooms: ['generate', 'run', 'auth'] },
  { name: 'entry', rooms: ['cli', 'help-on-demand', 'silence-newman-deprecation'], oneRoom: true },
];

/**
 * Imports that still break the rule, each with why; the test fails when one of them is gone (then
 * remove it here) or when any other import breaks the rule.
 */
export const knownExceptions: ReadonlyArray<{ from: string; to: string; why: string }> = [];

/** The room of a file under src/: a file-room of `floors` when listed, else its folder, else its name. */
export function roomOf(file: string): string {
  const inside = path.relative('src', file).split(path.sep).join('/');
  for (const floor of floors) for (const room of floor.rooms) if (room.endsWith('.ts') && inside === room) return room;
  const [first, ...rest] = inside.split('/');
  return rest.length === 0 ? first.replace(/(\.d)?\.ts$/, '') : first;
}

export function floorOf(room: string): number {
  return floors.findIndex((floor) => floor.rooms.includes(room));
}

/** The relative specifiers a source imports: static and type imports, re-exports, side-effect and dynamic imports. */
export function importSpecifiers(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/(?:^|[\n;])\s*(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g)) found.push(match[1]);
  for (const match of text.matchAll(/(?:^|[\n;])\s*import\s*['"]([^'"]+)['"]/g)) found.push(match[1]);
  for (const match of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(match[1]);
  return found.filter((specifier) => specifier.startsWith('.'));
}

/** The file a relative specifier names (`./x.js` is `./x.ts` or `./x.d.ts` in the sources), or undefined. */
function resolve(from: string, specifier: string, files: ReadonlySet<string>): string | undefined {
  const target = path.normalize(path.join(path.dirname(from), specifier));
  return [target, target.replace(/\.js$/, '.ts'), target.replace(/\.js$/, '.d.ts'), `${target}.ts`, path.join(target, 'index.ts')].find((file) => files.has(file));
}

/** Every import between files of `sources` ([file, text], files as `src/...`). */
export function importsOf(sources: ReadonlyArray<readonly [string, string]>): Array<{ from: string; to: string }> {
  const files = new Set(sources.map(([file]) => file));
  return sources.flatMap(([from, text]) =>
    importSpecifiers(text).flatMap((specifier) => {
      const to = resolve(from, specifier, files);
      return to === undefined ? [] : [{ from, to }];
    }),
  );
}

/** `from -> to (room floor -> room floor)` for each import that goes sideways or back up, known exceptions left out. */
export function layerViolations(sources: ReadonlyArray<readonly [string, string]>): string[] {
  return importsOf(sources).flatMap(({ from, to }) => {
    const [fromRoom, toRoom] = [roomOf(from), roomOf(to)];
    if (fromRoom === toRoom) return [];
    const [fromFloor, toFloor] = [floorOf(fromRoom), floorOf(toRoom)];
    if (fromFloor === -1 || toFloor === -1) return [`${from} -> ${to}: room ${fromFloor === -1 ? fromRoom : toRoom} is on no floor (add it to floors in test/ci/import-layers.ts and ARCHITECTURE.md)`];
    if (toFloor < fromFloor || (toFloor === fromFloor && floors[toFloor].oneRoom)) return [];
    if (knownExceptions.some((known) => known.from === from && known.to === to)) return [];
    const where = toFloor === fromFloor ? 'sideways' : 'back up';
    return [`${from} -> ${to}: ${where}, from ${fromRoom} (${floors[fromFloor].name}) to ${toRoom} (${floors[toFloor].name})`];
  });
}

/** Each group of files that import each other in a circle (type-only imports included). */
export function importCircles(sources: ReadonlyArray<readonly [string, string]>): string[][] {
  const next = new Map<string, string[]>(sources.map(([file]) => [file, []]));
  for (const { from, to } of importsOf(sources)) next.get(from)!.push(to);
  // Tarjan's strongly connected components
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  const visit = (file: string) => {
    index.set(file, counter);
    low.set(file, counter);
    counter += 1;
    stack.push(file);
    onStack.add(file);
    for (const to of next.get(file) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(file, Math.min(low.get(file)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(file, Math.min(low.get(file)!, index.get(to)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== file);
    if (group.length > 1) circles.push(group.sort());
  };
  for (const file of next.keys()) if (!index.has(file)) visit(file);
  return circles;
}
