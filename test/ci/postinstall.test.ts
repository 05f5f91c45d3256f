/**
 * The install hook (scripts/install/postinstall.mjs): the Postman CLI of the tests (237 MB) comes with a
 * checkout's development install only, and a contributor can skip it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module without types
import { postmanCliTool, wantsPostmanCli } from '../../scripts/install/wants-postman-cli.mjs';
import { projectRoot } from '../support/spawn-cli.js';

describe('wantsPostmanCli', () => {
  it('a checkout: npm ci installs it', () => {
    expect(wantsPostmanCli({}, true)).toBe(true);
    expect(wantsPostmanCli({ AMAZON_ADS_SKIP_POSTMAN_CLI: '0' }, true)).toBe(true);
  });

  it('AMAZON_ADS_SKIP_POSTMAN_CLI=1 npm ci skips it', () => {
    expect(wantsPostmanCli({ AMAZON_ADS_SKIP_POSTMAN_CLI: '1' }, true)).toBe(false);
    expect(wantsPostmanCli({ AMAZON_ADS_SKIP_POSTMAN_CLI: 'true' }, true)).toBe(false);
  });

  it('a production install (npm ci --omit=dev, NODE_ENV=production) skips it', () => {
    expect(wantsPostmanCli({ npm_config_omit: 'dev' }, true)).toBe(false);
    expect(wantsPostmanCli({ npm_config_omit: 'optional dev' }, true)).toBe(false);
    expect(wantsPostmanCli({ NODE_ENV: 'production' }, true)).toBe(false);
  });

  it('the packed tarball (no test/) never installs it', () => {
    expect(wantsPostmanCli({}, false)).toBe(false);
  });

  it('installs from its own lockfile, pinned, and the root no longer carries it', () => {
    expect(postmanCliTool).toBe(path.join(projectRoot, 'test/postman-cli/tool'));
    const tool = JSON.parse(readFileSync(path.join(postmanCliTool, 'package.json'), 'utf8'));
    expect(tool.dependencies).toEqual({ 'postman-cli': '1.34.0' });
    expect(existsSync(path.join(postmanCliTool, 'package-lock.json'))).toBe(true);
    const manifest = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8'));
    expect(manifest.devDependencies['postman-cli']).toBeUndefined();
    expect(manifest.scripts['postman-cli:install']).toBe('npm ci --prefix test/postman-cli/tool --no-audit --no-fund');
  });
});
