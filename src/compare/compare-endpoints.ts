/**
 * How much of another collection ours covers, by method + normalised path: per top-level folder of
 * the other collection, in total, and what each side has that the other lacks.
 */
import type { Endpoint } from './list-endpoints.js';

export interface FolderCoverage {
  folder: string;
  covered: number;
  total: number;
}

export interface Coverage {
  folders: FolderCoverage[];
  covered: number;
  total: number;
  /** Requests of the other collection with no request of ours at the same method + path. */
  missingFromOurs: Endpoint[];
  /** Requests of ours whose method + path the other collection does not have. */
  onlyInOurs: Endpoint[];
}

export function compareEndpoints(ours: Endpoint[], theirs: Endpoint[]): Coverage {
  const ourKeys = new Set(ours.map((e) => e.key));
  const theirKeys = new Set(theirs.map((e) => e.key));
  const folders = new Map<string, FolderCoverage>();
  const missingFromOurs: Endpoint[] = [];
  for (const endpoint of theirs) {
    const top = endpoint.folder[0] ?? '(collection root)';
    const entry = folders.get(top) ?? { folder: top, covered: 0, total: 0 };
    entry.total++;
    if (ourKeys.has(endpoint.key)) entry.covered++;
    else missingFromOurs.push(endpoint);
    folders.set(top, entry);
  }
  const covered = theirs.length - missingFromOurs.length;
  return {
    folders: [...folders.values()],
    covered,
    total: theirs.length,
    missingFromOurs,
    onlyInOurs: ours.filter((e) => !theirKeys.has(e.key)),
  };
}
