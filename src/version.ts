/**
 * The tool's version, as package.json states it (`amazon-ads-collection --version`). Read relative to
 * this module: src/version.ts under tsx and .build/version.js under scripts/launch.mjs sit at the same
 * depth below the project root.
 */
import { readFileSync } from 'node:fs';

export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: unknown };
  return typeof manifest.version === 'string' ? manifest.version : 'unknown';
}
