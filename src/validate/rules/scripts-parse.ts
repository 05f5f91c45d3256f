/**
 * scripts-parse: every event script compiles as JavaScript. The code is compiled, never run, inside
 * an async function wrapper, as the Postman sandbox wraps it (so a top-level return or await is fine).
 */
import vm from 'node:vm';
import { collectionScripts } from '../walk.js';
import type { Problem, Rule } from '../types.js';

/** The first syntax error of a script as `line N: message`, or undefined when it compiles. */
export function scriptSyntaxError(source: string): string | undefined {
  const filename = 'postman-script.js';
  try {
    new vm.Script(`(async function () {\n${source}\n})`, { filename });
    return undefined;
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    // The stack starts with "postman-script.js:<line>"; the wrapper adds one line above the script.
    const line = new RegExp(`${filename}:(\\d+)`).exec(error.stack ?? '');
    const scriptLine = line ? Math.max(1, Number(line[1]) - 1) : undefined;
    return `${scriptLine ? `line ${scriptLine}: ` : ''}${error.message}`;
  }
}

export const scriptsParseRule: Rule = {
  id: 'scripts-parse',
  description: 'Every prerequest/test script parses as JavaScript (compiled, never run).',
  check(files) {
    const problems: Problem[] = [];
    for (const { file, where, source } of collectionScripts(files)) {
      const error = scriptSyntaxError(source);
      if (!error) continue;
      problems.push({ file, rule: 'scripts-parse', where, problem: `syntax error at ${error}`, fix: 'fix the script source under src/scripts/ and run npm run build' });
    }
    return problems;
  },
};
