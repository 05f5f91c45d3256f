#!/usr/bin/env node
/**
 * package.json "postinstall": what every install of this project needs after npm has put node_modules
 * in place.
 *
 * 1. patches/ applied to the installed packages (apply-patches.mjs), in every install: `npm ci`,
 *    `npm ci --omit=dev`, the packed tarball installed as a dependency.
 * 2. In a checkout's development install only (test/postman-cli/tool/ exists, devDependencies not
 *    omitted): the Postman CLI the tests under test/postman-cli run, 237 MB with its binary, from its own
 *    lockfile (test/postman-cli/tool/package-lock.json). A contributor who does not need it sets
 *    AMAZON_ADS_SKIP_POSTMAN_CLI=1 (those tests then skip, named at the end of `npm test`; in CI they
 *    fail instead), and adds it later with `npm run postman-cli:install`.
 *
 * Any failure: one line naming the problem and the fix, exit 1 (npm then stops the install).
 */
import { spawnSync } from 'node:child_process';
import { applyPatches } from './apply-patches.mjs';
import { postmanCliTool, wantsPostmanCli } from './wants-postman-cli.mjs';

try {
  const applied = applyPatches();
  console.log(applied.length ? `patched ${applied.join(', ')} (patches/)` : 'patches/ already applied');
} catch (error) {
  console.error(`error: ${error.message}`);
  process.exit(1);
}

if (wantsPostmanCli()) {
  console.log('installing the Postman CLI for test/postman-cli (skip with AMAZON_ADS_SKIP_POSTMAN_CLI=1)');
  const npm = process.env.npm_execpath;
  const args = ['ci', '--prefix', postmanCliTool, '--no-audit', '--no-fund'];
  const ran = npm ? spawnSync(process.execPath, [npm, ...args], { stdio: 'inherit' }) : spawnSync('npm', args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (ran.status !== 0) {
    console.error('error: the Postman CLI did not install (above) - retry with npm run postman-cli:install, or skip it with AMAZON_ADS_SKIP_POSTMAN_CLI=1 npm ci');
    process.exit(1);
  }
}
