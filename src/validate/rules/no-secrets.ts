/**
 * no-secrets: a committed file carries no credential. Flags a non-empty value of a secret-typed
 * environment variable; a literal (non-{{template}}) value for client_secret / refresh_token /
 * access_token in environments, collection variables, query, urlencoded/formdata fields, headers or
 * auth; a literal bearer token; and any string that looks like an LWA token (Atza|..., Atzr|...).
 * Problems name where the secret is, never the secret itself.
 */
import { describePointer } from '../schemas.js';
import { isTemplateOnly, itemPlace, requestItems, folders } from '../walk.js';
import type { PostmanFile, Problem, Rule } from '../types.js';

export const secretKeys = ['client_secret', 'refresh_token', 'access_token'];

/** An LWA access (Atza|) or refresh (Atzr|) token: the prefix followed by a long token body. */
export const tokenLooking = /Atz[ar]\|[A-Za-z0-9\-_.~+/=]{10,}/;

const clearFix = 'empty it in the file (keep credentials in .env or the Postman vault, never in a committed file)';

function isSecretKey(key: unknown): boolean {
  return typeof key === 'string' && secretKeys.includes(key.trim().toLowerCase());
}

function hasLiteral(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  const text = String(value);
  return text.trim() !== '' && !isTemplateOnly(text);
}

export const noSecretsRule: Rule = {
  id: 'no-secrets',
  description: 'No filled-in secret values and no token-looking strings in collections or environments.',
  check(files) {
    const problems: Problem[] = [];
    for (const file of files) {
      const flagged = new Set<string>();
      const report = (where: string, problem: string, fix = clearFix) => {
        if (flagged.has(where)) return;
        flagged.add(where);
        problems.push({ file: file.path, rule: 'no-secrets', where, problem, fix });
      };
      if (file.kind === 'environment') checkEnvironment(file, report);
      else checkCollection(file, report);
      scanStrings(file.json, '', (pointer) =>
        report(describePointer(file.json, pointer), 'a string looks like a Login with Amazon token (Atza|/Atzr|...)', 'remove the token from the file and revoke it if it was real'),
      );
    }
    return problems;
  },
};

type Report = (where: string, problem: string, fix?: string) => void;

function checkEnvironment(file: PostmanFile, report: Report): void {
  const values = Array.isArray(file.json?.values) ? file.json.values : [];
  values.forEach((entry: any, index: number) => {
    const where = `values[${index}] ${typeof entry?.key === 'string' ? entry.key : ''}`.trim();
    const filled = entry?.value !== undefined && entry?.value !== null && String(entry.value).trim() !== '';
    if (entry?.type === 'secret' && filled) report(where, 'a secret-typed variable has a value');
    else if (isSecretKey(entry?.key) && filled) report(where, `${entry.key} has a value`);
  });
}

function checkCollection(file: PostmanFile, report: Report): void {
  const variables = (owner: any, place: string) => {
    (Array.isArray(owner?.variable) ? owner.variable : []).forEach((v: any, index: number) => {
      if (isSecretKey(v?.key) && hasLiteral(v?.value)) report(`${place}: variable[${index}] ${v.key}`, `collection variable ${v.key} has a literal value`);
    });
  };
  const auth = (value: any, place: string) => {
    if (!value || typeof value !== 'object' || typeof value.type !== 'string') return;
    const attributes = Array.isArray(value[value.type]) ? value[value.type] : [];
    for (const a of attributes) {
      const tokenLike = (value.type === 'bearer' && a?.key === 'token') || isSecretKey(a?.key) || a?.key === 'accessToken';
      if (tokenLike && hasLiteral(a?.value)) report(`${place}: auth ${value.type}.${a.key}`, 'the auth holds a literal token', 'use {{access_token}} and keep the value out of the file');
    }
  };
  variables(file.json, '(collection)');
  auth(file.json?.auth, '(collection)');
  for (const { path, folder } of folders(file.json)) {
    variables(folder, itemPlace(path));
    auth(folder.auth, itemPlace(path));
  }
  for (const { path, item } of requestItems(file.json)) {
    const place = itemPlace(path);
    const request = item.request;
    variables(item, place);
    auth(request?.auth, place);
    const query = Array.isArray(request?.url?.query) ? request.url.query : [];
    for (const q of query) if (isSecretKey(q?.key) && hasLiteral(q?.value)) report(`${place}: query ${q.key}`, `${q.key} has a literal value`);
    for (const h of Array.isArray(request?.header) ? request.header : []) {
      if (isSecretKey(h?.key) && hasLiteral(h?.value)) report(`${place}: header ${h.key}`, `${h.key} has a literal value`);
      if (typeof h?.key === 'string' && h.key.trim().toLowerCase() === 'authorization' && typeof h.value === 'string') {
        const credential = h.value.trim().replace(/^Bearer\s+/i, '');
        if (hasLiteral(credential)) report(`${place}: header Authorization`, 'the Authorization header holds a literal token', 'use Bearer {{access_token}}');
      }
    }
    const body = request?.body;
    for (const mode of ['urlencoded', 'formdata'] as const) {
      const fields = body?.mode === mode && Array.isArray(body[mode]) ? body[mode] : [];
      for (const f of fields) if (isSecretKey(f?.key) && hasLiteral(f?.value)) report(`${place}: ${mode} ${f.key}`, `${f.key} has a literal value`, `use {{${f.key}}} and keep the value in the environment`);
    }
  }
}

/** Calls `found` with the JSON pointer of every string (key or value) that looks like a token. */
function scanStrings(node: unknown, pointer: string, found: (pointer: string) => void): void {
  if (typeof node === 'string') {
    if (tokenLooking.test(node)) found(pointer);
  } else if (Array.isArray(node)) {
    node.forEach((child, index) => scanStrings(child, `${pointer}/${index}`, found));
  } else if (node && typeof node === 'object') {
    for (const [key, child] of Object.entries(node)) {
      const childPointer = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (tokenLooking.test(key)) found(childPointer);
      scanStrings(child, childPointer, found);
    }
  }
}
