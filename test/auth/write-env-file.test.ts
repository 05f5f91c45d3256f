import { mkdtemp, readdir, readFile, rm, stat, writeFile, chmod, symlink, lstat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'dotenv';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatEnvValue, updateEnvText, writeEnvFile } from '../../src/auth/write-env-file.js';
import { UsageError } from '../../src/errors.js';

const values = {
  AMAZON_ADS_CLIENT_ID: 'amzn1.application-oa2-client.0abc',
  AMAZON_ADS_CLIENT_SECRET: 'amzn1.oa2-cs.v1.S3CRET-env-file-test',
  AMAZON_ADS_REFRESH_TOKEN: 'Atzr|IwEB-refresh-env-file-test',
  AMAZON_ADS_PROFILE_ID: '1234567890',
  AMAZON_ADS_REGION: 'eu',
};

describe('updateEnvText', () => {
  it('appends every key to an empty file, one per line', () => {
    const text = updateEnvText('', values);
    expect(text.endsWith('\n')).toBe(true);
    expect(parse(text)).toEqual(values);
  });

  it('keeps comments, blank lines and unrelated variables in place and updates existing keys where they stand', () => {
    const before = [
      '# my project settings',
      'NODE_ENV=development',
      '',
      'AMAZON_ADS_REFRESH_TOKEN=Atzr|old',
      '  # indented comment',
      'export AMAZON_ADS_REGION=na',
      'OTHER="with spaces"',
    ].join('\n');
    const after = updateEnvText(before, values).split('\n');
    expect(after.slice(0, 7)).toEqual([
      '# my project settings',
      'NODE_ENV=development',
      '',
      'AMAZON_ADS_REFRESH_TOKEN=Atzr|IwEB-refresh-env-file-test',
      '  # indented comment',
      'export AMAZON_ADS_REGION=eu',
      'OTHER="with spaces"',
    ]);
    const parsed = parse(after.join('\n'));
    expect(parsed).toMatchObject({ ...values, NODE_ENV: 'development', OTHER: 'with spaces' });
    expect(after.filter((line) => line.includes('AMAZON_ADS_REFRESH_TOKEN'))).toHaveLength(1);
  });

  it('keeps CRLF line ends and replaces a multi-line quoted old value whole', () => {
    const crlf = updateEnvText('A=1\r\nAMAZON_ADS_REGION=na\r\n', { AMAZON_ADS_REGION: 'fe' });
    expect(crlf).toBe('A=1\r\nAMAZON_ADS_REGION=fe\r\n');
    const multi = updateEnvText('AMAZON_ADS_CLIENT_SECRET="line one\nline two"\nKEEP=yes\n', { AMAZON_ADS_CLIENT_SECRET: 'new' });
    expect(multi).toBe('AMAZON_ADS_CLIENT_SECRET=new\nKEEP=yes\n');
    const unclosed = updateEnvText('AMAZON_ADS_CLIENT_SECRET="never closed\nKEEP=yes\n', { AMAZON_ADS_CLIENT_SECRET: 'new' });
    expect(unclosed).toBe('AMAZON_ADS_CLIENT_SECRET=new\nKEEP=yes\n');
  });

  it('quotes values dotenv would otherwise misread and rejects line breaks', () => {
    for (const value of ['has space', 'hash#inside', "it's", 'say "hi"', '']) {
      expect(parse(`K=${formatEnvValue(value)}`).K).toBe(value);
    }
    expect(() => formatEnvValue('a\nb')).toThrow(UsageError);
  });
});

describe('writeEnvFile', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'auth-env-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('creates the file with mode 0600 and leaves no temp file behind', async () => {
    const file = path.join(dir, '.env');
    expect(await writeEnvFile(file, values)).toBe(5);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(parse(await readFile(file, 'utf8'))).toEqual(values);
    expect(await readdir(dir)).toEqual(['.env']);
  });

  it('tightens an existing 0644 file to 0600 and keeps its other lines', async () => {
    const file = path.join(dir, '.env');
    await writeFile(file, '# keep me\nUNRELATED=1\nAMAZON_ADS_PROFILE_ID=1\n');
    await chmod(file, 0o644);
    await writeEnvFile(file, values);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const text = await readFile(file, 'utf8');
    expect(text.startsWith('# keep me\nUNRELATED=1\nAMAZON_ADS_PROFILE_ID=1234567890\n')).toBe(true);
  });

  it('writes through a symlinked env file, keeping the link', async () => {
    const real = path.join(dir, 'real.env');
    await writeFile(real, 'X=1\n');
    const link = path.join(dir, '.env');
    await symlink(real, link);
    await writeEnvFile(link, { AMAZON_ADS_REGION: 'na' });
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readFile(real, 'utf8')).toBe('X=1\nAMAZON_ADS_REGION=na\n');
  });

  it('refuses a folder that does not exist with a usage error and writes nothing', async () => {
    const file = path.join(dir, 'missing', '.env');
    await expect(writeEnvFile(file, values)).rejects.toThrow(/folder of --env-file .* does not exist/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('names the file and the fix when it cannot be written (a folder no one may create files in, even root)', async () => {
    const error = await writeEnvFile('/proc/.env', values).catch((e: Error) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(/^cannot write the env file \/proc\/\.env \(\w+\); check the folder's permissions or choose another --env-file$/);
    expect((error as Error).message).not.toContain(values.AMAZON_ADS_CLIENT_SECRET);
  });

  // root ignores folder permissions, so this case can only be shown as a normal user (reported, not hidden).
  it.skipIf(process.getuid?.() === 0)('leaves neither a temp file nor a changed file when the folder is read-only (needs a non-root user)', async () => {
    const file = path.join(dir, '.env');
    await writeFile(file, 'A=1\n');
    await chmod(dir, 0o500);
    try {
      await expect(writeEnvFile(file, values)).rejects.toBeInstanceOf(UsageError);
    } finally {
      await chmod(dir, 0o700);
    }
    expect(await readFile(file, 'utf8')).toBe('A=1\n');
    expect(await readdir(dir)).toEqual(['.env']);
  });

  it('refuses a directory named as the env file', async () => {
    await expect(writeEnvFile(dir, values)).rejects.toThrow(/is a directory/);
  });
});
