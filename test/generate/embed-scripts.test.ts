import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { embedScripts } from '../../src/generate/embed-scripts.js';
import { eventLines, readScriptSource, scriptLines } from '../../src/scripts/assemble.js';
import { scriptFiles, type ScriptEvent, type ScriptName } from '../../src/scripts/index.js';

/** A loader answering fixed sources, per script or per `<script> <event>`. */
const fake = (sources: Record<string, string>) => (name: ScriptName, event: ScriptEvent) => {
  const source = sources[`${name} ${event}`] ?? sources[name];
  if (source === undefined) throw new Error(`no fake source for ${name} ${event}`);
  return source;
};

describe('scriptLines', () => {
  it('bundles the file into lines, named by its file, dropping only the final newline', () => {
    expect(scriptLines('store-token', 'test', fake({ 'store-token': 'a();\r\nb();\n' }))).toEqual(['// src/scripts/store-token.js', 'a();', 'b();']);
  });

  it('puts a params line before a script given params', () => {
    const lines = scriptLines({ name: 'list-campaigns', params: { adProduct: 'SB' } }, 'test', fake({ 'list-campaigns': 'run(params);\n' }));
    expect(lines).toEqual(['const params = {"adProduct":"SB"};', '// src/scripts/list-campaigns-after-response.js', 'run(params);']);
  });

  it('makes params visible to the script code when the lines run', () => {
    const lines = scriptLines({ name: 'list-campaigns', params: { adProduct: 'SD', n: 2 } }, 'test', fake({ 'list-campaigns': 'seen.push(params.adProduct, params.n);\n' }));
    const seen: unknown[] = [];
    new Function('seen', lines.join('\n'))(seen);
    expect(seen).toEqual(['SD', 2]);
  });

  it('bundles the modules a script imports, readable (not minified), with no import left', () => {
    const lines = scriptLines('store-ids', 'test', fake({ 'store-ids': "import { value } from './lib/value.js';\n(function () {\n  out.push(value('x'));\n})();\n" }));
    expect(lines.some((line) => /^\s*import\s/.test(line))).toBe(false);
    expect(lines).toContain('// src/scripts/lib/value.js');
    expect(lines).toContain('function value(name) {');
    const out: unknown[] = [];
    const pm = { variables: { get: (name: string) => (name === 'x' ? '  7 ' : undefined) } };
    new Function('pm', 'out', lines.join('\n'))(pm, out);
    expect(out).toEqual(['7']);
  });
});

describe('eventLines', () => {
  it('wraps several scripts on one event in blocks so each params stays its own', () => {
    const load = fake({ 'list-campaigns': 'seen.push(params.adProduct);\n' });
    const lines = eventLines(
      [
        { name: 'list-campaigns', params: { adProduct: 'SP' } },
        { name: 'list-campaigns', params: { adProduct: 'SB' } },
      ],
      'test',
      load,
    );
    const seen: unknown[] = [];
    new Function('seen', lines.join('\n'))(seen);
    expect(seen).toEqual(['SP', 'SB']);
  });
});

describe('embedScripts', () => {
  it('makes prerequest and test events with stable ids and javascript exec lines', () => {
    const load = fake({ 'refresh-token': 'one();\n', 'check-response': 'two();\n' });
    const events = embedScripts({ test: ['check-response'], prerequest: ['refresh-token'] }, ['A', 'B'], load).map((e) => e.toJSON() as any);
    expect(events.map((e) => e.listen)).toEqual(['prerequest', 'test']);
    expect(events[0].script).toMatchObject({ type: 'text/javascript', exec: ['// src/scripts/refresh-token.js', 'one();'] });
    expect(events[1].script).toMatchObject({ exec: ['// src/scripts/check-response.js', 'two();'] });
    const idOf = (path: string[]) => (embedScripts({ prerequest: ['refresh-token'] }, path, load)[0].toJSON() as any).script.id;
    expect(idOf(['A', 'B'])).toBe(events[0].script.id);
    expect(idOf(['A', 'C'])).not.toBe(events[0].script.id);
  });

  it('embeds the file of each event: a two-event script gets a different script per event', () => {
    const load = fake({ 'list-campaigns prerequest': 'before();\n', 'list-campaigns test': 'after();\n' });
    const events = embedScripts({ prerequest: ['list-campaigns'], test: ['list-campaigns'] }, ['L'], load).map((e) => e.toJSON() as any);
    expect(events.map((e) => [e.listen, e.script.exec])).toEqual([
      ['prerequest', ['// src/scripts/list-campaigns-before-request.js', 'before();']],
      ['test', ['// src/scripts/list-campaigns-after-response.js', 'after();']],
    ]);
  });

  it('the real list-campaigns halves never ask which event is running', () => {
    for (const event of ['prerequest', 'test'] as const) {
      expect(eventLines([{ name: 'list-campaigns', params: { adProduct: 'SP' } }], event).join('\n')).not.toMatch(/eventName/);
    }
  });

  it('refuses a script on an event it has no file for, naming the events it has', () => {
    expect(() => embedScripts({ test: ['refresh-token'] }, ['X'])).toThrow(/script "refresh-token" has no test file - attach it to prerequest only/);
  });

  it('makes no events when there are no scripts', () => {
    expect(embedScripts(undefined, ['X'])).toEqual([]);
  });

  it('reads every registered script file from src/scripts', () => {
    for (const [name, files] of Object.entries(scriptFiles)) {
      for (const [event, file] of Object.entries(files)) {
        const onDisk = readFileSync(new URL(`../../src/scripts/${file}`, import.meta.url), 'utf8');
        expect(readScriptSource(name as ScriptName, event as ScriptEvent)).toBe(onDisk);
      }
    }
  });

  it('names the registry when a script is not registered', () => {
    expect(() => readScriptSource('no-such' as ScriptName, 'test')).toThrow(/not registered in src\/scripts\/index.ts/);
  });
});

describe('bundling failures', () => {
  it('refuses a cause id the cause table does not define, naming the script', () => {
    expect(() => scriptLines('store-ids', 'test', fake({ 'store-ids': 'fail(CAUSE.not_a_cause);\n' }))).toThrow(
      'script "store-ids" uses cause CAUSE.not_a_cause, which src/core/causes/table.ts does not define',
    );
  });

  it('turns a known cause id into its text', () => {
    expect(scriptLines('store-ids', 'test', fake({ 'store-ids': 'fail(CAUSE.invalid_grant);\n' }))).toContain('fail("invalid_grant");');
  });

  it('names the script and the import that cannot be resolved', () => {
    expect(() => scriptLines('store-ids', 'test', fake({ 'store-ids': "import { nope } from './lib/nope.js';\nnope();\n" }))).toThrow(/^script "store-ids" cannot be bundled: Could not resolve/);
  });
});
