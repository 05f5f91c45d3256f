/**
 * Inlines the script prelude (src/scripts/prelude/) into a sandbox script: a line
 * `// @prelude <part> ...` is replaced, at its indentation, by `var CAUSE = {...}` (when the script
 * uses `CAUSE.<id>`) and the named parts with the parts they need, each once, needed parts first.
 * Unknown parts or cause ids fail the build with the script's name and the fix.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { causeIds } from '../run/causes.js';
import { preludeParts, type PreludePart } from '../scripts/prelude/index.js';

const preludeDir = fileURLToPath(new URL('../scripts/prelude/', import.meta.url));
const MARKER = /^(\s*)\/\/\s*@prelude\b(.*)$/;
const CAUSE_USE = /\bCAUSE\.([A-Za-z_$][\w$]*)/g;

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

/** The parts to inline for `wanted`, each after the parts it needs, each once. */
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

/** `var CAUSE = {...};` for the cause ids `code` uses; an id the runner does not know fails the build. */
export function causeTableLine(code: string, script: string): string | undefined {
  const used = [...new Set([...code.matchAll(CAUSE_USE)].map((match) => match[1]))].sort();
  if (!used.length) return undefined;
  const unknown = used.filter((id) => !(causeIds as string[]).includes(id));
  if (unknown.length) {
    throw new Error(`script "${script}" uses cause ${unknown.map((id) => `CAUSE.${id}`).join(', ')}, which src/run/causes.ts does not define - add the cause there or use one of its ids`);
  }
  return `var CAUSE = ${JSON.stringify(Object.fromEntries(used.map((id) => [id, id])))};`;
}

/** A script text as exec lines: any line ending, without the final empty line. */
export function splitLines(source: string): string[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** The script's lines with its `// @prelude` line replaced by the prelude it asks for. */
export function withPrelude(lines: string[], script: string, load: PreludeLoader = readPreludePart): string[] {
  const at = lines.findIndex((line) => MARKER.test(line));
  if (at === -1) {
    if (causeTableLine(lines.join('\n'), script)) {
      throw new Error(`script "${script}" uses CAUSE.<id> without a // @prelude line - add one where the cause table belongs`);
    }
    return lines;
  }
  if (lines.slice(at + 1).some((line) => MARKER.test(line))) {
    throw new Error(`script "${script}" has more than one // @prelude line - name every part on one line`);
  }
  const [, indent, list] = MARKER.exec(lines[at])!;
  const parts = resolveParts(list.split(/[\s,]+/).filter(Boolean), script);
  const partLines = parts.flatMap((part) => splitLines(load(part)));
  const rest = [...lines.slice(0, at), ...partLines, ...lines.slice(at + 1)].join('\n');
  const table = causeTableLine(rest, script);
  const inlined = [...(table ? [table] : []), ...partLines].map((line) => (line ? indent + line : line));
  return [...lines.slice(0, at), ...inlined, ...lines.slice(at + 1)];
}
