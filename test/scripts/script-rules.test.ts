/**
 * Rules every sandbox script in src/scripts/ follows, checked on what the build embeds (the file
 * bundled with the modules it imports): registered, parses as a script body (also with the generated params
 * line), only the current pm.* API, no top-level return, no console output of variables or
 * responses, and no dependence on the event's name.
 */
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { scriptLines } from '../../src/scripts/assemble.js';
import { scriptFiles, type ScriptEvent, type ScriptName } from '../../src/scripts/index.js';

const dir = fileURLToPath(new URL('../../src/scripts/', import.meta.url));
/** Every script file as `<script> <event>`. */
const names = Object.entries(scriptFiles).flatMap(([name, files]) => Object.keys(files).map((event) => `${name} ${event}`));
const text = (key: string) => {
  const [name, event] = key.split(' ') as [ScriptName, ScriptEvent];
  return scriptLines(name, event).join('\n');
};
/** The code without comments and string literals, so the rules look at code only. */
const code = (name: string) =>
  text(name)
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
    .replace(/'(?:[^'\\\n]|\\.)*'/g, "''")
    .replace(/"(?:[^"\\\n]|\\.)*"/g, '""');

describe('sandbox script rules', () => {
  test('every .js file in src/scripts is registered and every registered file exists', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.js')).sort();
    expect(files).toEqual(Object.values(scriptFiles).flatMap((byEvent) => Object.values(byEvent)).sort());
  });

  test.each(names)('%s is bundled whole: no import or export left, no cause id left unresolved', (name) => {
    expect(code(name)).not.toMatch(/^\s*(import|export)\s/m);
    expect(code(name)).not.toMatch(/\bCAUSE\./);
  });

  test.each(names)('%s does not read pm.info.eventName (its values differ between Postman formats)', (name) => {
    expect(code(name)).not.toMatch(/eventName/);
  });

  test.each(names)('%s parses, alone and after a params line', (name) => {
    expect(() => new Script(text(name))).not.toThrow();
    expect(() => new Script(`const params = {"adProduct":"SP"};\n${text(name)}`)).not.toThrow();
    // what the build does for several scripts on one event: each in its own block
    expect(() => new Script(`{\nconst params = {};\n${text(name)}\n}\n{\nconst params = {};\n${text(name)}\n}`)).not.toThrow();
  });

  test.each(names)('%s uses only the current pm.* API', (name) => {
    const src = code(name);
    expect(src).not.toMatch(/\bpostman\s*\./);
    expect(src).not.toMatch(/\b(responseBody|responseCode|responseHeaders|responseCookies|request\.data|tests\s*\[|environment\s*\[|globals\s*\[)/);
    expect(src).not.toMatch(/\bpm\.(setNextRequest|globals\.set)\b/);
    expect(src).not.toMatch(/\brequire\s*\(/);
  });

  test.each(names)('%s has no top-level return', (name) => {
    // wrapped in a function it is fine; as a program body a top-level return is a syntax error
    expect(() => new Script(text(name))).not.toThrow();
  });

  test.each(names)('%s never prints variables, responses or tokens', (name) => {
    const calls = text(name).match(/console\.\w+\([^;]*\);/g) ?? [];
    for (const call of calls) {
      expect(call).not.toMatch(/pm\.(environment|variables|collectionVariables|globals|response|request)\b/);
      expect(call).not.toMatch(/\b(token|secret|body|response)\b/i);
    }
  });
});
