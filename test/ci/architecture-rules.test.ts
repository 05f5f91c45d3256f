/**
 * The rules of ARCHITECTURE.md that a grep can check (issue 11), so a change cannot quietly undo them:
 * the Newman adapter (src/run) is typed without `as unknown as` casts, every file the tool writes
 * goes through the one writer, src/files/write-file-atomic.ts, and the layer rule: an import never
 * goes sideways or back up a floor (import-layers.ts), and no files import each other in a circle.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { floors, importCircles, importsOf, knownExceptions, layerViolations, roomOf } from './import-layers.js';

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

  describe('layers (ARCHITECTURE.md, "Floors")', () => {
    const src = sourcesUnder('src');

    it('every import goes to the same room or a lower floor', () => {
      expect(importsOf(src).length).toBeGreaterThan(500);
      expect(layerViolations(src)).toEqual([]);
    });

    it('fails on a planted back-up import, a sideways one and a room on no floor', () => {
      const planted = src.map(([file, text]): [string, string] => {
        if (file === path.join('src', 'config', 'parse-value.ts')) return [file, `import { MASK } from '../run/run-collection.js';\n${text}`];
        if (file === path.join('src', 'report', 'csv-line.ts')) return [file, `${text}\nexport type { Emulator } from '../emulator/index.js';\n`];
        return [file, text];
      });
      expect(layerViolations([...planted, ['src/attic/old.ts', "import { UsageError } from '../errors.js';\n"]])).toEqual([
        'src/config/parse-value.ts -> src/run/run-collection.ts: back up, from config (settings) to run (commands)',
        'src/report/csv-line.ts -> src/emulator/index.ts: sideways, from report (services) to emulator (services)',
        'src/attic/old.ts -> src/errors.ts: room attic is on no floor (add it to floors in test/ci/import-layers.ts and ARCHITECTURE.md)',
      ]);
    });

    it('a dynamic import counts, and a type-only one', () => {
      const sources: Array<[string, string]> = [
        ['src/core/a.ts', "const later = await import('../run/run-collection.js');\n"],
        ['src/files/b.ts', "import type {\n  RunOptions,\n} from '../config/run-settings.js';\n"],
        ['src/run/run-collection.ts', ''],
        ['src/config/run-settings.ts', ''],
      ];
      expect(layerViolations(sources)).toEqual([
        'src/core/a.ts -> src/run/run-collection.ts: back up, from core (ground floor) to run (commands)',
        'src/files/b.ts -> src/config/run-settings.ts: back up, from files (tools) to config (settings)',
      ]);
    });

    it('every room of src is on a floor, and every known exception is still there (remove it once fixed)', () => {
      const rooms = new Set(src.map(([file]) => roomOf(file)));
      expect([...rooms].filter((room) => !floors.some((floor) => floor.rooms.includes(room)))).toEqual([]);
      const imports = importsOf(src);
      expect(knownExceptions.filter((known) => !imports.some(({ from, to }) => from === known.from && to === known.to))).toEqual([]);
    });

    it('no files import each other in a circle (type-only imports included)', () => {
      expect(importCircles(src)).toEqual([]);
      expect(importCircles([['src/x/a.ts', "import type { B } from './b.js';"], ['src/x/b.ts', "import type { A } from './a.js';"]])).toEqual([['src/x/a.ts', 'src/x/b.ts']]);
    });
  });
});
