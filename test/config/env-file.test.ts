import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { readVariables } from '../../src/config/env-file.js';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'config-env-file-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('readVariables', () => {
  it('reads the env file without touching process.env, and the process environment wins', () => {
    const file = path.join(dir, '.env');
    fs.writeFileSync(file, 'AMAZON_ADS_CLIENT_ID=from-file\nAMAZON_ADS_CLIENT_SECRET="file secret"\nRUNNER_TEST_ONLY_VAR=1\n');
    const variables = readVariables(file, false, { AMAZON_ADS_CLIENT_ID: 'from-env' });
    expect(variables.AMAZON_ADS_CLIENT_ID).toBe('from-env');
    expect(variables.AMAZON_ADS_CLIENT_SECRET).toBe('file secret');
    expect(process.env.RUNNER_TEST_ONLY_VAR).toBeUndefined();
  });

  it('lets a process variable set but empty blank the file value', () => {
    const file = path.join(dir, '.env');
    fs.writeFileSync(file, 'AMAZON_ADS_PROFILE_ID=123\nAMAZON_ADS_REFRESH_TOKEN=from-file\n');
    const variables = readVariables(file, false, { AMAZON_ADS_PROFILE_ID: '' });
    expect(variables.AMAZON_ADS_PROFILE_ID).toBe('');
    expect(variables.AMAZON_ADS_REFRESH_TOKEN).toBe('from-file');
  });

  it('names a UTF-16 env file (FF FE or FE FF) instead of calling line 1 not KEY=VALUE', () => {
    const file = path.join(dir, '.env');
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('AMAZON_ADS_REGION=eu\n', 'utf16le')]));
    expect(() => readVariables(file, true, {})).toThrow(new UsageError(`env file "${file}" is UTF-16 (it starts with the bytes FF FE): save it as UTF-8`));
    const bigEndian = Buffer.from('AMAZON_ADS_REGION=eu\n', 'utf16le').swap16();
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0xfe, 0xff]), bigEndian]));
    expect(() => readVariables(file, false, {})).toThrow(/is UTF-16 \(it starts with the bytes FE FF\): save it as UTF-8$/);
    fs.writeFileSync(file, '\uFEFFAMAZON_ADS_REGION=eu\n'); // UTF-8 with its byte order mark reads as ever
    expect(readVariables(file, true, {}).AMAZON_ADS_REGION).toBe('eu');
  });

  it('accepts a missing default env file but not a missing explicit one', () => {
    expect(readVariables(path.join(dir, '.env'), false, { A: 'b' })).toEqual({ A: 'b' });
    expect(() => readVariables(path.join(dir, 'ci.env'), true, {})).toThrow(UsageError);
    expect(() => readVariables(path.join(dir, 'ci.env'), true, {})).toThrow(/ci\.env" does not exist/);
  });
});
