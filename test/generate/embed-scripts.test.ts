import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { embedScripts, eventLines, readScriptSource, scriptLines } from '../../src/generate/embed-scripts.js';
import { scriptFiles, type ScriptName } from '../../src/scripts/index.js';

const fake = (sources: Partial<Record<ScriptName, string>>) => (name: ScriptName) => {
  const source = sources[name];
  if (source === undefined) throw new Error(`no fake source for ${name}`);
  return source;
};

describe('scriptLines', () => {
  it('splits the file into lines, dropping only the final newline', () => {
    expect(scriptLines('store-token', fake({ 'store-token': 'a();\r\n\nb();\n' }))).toEqual(['a();', '', 'b();']);
  });

  it('puts a params line before a script given params', () => {
    const lines = scriptLines({ name: 'list-campaigns', params: { adProduct: 'SB' } }, fake({ 'list-campaigns': 'run(params);\n' }));
    expect(lines).toEqual(['const params = {"adProduct":"SB"};', 'run(params);']);
  });

  it('makes params visible to the script code when the lines run', () => {
    const lines = scriptLines({ name: 'list-campaigns', params: { adProduct: 'SD', n: 2 } }, fake({ 'list-campaigns': 'seen.push(params.adProduct, params.n);\n' }));
    const seen: unknown[] = [];
    new Function('seen', lines.join('\n'))(seen);
    expect(seen).toEqual(['SD', 2]);
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
    expect(events[0].script).toMatchObject({ type: 'text/javascript', exec: ['one();'] });
    expect(events[1].script).toMatchObject({ exec: ['two();'] });
    const idOf = (path: string[]) => (embedScripts({ prerequest: ['refresh-token'] }, path, load)[0].toJSON() as any).script.id;
    expect(idOf(['A', 'B'])).toBe(events[0].script.id);
    expect(idOf(['A', 'C'])).not.toBe(events[0].script.id);
  });

  it('makes no events when there are no scripts', () => {
    expect(embedScripts(undefined, ['X'])).toEqual([]);
  });

  it('reads every registered script file from src/scripts', () => {
    for (const [name, file] of Object.entries(scriptFiles)) {
      const onDisk = readFileSync(new URL(`../../src/scripts/${file}`, import.meta.url), 'utf8');
      expect(readScriptSource(name as ScriptName)).toBe(onDisk);
    }
  });

  it('names the registry when a script is not registered', () => {
    expect(() => readScriptSource('no-such' as ScriptName)).toThrow(/not registered in src\/scripts\/index.ts/);
  });
});
