/** The Postman CLI launcher of the tests: a binary that cannot start and a call past its time limit fail clearly. */
import { existsSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { postmanBinary, postmanCli, postmanCliPresent, type PostmanCli } from './postman-cli.js';

let cli: PostmanCli | undefined;
afterEach(() => {
  cli?.dispose();
  cli = undefined;
});

describe('postman-cli launcher', () => {
  test.runIf(postmanCliPresent())('finds the installed binary, which answers --version with the pinned 1.34.0', async () => {
    expect(existsSync(postmanBinary())).toBe(true);
    cli = postmanCli();
    const version = await cli.run(['--version'], 30_000);
    expect(version.output.trim()).toBe('1.34.0');
    expect(version.code).toBe(0);
  }, 60_000);

  test('a binary that cannot start fails with the reason and the fix', async () => {
    cli = postmanCli('/nonexistent/postman');
    await expect(cli.run(['--version'], 5_000)).rejects.toThrow(/^the Postman CLI binary \/nonexistent\/postman cannot start \(spawn \/nonexistent\/postman ENOENT\) - reinstall with npm ci$/);
  });

  test('a call past its time limit is killed and fails', async () => {
    cli = postmanCli(process.execPath);
    const started = Date.now();
    await expect(cli.run(['-e', 'setTimeout(() => {}, 60000)'], 300)).rejects.toThrow(/did not finish within 300 ms and was killed/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  test('its temporary HOME says updates were just checked, and is removed by dispose', () => {
    cli = postmanCli(process.execPath);
    const home = cli.dir.replace(/\/work$/, '');
    expect(existsSync(`${home}/.postman/postmanrc`)).toBe(true);
    cli.dispose();
    expect(existsSync(home)).toBe(false);
    cli = undefined;
  });
});
