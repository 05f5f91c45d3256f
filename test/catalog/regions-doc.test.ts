/** The region table of docs/running.md says what src/core/regions.ts says (hosts and marketplaces). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { regionIds, regions } from '../../src/core/regions.js';

const page = readFileSync(new URL('../../docs/running.md', import.meta.url), 'utf8');

describe('docs/running.md region table', () => {
  it.each(regionIds)('%s row matches regions.ts', (region) => {
    const row = page.split('\n').find((line) => line.startsWith(`| \`${region}\` `));
    expect(row, `no docs/running.md row for ${region}`).toBeDefined();
    const cells = row!.split('|').map((cell) => cell.trim());
    const r = regions[region];
    expect(cells[2]).toBe(`\`amazon-ads-api.${region}.postman_environment.json\``);
    expect(cells.slice(3, 6)).toEqual([r.api_url, r.token_url, r.auth_grant_url]);
    expect(cells[6]).toBe(r.marketplaces.join(', '));
  });
});
