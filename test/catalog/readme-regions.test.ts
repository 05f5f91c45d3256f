/** The README's region table says what src/core/regions.ts says (hosts and marketplaces). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { regionIds, regions } from '../../src/core/regions.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README region table', () => {
  it.each(regionIds)('%s row matches regions.ts', (region) => {
    const row = readme.split('\n').find((line) => line.startsWith(`| \`${region}\` `));
    expect(row, `no README row for ${region}`).toBeDefined();
    const cells = row!.split('|').map((cell) => cell.trim());
    const r = regions[region];
    expect(cells[2]).toBe(`\`amazon-ads-api.${region}.postman_environment.json\``);
    expect(cells.slice(3, 6)).toEqual([r.api_url, r.token_url, r.auth_grant_url]);
    expect(cells[6]).toBe(r.marketplaces.join(', '));
  });
});
