/**
 * Turns a catalog `Scripts` entry into Postman events: each referenced file under src/scripts/ is read
 * and split into `exec` lines. A reference with params gets one generated line first,
 * `const params = {...};`, which the script reads. Several references on one event are each wrapped in
 * a block so their `params` do not collide.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sdk from 'postman-collection';
import type { ScriptRef, Scripts } from '../catalog/types.js';
import { scriptFiles, type ScriptName } from '../scripts/index.js';
import { stableId } from './stable-id.js';

const { Event } = sdk;

export type ScriptSourceLoader = (name: ScriptName) => string;

const scriptsDir = fileURLToPath(new URL('../scripts/', import.meta.url));

const sources = new Map<ScriptName, string>();

/** Reads src/scripts/<file> as registered in src/scripts/index.ts (once per process: many requests share a script). */
export const readScriptSource: ScriptSourceLoader = (name) => {
  const cached = sources.get(name);
  if (cached !== undefined) return cached;
  const source = readRegisteredScript(name);
  sources.set(name, source);
  return source;
};

function readRegisteredScript(name: ScriptName): string {
  const file = scriptFiles[name];
  if (!file) throw new Error(`script "${name}" is not registered in src/scripts/index.ts - add it to scriptFiles there`);
  try {
    return readFileSync(scriptsDir + file, 'utf8');
  } catch {
    throw new Error(`script "${name}" is registered in src/scripts/index.ts but src/scripts/${file} cannot be read - add the file or fix the entry`);
  }
}

function splitLines(source: string): string[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** The exec lines of one script reference: the params line (when given) and the file's lines. */
export function scriptLines(ref: ScriptRef, load: ScriptSourceLoader = readScriptSource): string[] {
  const name = typeof ref === 'string' ? ref : ref.name;
  const lines = splitLines(load(name));
  if (typeof ref === 'string') return lines;
  return [`const params = ${JSON.stringify(ref.params)};`, ...lines];
}

/** The exec lines of one event: one reference as is, several each in its own block. */
export function eventLines(refs: ScriptRef[], load: ScriptSourceLoader = readScriptSource): string[] {
  if (refs.length === 1) return scriptLines(refs[0], load);
  return refs.flatMap((ref) => ['{', ...scriptLines(ref, load).map((line) => (line ? `  ${line}` : line)), '}']);
}

/**
 * Postman events for `scripts`, prerequest first. `path` names the owner (collection, folder or
 * request) and seeds the scripts' stable ids.
 */
export function embedScripts(scripts: Scripts | undefined, path: string[], load: ScriptSourceLoader = readScriptSource): InstanceType<typeof Event>[] {
  const events: InstanceType<typeof Event>[] = [];
  for (const listen of ['prerequest', 'test'] as const) {
    const refs = scripts?.[listen] ?? [];
    if (!refs.length) continue;
    events.push(
      new Event({
        listen,
        script: { id: stableId('script', listen, ...path), type: 'text/javascript', exec: eventLines(refs, load) },
      }),
    );
  }
  return events;
}
