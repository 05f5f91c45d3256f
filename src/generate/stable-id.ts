/**
 * Deterministic ids for the generated files. Postman wants ids on the collection, folders, requests
 * and scripts; random ones would change the output on every build, so each id is derived from the
 * item's path (a SHA-256 shaped like a UUID, version nibble 5 as for name-based UUIDs).
 */
import { createHash } from 'node:crypto';

export function stableId(...path: string[]): string {
  const hex = createHash('sha256').update(path.join('\u0000')).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
