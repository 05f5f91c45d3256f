/**
 * Bundles one sandbox script (src/scripts/<file>.js, an ES module) with the modules it imports (its
 * helpers in src/scripts/lib/, the shared rules in src/rules/, the cause marker in src/core/causes/)
 * into the one plain script Postman runs: esbuild, not minified, so the script stays readable in the
 * Postman app. `CAUSE.<id>` becomes the id's text; an id the cause table (src/core/causes/table.ts)
 * does not define fails the build, naming the script. Sandbox scripts cannot `require` each other,
 * so every event's script carries what it imports.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { causeIds } from '../core/causes/table.js';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const scriptsDir = path.join(projectRoot, 'src/scripts');

const causeDefines = Object.fromEntries(causeIds.map((id) => [`CAUSE.${id}`, JSON.stringify(id)]));
const CAUSE_LEFT = /\bCAUSE\.([A-Za-z_$][\w$]*)/;

/** The bundled text of `source` (the script file's text), its imports resolved from src/scripts/. */
export function bundleScript(source: string, script: string, file = `${script}.js`): string {
  let text: string;
  try {
    const result = buildSync({
      stdin: { contents: source, resolveDir: scriptsDir, sourcefile: file, loader: 'js' },
      absWorkingDir: projectRoot,
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'neutral',
      charset: 'utf8',
      legalComments: 'none',
      logLevel: 'silent',
      define: causeDefines,
    });
    text = result.outputFiles[0].text;
  } catch (error) {
    const first = (error as { errors?: Array<{ text: string }> }).errors?.[0]?.text ?? String(error);
    throw new Error(`script "${script}" cannot be bundled: ${first} - fix its imports (src/scripts/lib/, src/rules/)`);
  }
  const unknown = CAUSE_LEFT.exec(text);
  if (unknown) {
    throw new Error(`script "${script}" uses cause CAUSE.${unknown[1]}, which src/core/causes/table.ts does not define - add the cause there or use one of its ids`);
  }
  if (/^\s*export\s/m.test(text)) throw new Error(`script "${script}" exports something - a sandbox script is run, never imported: remove the export`);
  return text;
}
