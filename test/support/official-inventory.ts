/**
 * The official Postman collection's inventory in ../shared/reference/postman (read-only reference data,
 * present on most machines, not all): one row per official request. Tests that compare our catalog or
 * our generated collection with it read it from here and skip only when the file is absent (test/support/needs.ts).
 */
import { readFileSync } from 'node:fs';
import { needsShared, sharedFile } from './needs.js';

export const officialReferenceDir = sharedFile('reference/postman/');
export const officialInventoryFile = new URL('official-inventory.json', officialReferenceDir);

export interface OfficialInventoryRow {
  folder: string[];
  name: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  bodyMode: string | null;
}

/** Whether the inventory is there; call at the top of the test file that skips without it (test/support/needs.ts). */
export const officialInventoryPresent = (): boolean => needsShared('reference/postman/official-inventory.json');

/** The inventory's rows; [] when the reference file is absent (callers skip in that case). */
export function officialInventoryRows(): OfficialInventoryRow[] {
  return officialInventoryPresent() ? JSON.parse(readFileSync(officialInventoryFile, 'utf8')).requests : [];
}
