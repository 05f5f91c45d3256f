/**
 * The `npm run validate` / `npm run coverage` examples of the README and of docs/validating.md and
 * docs/differences-from-official.md (where those commands are documented) work in a plain clone: every
 * file they name is in the repository (a `../shared/` or `path/to/` form is only shown as "if you have
 * it"), and the commands succeed when run as the pages write them.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, spawnRun, tsxBin, cliEntry } from '../support/spawn-cli.js';

const pages = ['README.md', 'docs/validating.md', 'docs/differences-from-official.md'].map((page) => readFileSync(path.join(projectRoot, page), 'utf8')).join('\n');

/** `npm run <command> -- <args>` lines inside the pages' sh code blocks, comments dropped. */
function examples(command: string): string[][] {
  const blocks = [...pages.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => match[1]);
  return blocks
    .flatMap((block) => block.split('\n'))
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => line.startsWith(`npm run ${command}`))
    .map((line) => line.split(/\s+/).slice(3).filter((word) => word !== '--'));
}

const outsideTheClone = (file: string) => file.startsWith('../shared/') || file.startsWith('path/to/');

describe('the documented examples of validate and coverage', () => {
  const validate = examples('validate');
  const coverage = examples('coverage');

  it('name only files a clone has, except the forms marked as optional', () => {
    expect(validate.length).toBeGreaterThanOrEqual(2);
    expect(coverage.length).toBeGreaterThanOrEqual(2);
    for (const args of [...validate, ...coverage]) {
      for (const file of args.filter((word) => !word.startsWith('-') && !outsideTheClone(word))) {
        expect(existsSync(path.join(projectRoot, file)), `the docs name ${file}`).toBe(true);
      }
    }
    expect(coverage.some((args) => args.length > 0 && args.every((word) => !outsideTheClone(word)))).toBe(true);
  });

  it('run as written (the in-clone forms) and succeed', async () => {
    const runs = [...validate.map((args) => ['validate', ...args]), ...coverage.map((args) => ['coverage', ...args])].filter((args) =>
      args.every((word) => !outsideTheClone(word)),
    );
    const results = await Promise.all(runs.map((args) => spawnRun(tsxBin, [cliEntry, ...args])));
    results.forEach((result, i) => expect(result.code, `${runs[i].join(' ')}: ${result.stderr}`).toBe(0));
  });
});
