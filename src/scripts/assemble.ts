/**
 * The text of a sandbox script as Postman runs it: the event's file read from src/scripts/ (as
 * registered in index.ts), bundled with the modules it imports (bundle.ts) and split into `exec`
 * lines. A reference with params gets one generated line first, `const params = {...};`, which the
 * script reads; several references on one event are each wrapped in a block so their `params` do not
 * collide. Used by the build (src/generate/embed-scripts.ts) and by the runner's "Next profile" step
 * (src/run/profiles/profile-loop.ts).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundleScript } from './bundle.js';
import { scriptFiles, type ScriptEvent, type ScriptName } from './index.js';

/** A script named by a catalog entry, with the params its generated line gives it. */
export type ScriptRef = ScriptName | { name: ScriptName; params: Record<string, unknown> };

/** The source of a script's file for `event` (a loader may ignore `event` for one-event scripts). */
export type ScriptSourceLoader = (name: ScriptName, event: ScriptEvent) => string;

const scriptsDir = fileURLToPath(new URL('./', import.meta.url));

const sources = new Map<string, string>();

/** Reads src/scripts/<file> of `event` as registered in src/scripts/index.ts (once per process: many requests share a script). */
export const readScriptSource: ScriptSourceLoader = (name, event) => {
  const key = `${name} ${event}`;
  const cached = sources.get(key);
  if (cached !== undefined) return cached;
  const source = readRegisteredScript(name, event);
  sources.set(key, source);
  return source;
};

function readRegisteredScript(name: ScriptName, event: ScriptEvent): string {
  const files: Partial<Record<ScriptEvent, string>> | undefined = scriptFiles[name];
  if (!files) throw new Error(`script "${name}" is not registered in src/scripts/index.ts - add it to scriptFiles there`);
  const file = files[event];
  if (!file) {
    throw new Error(`script "${name}" has no ${event} file - attach it to ${Object.keys(files).join(' or ')} only, or register a ${event} file for it in src/scripts/index.ts`);
  }
  try {
    return readFileSync(scriptsDir + file, 'utf8');
  } catch {
    throw new Error(`script "${name}" is registered in src/scripts/index.ts but src/scripts/${file} cannot be read - add the file or fix the entry`);
  }
}

/** A script text as exec lines: any line ending, without the final empty line. */
export function splitLines(source: string): string[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

const bundles = new Map<string, string[]>();

/** The bundled lines of a script source (once per process and text: many requests share a script). */
function bundledLines(source: string, name: ScriptName, file: string | undefined): string[] {
  const key = `${file ?? name}\n${source}`;
  let lines = bundles.get(key);
  if (!lines) {
    lines = splitLines(bundleScript(source, name, file));
    bundles.set(key, lines);
  }
  return lines;
}

/** The exec lines of one script reference on `event`: the params line (when given) and the file bundled with what it imports. */
export function scriptLines(ref: ScriptRef, event: ScriptEvent, load: ScriptSourceLoader = readScriptSource): string[] {
  const name = typeof ref === 'string' ? ref : ref.name;
  const files: Partial<Record<ScriptEvent, string>> | undefined = scriptFiles[name];
  const lines = bundledLines(load(name, event), name, files?.[event]);
  if (typeof ref === 'string') return lines;
  return [`const params = ${JSON.stringify(ref.params)};`, ...lines];
}

/** The exec lines of one event: one reference as is, several each in its own block. */
export function eventLines(refs: ScriptRef[], event: ScriptEvent, load: ScriptSourceLoader = readScriptSource): string[] {
  if (refs.length === 1) return scriptLines(refs[0], event, load);
  return refs.flatMap((ref) => ['{', ...scriptLines(ref, event, load).map((line) => (line ? `  ${line}` : line)), '}']);
}

