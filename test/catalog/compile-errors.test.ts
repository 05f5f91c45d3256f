/**
 * The catalog's compile-time guarantees hold: a request with an unknown {{variable}}, an unknown media
 * type, an unknown script or a raw body without a content type does not type-check. Each fixture is
 * compiled with the TypeScript compiler API as if it were a module in src/catalog/ (it is not on disk,
 * so `tsc --noEmit` of the project never sees it); a correct fixture proves the harness itself passes.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const header = `import { request } from './types.js';\n`;
const base = `name: 'x', method: 'POST', headers: 'profile', description: 'x'`;

/** Each fixture becomes a virtual module src/catalog/__compile_fixture_<name>__.ts of one program. */
const fixtures = {
  correct: `${header}export const ok = request({ ${base}, url: '{{api_url}}/sp/campaigns/list', accept: 'spCampaign', contentType: 'spCampaign', body: { mode: 'raw', example: {} }, extraHeaders: [{ key: 'Prefer', value: 'return=representation' }], scripts: { test: [{ name: 'list-campaigns', params: { adProduct: 'SP' } }] } });\n`,
  urlVariable: `${header}export const bad = request({ ${base}, url: '{{api_url}}/sp/{{campaign_id}}' });\n`,
  headerVariable: `${header}export const bad = request({ ${base}, url: '{{api_url}}/x', extraHeaders: [{ key: 'X', value: '{{nope}}' }] });\n`,
  mediaType: `${header}export const bad = request({ ${base}, url: '{{api_url}}/x', accept: 'spCampaignV3' });\n`,
  rawWithoutContentType: `${header}export const bad = request({ ${base}, url: '{{api_url}}/x', body: { mode: 'raw', example: {} } });\n`,
  unknownScript: `${header}export const bad = request({ ${base}, url: '{{api_url}}/x', scripts: { test: ['no-such-script'] } });\n`,
};
type Fixture = keyof typeof fixtures;
const pathOf = (name: string) => join(root, `src/catalog/__compile_fixture_${name}__.ts`);

const diagnostics = {} as Record<Fixture, string[]>;
beforeAll(() => {
  const configFile = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
  const options = ts.parseJsonConfigFileContent(configFile.config, ts.sys, root).options;
  const sources = new Map(Object.entries(fixtures).map(([name, source]) => [pathOf(name), source]));
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, languageVersion, ...rest) =>
    sources.has(name) ? ts.createSourceFile(name, sources.get(name)!, languageVersion, true) : getSourceFile(name, languageVersion, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => sources.has(name) || fileExists(name);
  const program = ts.createProgram({ rootNames: [...sources.keys()], options, host });
  for (const name of Object.keys(fixtures) as Fixture[]) {
    const file = program.getSourceFile(pathOf(name))!;
    diagnostics[name] = ts.getPreEmitDiagnostics(program, file).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  }
});

const diagnosticsOf = (name: Fixture) => diagnostics[name];

describe('catalog compile-time checks', () => {
  it('accepts a correct request (control)', () => {
    expect(diagnosticsOf('correct')).toEqual([]);
  });

  it('rejects an unknown {{variable}} in the URL, naming it', () => {
    expect(diagnosticsOf('urlVariable').join('\n')).toContain('{{campaign_id}} is not in src/catalog/variables.ts');
  });

  it('rejects an unknown {{variable}} in a header value', () => {
    expect(diagnosticsOf('headerVariable').join('\n')).toContain('{{nope}} is not in src/catalog/variables.ts');
  });

  it('rejects an unknown media type key', () => {
    expect(diagnosticsOf('mediaType').join('\n')).toMatch(/"spCampaignV3".*not assignable/);
  });

  it('rejects a raw body without a content type', () => {
    expect(diagnosticsOf('rawWithoutContentType').length).toBeGreaterThan(0);
    expect(diagnosticsOf('rawWithoutContentType').join('\n')).toMatch(/contentType/);
  });

  it('rejects a script that is not registered in src/scripts/index.ts', () => {
    expect(diagnosticsOf('unknownScript').join('\n')).toContain('"no-such-script"');
  });
});
