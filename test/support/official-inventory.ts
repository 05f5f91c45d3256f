/**
 * The official Postman collection's inventory in ../shared/reference/postman (read-only reference data,
 * present on most machines, not all): one row per official request. Tests that compare our catalog or
 * our generated collection with it read it from here and skip only when the file is absent.
 */
import { existsSync, readFileSync } from 'node:fs';

export const officialReferenceDir = new URL('../../../shared/reference/postman/', import.meta.url);
export const officialInventoryFile = new URL('official-inventory.json', officialReferenceDir);

export interface OfficialInventoryRow {
  folder: string[];
  name: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  bodyMode: string | null;
}

export const hasOfficialInventory = existsSync(officialInventoryFile);

/** The inventory's rows; [] when the reference file is absent (callers skip in that case). */
export function officialInventoryRows(): OfficialInventoryRow[] {
  return hasOfficialInventory ? JSON.parse(readFileSync(officialInventoryFile, 'utf8')).requests : [];
}
