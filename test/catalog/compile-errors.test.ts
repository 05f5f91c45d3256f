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
const fixturePath = join(root, 'src/catalog/__compile_fixture__.ts');

let options: ts.CompilerOptions;
beforeAll(() => {
  const configFile = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
  options = ts.parseJsonConfigFileContent(configFile.config, ts.sys, root).options;
});

function diagnosticsOf(source: string): string[] {
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, languageVersion, ...rest) =>
    name === fixturePath ? ts.createSourceFile(name, source, languageVersion, true) : getSourceFile(name, languageVersion, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name === fixturePath || fileExists(name);
  const program = ts.createProgram({ rootNames: [fixturePath], options, host });
  const file = program.getSourceFile(fixturePath)!;
  return ts.getPreEmitDiagnostics(program, file).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

const header = `import { request } from './types.js';\n`;
const base = `name: 'x', method: 'POST', headers: 'profile', description: 'x'`;

describe('catalog compile-time checks', () => {
  it('accepts a correct request (control)', () => {
    const source = `${header}export const ok = request({ ${base}, url: '{{api_url}}/sp/campaigns/list', accept: 'spCampaign', contentType: 'spCampaign', body: { mode: 'raw', example: {} }, extraHeaders: [{ key: 'Prefer', value: 'return=representation' }], scripts: { test: [{ name: 'list-campaigns', params: { adProduct: 'SP' } }] } });\n`;
    expect(diagnosticsOf(source)).toEqual([]);
  });

  it('rejects an unknown {{variable}} in the URL, naming it', () => {
    const diagnostics = diagnosticsOf(`${header}export const bad = request({ ${base}, url: '{{api_url}}/sp/{{campaign_id}}' });\n`);
    expect(diagnostics.join('\n')).toContain('{{campaign_id}} is not in src/catalog/variables.ts');
  });

  it('rejects an unknown {{variable}} in a header value', () => {
    const diagnostics = diagnosticsOf(
      `${header}export const bad = request({ ${base}, url: '{{api_url}}/x', extraHeaders: [{ key: 'X', value: '{{nope}}' }] });\n`,
    );
    expect(diagnostics.join('\n')).toContain('{{nope}} is not in src/catalog/variables.ts');
  });

  it('rejects an unknown media type key', () => {
    const diagnostics = diagnosticsOf(`${header}export const bad = request({ ${base}, url: '{{api_url}}/x', accept: 'spCampaignV3' });\n`);
    expect(diagnostics.join('\n')).toMatch(/"spCampaignV3".*not assignable/);
  });

  it('rejects a raw body without a content type', () => {
    const diagnostics = diagnosticsOf(`${header}export const bad = request({ ${base}, url: '{{api_url}}/x', body: { mode: 'raw', example: {} } });\n`);
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.join('\n')).toMatch(/contentType/);
  });

  it('rejects a script that is not registered in src/scripts/index.ts', () => {
    const diagnostics = diagnosticsOf(`${header}export const bad = request({ ${base}, url: '{{api_url}}/x', scripts: { test: ['no-such-script'] } });\n`);
    expect(diagnostics.join('\n')).toContain('"no-such-script"');
  });
});
