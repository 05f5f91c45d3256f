/**
 * Whether an install gets the Postman CLI of the tests (test/postman-cli/tool/, 237 MB): only a
 * checkout's development install (not `--omit=dev`, not NODE_ENV=production, not the packed tarball,
 * which has no test/), and not when the contributor set AMAZON_ADS_SKIP_POSTMAN_CLI.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const postmanCliTool = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../test/postman-cli/tool');

export function wantsPostmanCli(env = process.env, checkout = fs.existsSync(path.join(postmanCliTool, 'package.json'))) {
  const omitted = `${env.npm_config_omit ?? ''}`.split(/[\s,]+/);
  const production = omitted.includes('dev') || env.NODE_ENV === 'production' || env.npm_config_production === 'true';
  const skipped = !['', '0', 'false'].includes((env.AMAZON_ADS_SKIP_POSTMAN_CLI ?? '').trim().toLowerCase());
  return checkout && !production && !skipped;
}
