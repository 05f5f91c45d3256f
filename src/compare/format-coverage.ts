/** The text `npm run coverage` prints. */
import type { Coverage } from './compare-endpoints.js';
import type { Endpoint } from './list-endpoints.js';

function where(endpoint: Endpoint): string {
  return [...endpoint.folder, endpoint.name].join(' / ');
}

export function formatCoverage(coverage: Coverage, names: { ours: string; theirs: string }): string {
  const width = Math.max(10, ...coverage.folders.map((f) => f.folder.length));
  const lines = [`coverage of ${names.theirs} by ${names.ours} (method + path, variables normalised)`];
  for (const f of coverage.folders) lines.push(`  ${f.folder.padEnd(width)}  ${String(f.covered).padStart(3)}/${f.total}`);
  lines.push(`coverage ${coverage.covered}/${coverage.total}`);
  lines.push(`missing from ours (${coverage.missingFromOurs.length}):`);
  for (const e of coverage.missingFromOurs) lines.push(`  ${e.key}  (${where(e)})`);
  lines.push(`only in ours (${coverage.onlyInOurs.length}):`);
  for (const e of coverage.onlyInOurs) lines.push(`  ${e.key}  (${where(e)})`);
  return lines.join('\n') + '\n';
}
