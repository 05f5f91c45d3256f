/**
 * The prelude parts as text: read from their files (src/scripts/prelude/, listed in index.ts) and put
 * in the order they are inlined or evaluated, each after the parts it needs, each once. Used by the
 * build (src/generate/script-prelude.ts) and by the Node code that calls a part's helper itself
 * (node-exports.ts).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { preludeParts, type PreludePart } from './index.js';

const preludeDir = fileURLToPath(new URL('./', import.meta.url));

export type PreludeLoader = (part: PreludePart) => string;

const partSources = new Map<PreludePart, string>();

/** Reads src/scripts/prelude/<file> of a part (once per process). */
export const readPreludePart: PreludeLoader = (part) => {
  let source = partSources.get(part);
  if (source === undefined) {
    source = readFileSync(preludeDir + preludeParts[part].file, 'utf8');
    partSources.set(part, source);
  }
  return source;
};

function isPart(name: string): name is PreludePart {
  return Object.prototype.hasOwnProperty.call(preludeParts, name);
}

/** The parts to inline for `wanted`, each after the parts it needs, each once; `script` names who asks, for the error. */
export function resolveParts(wanted: string[], script: string): PreludePart[] {
  const ordered: PreludePart[] = [];
  const visit = (name: string, trail: string[]) => {
    if (!isPart(name)) {
      throw new Error(`script "${script}" asks for prelude part "${name}", which src/scripts/prelude/index.ts does not list - use one of ${Object.keys(preludeParts).join(', ')}`);
    }
    if (ordered.includes(name)) return;
    if (trail.includes(name)) throw new Error(`prelude part "${name}" needs itself (${[...trail, name].join(' -> ')}) - fix its needs in src/scripts/prelude/index.ts`);
    for (const need of preludeParts[name].needs) visit(need, [...trail, name]);
    ordered.push(name);
  };
  for (const name of wanted) visit(name, []);
  return ordered;
}
