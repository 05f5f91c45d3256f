/**
 * A prelude part's helpers, called from Node: the runner and `npm run auth` use the very text the build
 * inlines into the sandbox scripts, so a rule both sides apply (which profileId numbers are kept as
 * digits, how long a shown name may be) has one home and the two sides cannot drift.
 *
 * The part (with the parts it needs, in the build's order) is evaluated once per call, in this process:
 * the prelude files are trusted local files, plain JavaScript. Only parts that stand on their own can be
 * used here: no `pm` (there is no sandbox) and no `CAUSE` (the build writes that table per script).
 */
import type { PreludePart } from './index.js';
import { readPreludePart, resolveParts } from './parts.js';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const SANDBOX_ONLY = /\b(pm|CAUSE)\./;

/**
 * The named top-level `var` / `function` bindings of `part`, as `T` says they are typed (its test checks
 * them). Throws, naming the part, when one is missing or the part needs the sandbox.
 */
export function preludeExports<T extends Record<string, unknown>>(part: PreludePart, names: ReadonlyArray<keyof T & string>): T {
  const source = resolveParts([part], `Node (prelude part ${part})`).map(readPreludePart).join('\n');
  const sandboxUse = SANDBOX_ONLY.exec(source);
  if (sandboxUse) throw new Error(`prelude part "${part}" uses ${sandboxUse[0]}, which only the sandbox has - Node can use only parts that stand on their own`);
  const bad = names.filter((name) => !IDENTIFIER.test(name));
  if (bad.length) throw new Error(`${bad.join(', ')} is not a name a prelude part can define`);
  const list = names.map((name) => `${name}: typeof ${name} === 'undefined' ? undefined : ${name}`).join(', ');
  const bindings: Record<string, unknown> = new Function(`${source}\nreturn { ${list} };`)();
  const missing = names.filter((name) => bindings[name] === undefined);
  if (missing.length) throw new Error(`prelude part "${part}" (src/scripts/prelude/) defines no ${missing.join(', ')}`);
  return bindings as T;
}
