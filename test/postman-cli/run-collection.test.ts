/**
 * The generated collection in a second runtime: the Postman CLI (postman-cli, pinned in test/postman-cli/tool/)
 * runs collections/amazon-ads-api.postman_collection.json against the emulator, as the v2.1 file and
 * as the Collection v3 folder its `collection migrate` makes (in a temporary folder; `collection
 * lint` must find 0 errors there). Each run: exit 0, one token grant, every SP/SB/SD page fetched
 * exactly once (250 campaigns each at page size 100: 3 pages). And max_pages bounds a server whose
 * nextToken never ends, in both formats.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { emulator } from '../emulator/helpers.js';
import { startEmulatorProxy, tokensInBody, type EmulatorProxy } from '../support/emulator-proxy.js';
import { postmanCli, postmanCliPresent, type PostmanCli } from './postman-cli.js';
import type { Emulator } from '../../src/emulator/index.js';

const collectionFile = new URL('../../collections/amazon-ads-api.postman_collection.json', import.meta.url).pathname;
const naEnvironment = new URL('../../environments/amazon-ads-api.na.postman_environment.json', import.meta.url).pathname;
const RUN_LIMIT_MS = 90_000;
const CAMPAIGNS = 250;
const lists = { SP: 'POST /sp/campaigns/list', SB: 'POST /sb/v4/campaigns/list', SD: 'GET /sd/campaigns' } as const;

/** What went through the proxy: per list route, each page's first campaign id and size; every token issued. */
interface Traffic {
  pages: Record<string, Array<{ first: string; size: number }>>;
  tokens: Set<string>;
}

function campaignsIn(route: string, body: Buffer): Array<{ campaignId?: unknown }> {
  try {
    const json = JSON.parse(body.toString('utf8'));
    return (route === lists.SD ? json : json?.campaigns) ?? [];
  } catch {
    return [];
  }
}

async function recordingProxy(target: string, traffic: Traffic, endless?: { route: string }): Promise<EmulatorProxy> {
  let answered = 0;
  return startEmulatorProxy(target, {
    intercept(request, response) {
      if (!endless || `${request.method} ${new URL(request.url ?? '/', 'http://x').pathname}` !== endless.route) return false;
      // a server whose nextToken never ends: every page is new and announces another
      answered += 1;
      traffic.pages[endless.route] = [...(traffic.pages[endless.route] ?? []), { first: `endless-${answered}`, size: 1 }];
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ campaigns: [{ campaignId: `endless-${answered}` }], nextToken: `never-ending-${answered}` }));
      return true;
    },
    responseBody(request, body) {
      for (const token of tokensInBody(body.toString('utf8'))) traffic.tokens.add(token);
      const path = new URL(request.url ?? '/', 'http://x').pathname;
      const route = `${request.method} ${path}`;
      if ((Object.values(lists) as string[]).includes(route)) {
        const campaigns = campaignsIn(route, body);
        traffic.pages[route] = [...(traffic.pages[route] ?? []), { first: String(campaigns[0]?.campaignId ?? ''), size: campaigns.length }];
      }
      return body;
    },
  });
}

/** The NA environment with the emulator's hosts and demo credentials, written into the CLI's temp folder. */
function environmentFile(cli: PostmanCli, e: Emulator, apiUrl: string, extra: Record<string, string> = {}): string {
  const environment = JSON.parse(readFileSync(naEnvironment, 'utf8'));
  const values: Record<string, string> = {
    api_url: apiUrl,
    token_url: `${e.url}/auth/o2/token`,
    auth_grant_url: `${e.url}/ap/oa`,
    client_id: e.credentials.client_id,
    client_secret: e.credentials.client_secret,
    refresh_token: e.credentials.refresh_token,
    page_size: '100',
    ...extra,
  };
  for (const entry of environment.values) if (entry.key in values) entry.value = values[entry.key];
  const file = join(cli.dir, `environment-${Date.now()}-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(environment), { mode: 0o600 });
  return file;
}

const selection = ['-i', 'Access token from refresh token', '-i', 'Profiles', '-i', 'First call'];

const present = postmanCliPresent();
let cli: PostmanCli;
let v3Folder: string;
beforeAll(async () => {
  if (!present) return;
  cli = postmanCli();
  v3Folder = join(cli.dir, 'amazon-ads-api-v3');
  const migrated = await cli.run(['collection', 'migrate', collectionFile, '-o', v3Folder], 60_000);
  if (migrated.code !== 0) throw new Error(`postman collection migrate failed (exit ${migrated.code}):\n${migrated.output}`);
}, 90_000);
afterAll(() => cli?.dispose());

function expectNoSecrets(output: string, e: Emulator, traffic: Traffic) {
  for (const secret of [e.credentials.client_secret, e.credentials.refresh_token, ...traffic.tokens]) expect(output).not.toContain(secret);
}

describe.skipIf(!present)('the generated collection under the Postman CLI', () => {
  test('postman collection lint on the migrated v3 folder: 0 errors', async () => {
    const lint = await cli.run(['collection', 'lint', v3Folder], 60_000);
    expect(lint.output).toMatch(/Errors: 0\b/);
    expect(lint.code).toBe(0);
  }, 90_000);

  test.each([
    ['v2.1 file', () => collectionFile],
    ['v3 folder (postman collection migrate)', () => v3Folder],
  ])('%s: exit 0, one token grant, every SP/SB/SD page fetched exactly once', async (_format, collection) => {
    const e = await emulator({ campaigns: CAMPAIGNS, sbCampaigns: CAMPAIGNS, sdCampaigns: CAMPAIGNS });
    const traffic: Traffic = { pages: {}, tokens: new Set() };
    const proxy = await recordingProxy(e.url, traffic);
    try {
      const result = await cli.run(['collection', 'run', collection(), '-e', environmentFile(cli, e, proxy.url), ...selection, '--disable-unicode'], RUN_LIMIT_MS);
      expect(result.code, result.output.slice(-3000)).toBe(0);
      expect(e.stats.grants.refresh_token).toBe(1);
      for (const route of Object.values(lists)) {
        const pages = traffic.pages[route] ?? [];
        expect(pages.map((page) => page.size), route).toEqual([100, 100, 50]);
        expect(new Set(pages.map((page) => page.first)).size, `${route}: distinct pages`).toBe(3);
        expect(e.stats.routes[route], route).toBe(3);
      }
      expectNoSecrets(result.output, e, traffic);
    } finally {
      await proxy.stop();
    }
  }, 120_000);

  test.each([
    ['v2.1 file', () => collectionFile],
    ['v3 folder', () => v3Folder],
  ])('%s: a nextToken that never ends stops at max_pages with page_limit', async (_format, collection) => {
    const e = await emulator({ campaigns: 3, sbCampaigns: 3, sdCampaigns: 3 });
    const traffic: Traffic = { pages: {}, tokens: new Set() };
    const proxy = await recordingProxy(e.url, traffic, { route: lists.SB });
    try {
      const environment = environmentFile(cli, e, proxy.url, { max_pages: '4' });
      const result = await cli.run(['collection', 'run', collection(), '-e', environment, ...selection, '--disable-unicode'], RUN_LIMIT_MS);
      expect(traffic.pages[lists.SB]).toHaveLength(4);
      expect(result.output).toMatch(/page_limit: the SB campaign list still announced another page after 4 pages \(max_pages 4\)/);
      expect(result.code).not.toBe(0);
      // the other lists still ran, once each
      expect(e.stats.routes[lists.SP]).toBe(1);
      expect(e.stats.routes[lists.SD]).toBe(1);
    } finally {
      await proxy.stop();
    }
  }, 120_000);
});
