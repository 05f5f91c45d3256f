import { mkdtemp, readdir, readFile, rm, stat, writeFile, chmod, symlink, lstat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'dotenv';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkEnvFileWritable, formatEnvValue, readEnvText, updateEnvText, writeEnvFile } from '../../src/auth/write-env-file.js';
import { readVariables } from '../../src/config/env-file.js';
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

  it('never double-quotes a \\n or \\r, which dotenv would turn into a line break', () => {
    expect(formatEnvValue("it's \\n")).toBe('`it\'s \\n`');
    expect(parse(`K=${formatEnvValue("it's \\n")}`).K).toBe("it's \\n");
    expect(() => formatEnvValue('\'`\\r')).toThrow(/cannot be written safely/);
  });
});

describe('what npm run auth writes, the run reads back unchanged (its own line check, then dotenv)', () => {
  const printable = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i));
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'auth-env-round-trip-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('every printable ASCII character, alone, at either end and beside every other one', async () => {
    const written: Record<string, string> = {};
    for (const [i, first] of printable.entries()) {
      written[`ALONE_${i}`] = first;
      written[`ENDS_${i}`] = `${first}secret-${first}`;
      for (const [j, second] of printable.entries()) written[`PAIR_${i}_${j}`] = `q${first}${second}`;
    }
    const file = path.join(dir, '.env');
    await writeEnvFile(file, written);
    expect(readVariables(file, true, {})).toEqual(written);
  });

  it('values with two of the three quotes and backslashes, as a client secret may have them: q\'\\ then the next key', async () => {
    const written = {
      AMAZON_ADS_CLIENT_SECRET: "q'\\",
      AMAZON_ADS_REFRESH_TOKEN: 'Atzr|"quoted" \\',
      A: 'back`tick\\',
      B: '\\"\\\'',
      C: ' padded # not a comment ',
      D: printable.filter((char) => char !== '"').join(''),
      E: printable.filter((char) => char !== "'").join(''),
      F: printable.filter((char) => char !== '`').join(''),
    };
    const file = path.join(dir, '.env');
    await writeFile(file, '# kept\nAMAZON_ADS_REGION=na\n');
    await writeEnvFile(file, written);
    expect(readVariables(file, true, {})).toEqual({ ...written, AMAZON_ADS_REGION: 'na' });
  });

  it('refuses (before writing) a value dotenv would read back otherwise, naming only the key', async () => {
    const file = path.join(dir, '.env');
    // the value ends in a backslash, and a later line ends in the quote it would be written with
    await writeFile(file, "SECRET=old\n# the end'\n");
    const error = await writeEnvFile(file, { SECRET: 'a"b`c\\' }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toBe(`SECRET would not read back from ${file} as written (a value ending in a backslash before quotes further down); edit ${file} by hand`);
    expect(await readFile(file, 'utf8')).toBe("SECRET=old\n# the end'\n");
  });
});

describe('readEnvText', () => {
  it('names a UTF-16 env file (either byte order) instead of reading it garbled', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'auth-env-utf16-'));
    try {
      const file = path.join(dir, '.env');
      await writeFile(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('A=1\n', 'utf16le')]));
      await expect(readEnvText(file)).rejects.toThrow(new UsageError(`env file "${file}" is UTF-16 (it starts with the bytes FF FE): save it as UTF-8`));
      await writeFile(file, Buffer.from([0xfe, 0xff, 0x00, 0x41]));
      await expect(readEnvText(file)).rejects.toThrow(/is UTF-16 \(it starts with the bytes FE FF\): save it as UTF-8$/);
      await writeFile(file, '\uFEFFA=1\n');
      expect(await readEnvText(file)).toBe('\uFEFFA=1\n');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
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

  it('checkEnvFileWritable: a folder that takes new files passes and keeps nothing; one that does not is named', async () => {
    await checkEnvFileWritable(path.join(dir, '.env'));
    expect(await readdir(dir)).toEqual([]);
    await expect(checkEnvFileWritable('/proc/.env')).rejects.toThrow(
      /^cannot write the env file \/proc\/\.env: its folder \/proc does not take new files \(\w+\); make the folder writable or choose another --env-file$/,
    );
    await expect(checkEnvFileWritable(path.join(dir, 'missing', '.env'))).rejects.toThrow(/folder of --env-file .* does not exist/);
  });

  it('refuses a directory named as the env file', async () => {
    await expect(writeEnvFile(dir, values)).rejects.toThrow(/is a directory/);
  });
});
