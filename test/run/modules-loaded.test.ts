/**
 * Faster start (issue 13 item 6): a plain run loads only what it needs. The run is launched as
 * `npm run collection` launches it (scripts/launch.mjs, compiled .build/), with a module hook that
 * lists every module Node loads through `import`; the rooms and packages a smoke run never uses must
 * not be among them.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { demoCredentials, startEmulator } from '../../src/emulator/index.js';
import { cleanEnv, projectRoot, spawnRun } from '../support/spawn-cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'modules-loaded-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Files for `node --import <register>`: a load hook appending each loaded URL to `list`. */
function moduleListHook(list: string): string {
  writeFileSync(
    path.join(dir, 'hooks.mjs'),
    `import fs from 'node:fs';\nexport async function load(url, context, next) {\n  fs.appendFileSync(${JSON.stringify(list)}, url + '\\n');\n  return next(url, context);\n}\n`,
  );
  const register = path.join(dir, 'register.mjs');
  writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(path.join(dir, 'hooks.mjs')).href)});\n`);
  return register;
}

describe('a smoke run loads only what it needs', () => {
  it('no report download, emulator, auth, generator, validator schema or coverage code; no ajv, htmlextra or third postman-collection', async () => {
    const emulator = await startEmulator({ region: 'na' });
    const list = path.join(dir, 'loaded.txt');
    try {
      const ran = await spawnRun(
        process.execPath,
        ['--import', moduleListHook(list), 'scripts/launch.mjs', 'collection', '--', '--region', 'na', '--api-url', emulator.url, '--token-url', `${emulator.url}/auth/o2/token`],
        {
          env: cleanEnv({
            AMAZON_ADS_CLIENT_ID: demoCredentials.client_id,
            AMAZON_ADS_CLIENT_SECRET: demoCredentials.client_secret,
            AMAZON_ADS_REFRESH_TOKEN: demoCredentials.refresh_token,
          }),
        },
      );
      expect(ran.code, ran.output).toBe(0);
    } finally {
      await emulator.stop();
    }
    const loaded = readFileSync(list, 'utf8').split('\n').filter(Boolean).map((url) => url.replace(pathToFileURL(projectRoot).href + '/', ''));
    const ours = loaded.filter((url) => url.startsWith('.build/'));
    // the list works: the run's own modules are in it
    expect(ours).toEqual(expect.arrayContaining(['.build/cli.js', '.build/run/run-collection.js', '.build/run/plugins/cli-reporter.js']));
    const needless = [
      /^\.build\/report\/(?!report-range\.js$)/,
      /^\.build\/emulator\/(?!command\.js$|credentials\.js$)/,
      /^\.build\/auth\/(?!command\.js$)/,
      /^\.build\/generate\/(?!command\.js$)/,
      /^\.build\/compare\/(?!command\.js$)/,
      /^\.build\/validate\/(?!command\.js$|load\.js$|json-error-offset\.js$)/,
      // writing-requests.js: the one rule of which requests write, which the write guard checks before every run
      /^\.build\/catalog\/(?!variables\.js$|writing-requests\.js$)/,
      /^node_modules\/(ajv|ajv-formats|newman-reporter-htmlextra)\//,
      // Newman and its runtime bring their own copies; the project's would be a third one
      /^node_modules\/postman-collection\//,
    ];
    expect(loaded.filter((url) => needless.some((pattern) => pattern.test(url)))).toEqual([]);
  });
});
