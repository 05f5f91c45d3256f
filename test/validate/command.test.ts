/**
 * The `validate` command end to end: a child process per case, files under os.tmpdir().
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findRequest, goodCollection, goodEnvironment } from './fixtures/postman.js';

const repo = resolve(import.meta.dirname, '../..');
// `npx tsx`, by path, so it also works with a working directory outside the project.
const tsx = join(repo, 'node_modules/.bin/tsx');
const dir = mkdtempSync(join(tmpdir(), 'validate-command-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const secret = 'sEcReT-validate-cli-9931';

function write(name: string, content: unknown, into = dir): string {
  const path = join(into, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}

function validate(files: string[], cwd = repo): Promise<{ code: number; stdout: string; stderr: string; all: string }> {
  return new Promise((done) => {
    execFile(tsx, [join(repo, 'src/cli.ts'), 'validate', ...files], { cwd, encoding: 'utf8' }, (error, stdout, stderr) => {
      const code = error ? Number((error as { code?: number }).code ?? -1) : 0;
      done({ code, stdout, stderr, all: stdout + stderr });
    });
  });
}

describe.concurrent('npm run validate', () => {
  it('passes a clean collection with its environment: exit 0, ok per file', async () => {
    const collection = write('clean.postman_collection.json', goodCollection());
    const environment = write('clean.postman_environment.json', goodEnvironment());
    const run = await validate([collection, environment]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`ok ${collection}\nok ${environment}\n`);
    expect(run.code).toBe(0);
  });

  it('fails on a collection with an undefined variable, naming the file and the problem', async () => {
    const json = goodCollection();
    findRequest(json, 'Profiles').request.url = '{{api_url}}/v2/profiles?owner={{not_defined_anywhere}}';
    const collection = write('undefined-var.postman_collection.json', json);
    const environment = write('ok.postman_environment.json', goodEnvironment());
    const run = await validate([collection, environment]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `${collection}: variables-defined: Accounts / Profiles: url: {{not_defined_anywhere}} is not defined in any environment`,
    );
    expect(run.stdout).toContain(`ok ${environment}`);
    expect(run.stderr).toMatch(/^error: 1 problem\(s\) in 1 of 2 file\(s\)\n$/);
  });

  it('fails on an environment with a filled secret, naming the file and the variable but not the secret', async () => {
    const json = goodEnvironment();
    json.values.find((v: any) => v.key === 'client_secret').value = secret;
    const environment = write('filled.postman_environment.json', json);
    const run = await validate([environment]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${environment}: no-secrets: values[3] client_secret: a secret-typed variable has a value - `);
    expect(run.all).not.toContain(secret);
  });

  it('exits 2 with one line and no stack for a file that is not JSON', async () => {
    const bad = write('broken.postman_collection.json', `{"info": ${secret}`);
    const run = await validate([bad]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(new RegExp(`^error: ${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not JSON \\(syntax error at line 1 column 10\\) - [^\\n]+\\n$`));
    expect(run.all).not.toContain(secret);
    expect(run.all).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for a Collection v1 with the conversion hint, still checking the other files', async () => {
    const v1 = write('old.postman_collection.json', { id: 'x', name: 'Old', order: [], requests: [] });
    const environment = write('other.postman_environment.json', goodEnvironment());
    const run = await validate([v1, environment]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe(`ok ${environment}\n`);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('Collection v1');
    expect(run.stderr).toContain('postman-collection-transformer');
  });

  it('with no files, checks collections/ and environments/ of the working directory', async () => {
    const project = mkdtempSync(join(dir, 'project-'));
    mkdirSync(join(project, 'collections'));
    mkdirSync(join(project, 'environments'));
    write('x.postman_collection.json', goodCollection(), join(project, 'collections'));
    const json = goodEnvironment();
    json.values.find((v: any) => v.key === 'refresh_token').value = secret;
    write('x.na.postman_environment.json', json, join(project, 'environments'));
    const run = await validate([], project);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('ok collections/x.postman_collection.json\n');
    expect(run.stdout).toContain('environments/x.na.postman_environment.json: no-secrets: values[4] refresh_token');
    expect(run.all).not.toContain(secret);
  });

  it('with no files and nothing built, says to build first (exit 2)', async () => {
    const empty = mkdtempSync(join(dir, 'empty-'));
    const run = await validate([], empty);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('run npm run build first');
  });
});
