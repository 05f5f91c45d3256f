import { describe, expect, it } from 'vitest';
import { causeTableLine, withPrelude } from '../../src/generate/script-prelude.js';
import { eventLines } from '../../src/generate/embed-scripts.js';
import { causeIds } from '../../src/run/causes.js';
import { preludeParts, type PreludePart } from '../../src/scripts/prelude/index.js';
import { readPreludePart } from '../../src/scripts/prelude/parts.js';
import { scriptFiles, type ScriptEvent, type ScriptName } from '../../src/scripts/index.js';

const parts = (sources: Partial<Record<PreludePart, string>>) => (part: PreludePart) => sources[part] ?? `// ${part}\n`;

describe('causeTableLine', () => {
  it('is the ids the code uses, from the runner table, sorted', () => {
    expect(causeTableLine("CAUSE.throttled + ': x'; CAUSE.page_limit; CAUSE.throttled", 's')).toBe('var CAUSE = {"page_limit":"page_limit","throttled":"throttled"};');
    expect(causeTableLine('nothing here', 's')).toBeUndefined();
  });

  it('fails the build for a cause the runner does not know', () => {
    expect(() => causeTableLine('CAUSE.page_limt', 'list-campaigns')).toThrow(/script "list-campaigns" uses cause CAUSE\.page_limt, which src\/run\/causes.ts does not define/);
  });
});

describe('withPrelude', () => {
  it('replaces the marker with the cause table and the parts, indented', () => {
    const lines = withPrelude(['(function () {', '  // @prelude auth-requests', "  f(CAUSE.unauthorized);", '})();'], 's', parts({ value: 'function value() {}\n', 'auth-requests': 'var A = 1;\n\nvar B = 2;\n' }));
    expect(lines).toEqual(['(function () {', '  var CAUSE = {"unauthorized":"unauthorized"};', '  function value() {}', '  var A = 1;', '', '  var B = 2;', '  f(CAUSE.unauthorized);', '})();']);
  });

  it('counts the causes the parts use too', () => {
    const lines = withPrelude(['// @prelude campaign-list'], 's', parts({ 'campaign-list': 'x(CAUSE.unexpected_status);\n' }));
    expect(lines[0]).toBe('var CAUSE = {"unexpected_status":"unexpected_status"};');
  });

  it('leaves a script without marker as it is, unless it uses CAUSE', () => {
    expect(withPrelude(['a();'], 's')).toEqual(['a();']);
    expect(() => withPrelude(['f(CAUSE.throttled);'], 's')).toThrow(/uses CAUSE.<id> without a \/\/ @prelude line/);
  });

  it('refuses two marker lines', () => {
    expect(() => withPrelude(['// @prelude value', '// @prelude value'], 's')).toThrow(/more than one \/\/ @prelude line/);
  });
});

describe('the shipped scripts and prelude', () => {
  const embedded = Object.entries(scriptFiles).flatMap(([name, files]) =>
    Object.keys(files).map((event) => ({ name, event, text: eventLines([name as ScriptName], event as ScriptEvent).join('\n') })),
  );

  it('every prelude part file exists and every part is used by some script', () => {
    for (const part of Object.keys(preludeParts) as PreludePart[]) {
      expect(readPreludePart(part).length).toBeGreaterThan(0);
      const first = readPreludePart(part).split('\n').find((line) => /^(function|var) /.test(line))!;
      expect(embedded.some((script) => script.text.includes(first)), `${part} unused`).toBe(true);
    }
  });

  it('helpers are written once: no embedded script defines value() or the OAuth texts twice', () => {
    for (const { name, event, text } of embedded) {
      expect(text.match(/function value\(/g)?.length ?? 0, `${name} ${event}`).toBeLessThanOrEqual(1);
      expect(text.match(/the client id or client secret is wrong/g)?.length ?? 0).toBeLessThanOrEqual(1);
    }
  });

  it('a failure message starts with CAUSE.<id>, never with a literal cause id', () => {
    const literal = new RegExp(`['"](${causeIds.join('|')}): `);
    for (const { name, event, text } of embedded) expect(text, `${name} ${event}`).not.toMatch(literal);
  });
});
