/**
 * The rules of ARCHITECTURE.md that a grep can check (issue 11), so a change cannot quietly undo them:
 * the Newman adapter (src/run) is typed without `as unknown as` casts, and every file the tool writes
 * goes through the one writer, src/files/write-file-atomic.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Every .ts file below `folder` (relative to the project root), as [relative path, text]. */
function sourcesUnder(folder: string): Array<[string, string]> {
  return (fs.readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => file.endsWith('.ts'))
    .map((file) => path.join(folder, file))
    .map((file): [string, string] => [file, fs.readFileSync(path.join(root, file), 'utf8')]);
}

/** `file:line` of every line of `sources` matching `pattern`. */
function linesMatching(sources: Array<[string, string]>, pattern: RegExp): string[] {
  return sources.flatMap(([file, text]) => text.split('\n').flatMap((line, i) => (pattern.test(line) ? [`${file}:${i + 1}`] : [])));
}

describe('architecture rules', () => {
  it('src/run has no `as unknown as` cast', () => {
    const run = sourcesUnder('src/run');
    expect(run.length).toBeGreaterThan(20);
    expect(linesMatching(run, /\bas unknown as\b/)).toEqual([]);
  });

  it('only src/files writes files', () => {
    const src = sourcesUnder('src').filter(([file]) => !file.startsWith(path.join('src', 'files') + path.sep));
    expect(linesMatching(src, /\b(writeFileSync|appendFileSync|createWriteStream|writeSync)\s*\(|promises\.(writeFile|appendFile)\b/)).toEqual([]);
  });
});
