/**
 * Inlines the script prelude (src/scripts/prelude/) into a sandbox script: a line
 * `// @prelude <part> ...` is replaced, at its indentation, by `var CAUSE = {...}` (when the script
 * uses `CAUSE.<id>`) and the named parts with the parts they need, each once, needed parts first.
 * Unknown parts or cause ids fail the build with the script's name and the fix.
 */
import { causeIds } from '../run/causes.js';
import { readPreludePart, resolveParts, type PreludeLoader } from '../scripts/prelude/parts.js';

const MARKER = /^(\s*)\/\/\s*@prelude\b(.*)$/;
const CAUSE_USE = /\bCAUSE\.([A-Za-z_$][\w$]*)/g;

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
