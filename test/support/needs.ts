/**
 * What a test needs from outside the repository, in one place, with one rule for when it is missing.
 *
 * - `needsShared(...files)`: Amazon's reference data in `../shared` (beside the repository root, as
 *   `../shared/reference/...`): the team checkout and CI have it, a plain clone from GitHub does not.
 * - `postmanCliPresent()` (test/postman-cli/postman-cli.ts): the Postman CLI binary, installed by `npm ci`
 *   unless AMAZON_ADS_SKIP_POSTMAN_CLI is set (`npm run postman-cli:install`; docs/development.md).
 *
 * Present: returns true. Missing: with CI set, throws (the test file fails: CI runs everything);
 * otherwise returns false, the caller skips (`describe.skipIf(!present)`, `it.skipIf`, `if (present)`),
 * and the test file is marked (vitest task meta `needs`) so that test/support/needs-reporter.ts prints
 * one line naming every test file that skipped something, and why.
 *
 * Call it at the top level of a test file, or of a module a test file imports, where vitest is
 * collecting that file (each test file loads its own copy of the modules).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TestRunner } from 'vitest';

declare module 'vitest' {
  interface TaskMeta {
    /** What the file skipped, by reason (see `reasons`). */
    needs?: string[];
  }
}

/** `../shared/` beside the repository root. */
export const sharedDir = new URL('../../../shared/', import.meta.url);

/** A file under `../shared/` (e.g. `reference/openapi/SponsoredProducts_prod_3p.json`), as a URL. */
export const sharedFile = (relative: string): URL => new URL(relative, sharedDir);

/** A file under `../shared/`, as an absolute path. */
export const sharedPath = (relative: string): string => fileURLToPath(sharedFile(relative));

/** Why a file skipped, as the reporter prints it. */
export const reasons = {
  shared: "Amazon's reference data ../shared/reference is absent (a plain clone has none; CI and the team checkout do)",
  'postman-cli': 'the Postman CLI is not installed (AMAZON_ADS_SKIP_POSTMAN_CLI was set at npm ci; npm run postman-cli:install adds it)',
} as const;

export type Reason = keyof typeof reasons;

/** CI set to anything but "" / "0" / "false" (GitHub Actions and .ci/run set CI=true). */
export const inCi = (env: NodeJS.ProcessEnv = process.env): boolean => !['', '0', 'false'].includes((env.CI ?? '').trim().toLowerCase());

/** The rule: true when present; when missing, throws in CI, else marks the file being collected and returns false. */
export function needs(reason: Reason, present: boolean, missing: string): boolean {
  if (present) return true;
  if (inCi()) throw new Error(`CI is set, so nothing may be skipped: ${missing} is missing (${reasons[reason]})`);
  const file = TestRunner.getCurrentSuite()?.file;
  if (file) file.meta.needs = [...new Set([...(file.meta.needs ?? []), reason])];
  return false;
}

/** True when every named file under ../shared exists (see the rule above). */
export function needsShared(...relative: string[]): boolean {
  const absent = relative.filter((file) => !existsSync(sharedFile(file)));
  return needs('shared', absent.length === 0, absent.map((file) => `../shared/${file}`).join(', '));
}
