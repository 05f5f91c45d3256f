import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { loadPostmanFile } from '../../src/validate/load.js';
import { goodCollection, goodEnvironment } from './fixtures/postman.js';
import { needsShared } from '../support/needs.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'validate-load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

async function loadError(path: string): Promise<UsageError> {
  const error = await loadPostmanFile(path).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UsageError);
  const usage = error as UsageError;
  expect(usage.message).not.toContain('\n');
  expect(usage.message.startsWith(`${path}: `)).toBe(true);
  expect(usage.message).toContain(' - '); // a fix follows the problem
  return usage;
}

describe('loadPostmanFile', () => {
  it('recognises a collection and an environment', async () => {
    expect((await loadPostmanFile(write('c.postman_collection.json', goodCollection()))).kind).toBe('collection');
    expect((await loadPostmanFile(write('e.postman_environment.json', goodEnvironment()))).kind).toBe('environment');
  });

  it('names a missing file and a directory', async () => {
    expect((await loadError(join(dir, 'missing.json'))).message).toContain('no such file');
    mkdirSync(join(dir, 'adir'));
    expect((await loadError(join(dir, 'adir'))).message).toContain('directory');
  });

  it('names text that is not JSON by line and column, without quoting the content', async () => {
    const error = await loadError(write('bad.json', '{\n  "name": "x",\n  client_secret=sEcReT-4711\n}'));
    expect(error.message).toContain('not JSON (syntax error at line 3 column 3)');
    expect(error.message).not.toContain('sEcReT');
    expect((await loadError(write('empty.json', '  \n'))).message).toContain('not JSON (the file is empty)');
    expect((await loadError(write('cut.json', '{"info": {'))).message).toContain('not JSON');
  });

  it('names JSON that is not a Postman collection or environment', async () => {
    expect((await loadError(write('array.json', [1, 2]))).message).toContain('JSON array, not a Postman collection or environment');
    expect((await loadError(write('other.json', { openapi: '3.0.0', paths: {} }))).message).toContain('not a Postman collection or environment');
    expect((await loadError(write('globals.json', { name: 'g', values: [], _postman_variable_scope: 'globals' }))).message).toContain('globals');
  });

  it('names other JSON with a "requests" list, and package.json, as not Postman files rather than Collection v1', async () => {
    const inventory = { source: 'export', requests: [{ folder: ['Auth'], name: 'Token', method: 'POST', url: '{{token_url}}' }] };
    for (const path of [write('inventory.json', inventory), write('orders.json', { requests: [], order: [] }), join(root, 'package.json')]) {
      const message = (await loadError(path)).message;
      expect(message).toContain('not a Postman collection or environment');
      expect(message).not.toContain('Collection v1');
    }
  });

  it('names a Collection v1 with the conversion hint, by shape or by schema URL', async () => {
    const v1 = { id: 'x', name: 'Old', order: ['a'], folders: [], requests: [{ id: 'a', url: 'http://x', method: 'GET' }] };
    const message = (await loadError(write('v1.json', v1))).message;
    expect(message).toContain('Postman Collection v1');
    expect(message).toContain('postman-collection-transformer');
    expect(message).toContain('re-export as v2.1 from the Postman app');
    const byUrl = { info: { name: 'x', schema: 'https://schema.getpostman.com/json/collection/v1.0.0/collection.json' }, item: [] };
    expect((await loadError(write('v1-url.json', byUrl))).message).toContain('Collection v1');
  });

  it.runIf(needsShared('reference/postman/Amazon_Ads_API.postman_collection.json'))('loads the official collection (v2.0) as a collection, for the schema rule to judge', async () => {
    const official = '../shared/reference/postman/Amazon_Ads_API.postman_collection.json';
    expect((await loadPostmanFile(official)).kind).toBe('collection');
  });
});
