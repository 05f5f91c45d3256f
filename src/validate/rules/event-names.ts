/**
 * event-names: a script that reads `pm.info.eventName` must work in every Postman runtime. Collection
 * v2.1 runtimes (Newman, the Postman CLI on a .json file) name the events `prerequest` and `test`;
 * Collection v3 (today's Postman app, the Postman CLI after `postman collection migrate`) names them
 * `beforeRequest` and `afterResponse`. A script comparing with one name of a pair and not the other
 * takes the wrong branch in the other format (the bug that made list-campaigns page forever in v3).
 */
import { collectionScripts } from '../walk.js';
import type { Problem, Rule } from '../types.js';

const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['prerequest', 'beforeRequest'],
  ['test', 'afterResponse'],
];

/** The code's string literals and its code text with comments and literals blanked. */
export function scanScript(source: string): { code: string; strings: string[] } {
  const strings: string[] = [];
  let code = '';
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end === -1 ? source.length : end + 2;
      code += ' ';
    } else if (c === "'" || c === '"' || c === '`') {
      let text = '';
      i++;
      while (i < source.length && source[i] !== c) {
        if (source[i] === '\\') {
          text += source[i + 1] ?? '';
          i += 2;
        } else {
          text += source[i++];
        }
      }
      i++;
      strings.push(text);
      code += '""';
    } else {
      code += c;
      i++;
    }
  }
  return { code, strings };
}

/** What is wrong with a script's use of the event name, or undefined when it handles both formats. */
export function eventNameProblem(source: string): string | undefined {
  const { code, strings } = scanScript(source);
  if (!/\beventName\b/.test(code) && !strings.includes('eventName')) return undefined;
  const named = PAIRS.filter(([v21, v3]) => strings.includes(v21) || strings.includes(v3));
  if (!named.length) {
    return `reads pm.info.eventName but compares it with none of ${PAIRS.flat().map((name) => `'${name}'`).join(', ')}`;
  }
  for (const [v21, v3] of named) {
    if (!strings.includes(v21)) return `reads pm.info.eventName and handles '${v3}' (Collection v3) but not '${v21}' (v2.1: Newman, Postman CLI on a .json file)`;
    if (!strings.includes(v3)) return `reads pm.info.eventName and handles '${v21}' (v2.1) but not '${v3}' (Collection v3: the Postman app, the Postman CLI after migrate)`;
  }
  return undefined;
}

export const eventNamesRule: Rule = {
  id: 'event-names',
  description: "A script reading pm.info.eventName handles both prerequest/beforeRequest and test/afterResponse (v2.1 and v3 names).",
  check(files) {
    const problems: Problem[] = [];
    for (const { file, where, source } of collectionScripts(files)) {
      const problem = eventNameProblem(source);
      if (!problem) continue;
      problems.push({
        file,
        rule: 'event-names',
        where,
        problem,
        fix: 'give each event its own script (one file per event in src/scripts/index.ts) or compare with both names of each pair, then npm run build',
      });
    }
    return problems;
  },
};
