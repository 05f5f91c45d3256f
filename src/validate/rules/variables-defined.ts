/**
 * variables-defined: every {{variable}} a collection uses (URL, query, path variables, headers,
 * bodies, auth) is defined somewhere it can come from at run time: any environment of the run,
 * the collection's (or a folder's) variables, or a script of the collection that sets it.
 * Postman's dynamic variables ({{$guid}}, {{$timestamp}}, ...) need no definition.
 */
import { allEvents, folders, itemPlace, requestItems, scriptSource } from '../walk.js';
import type { PostmanFile, Problem, Rule } from '../types.js';

const reference = /\{\{\s*([^{}]+?)\s*\}\}/g;

/** Names referenced as {{name}} in a string. */
export function referencedVariables(text: string): string[] {
  return [...text.matchAll(reference)].map((match) => match[1]);
}

const setter = /\bpm\s*\.\s*(?:environment|variables|collectionVariables|globals)\s*\.\s*set\s*\(\s*(['"`])([^'"`$\\]+)\1/g;

/**
 * Names a script sets: literal pm.environment/variables/collectionVariables/globals.set('name', ...)
 * calls, plus the `variable` fields of its generated parameter line `const params = {...};`
 * (the store-ids script stores the ids named there). Whole-line // comments are not read.
 */
export function variablesSetByScript(source: string): string[] {
  const code = source.replace(/^\s*\/\/.*$/gm, ''); // whole-line comments (examples in a script's header)
  return [...[...code.matchAll(setter)].map((match) => match[2]), ...variablesNamedByParams(code)];
}

const paramsLine = /^\s*const params = (\{.*\});\s*$/m;

/** Every string under a `variable` key of the script's generated parameters (JSON). */
export function variablesNamedByParams(source: string): string[] {
  const line = paramsLine.exec(source);
  if (!line) return [];
  let params: unknown;
  try {
    params = JSON.parse(line[1]);
  } catch {
    return [];
  }
  const names: string[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'variable' && typeof value === 'string') names.push(value);
        else visit(value);
      }
    }
  };
  visit(params);
  return names;
}

/** Every string of a request where Postman substitutes variables, with a label of where it is. */
function requestStrings(request: any): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  const add = (where: string, value: unknown) => {
    if (typeof value === 'string' && value.includes('{{')) out.push({ where, text: value });
  };
  const url = request?.url;
  if (typeof url === 'string') add('url', url);
  else if (url && typeof url === 'object') {
    add('url', url.raw);
    for (const q of Array.isArray(url.query) ? url.query : []) {
      if (q?.disabled === true) continue;
      add(`query ${q?.key}`, q?.key);
      add(`query ${q?.key}`, q?.value);
    }
    for (const v of Array.isArray(url.variable) ? url.variable : []) add(`path variable :${v?.key}`, v?.value);
  }
  for (const h of Array.isArray(request?.header) ? request.header : []) {
    if (h?.disabled === true) continue;
    add(`header ${h?.key}`, h?.key);
    add(`header ${h?.key}`, h?.value);
  }
  const body = request?.body;
  if (body && typeof body === 'object') {
    if (body.mode === 'raw') add('body', body.raw);
    for (const mode of ['urlencoded', 'formdata'] as const) {
      if (body.mode !== mode) continue;
      for (const f of Array.isArray(body[mode]) ? body[mode] : []) {
        if (f?.disabled === true) continue;
        add(`${mode} ${f?.key}`, f?.key);
        add(`${mode} ${f?.key}`, f?.value);
      }
    }
  }
  out.push(...authStrings(request?.auth));
  return out;
}

function authStrings(auth: any): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  if (!auth || typeof auth !== 'object' || typeof auth.type !== 'string') return out;
  const attributes = auth[auth.type];
  for (const a of Array.isArray(attributes) ? attributes : []) {
    if (typeof a?.value === 'string' && a.value.includes('{{')) out.push({ where: `auth ${auth.type}.${a.key}`, text: a.value });
  }
  return out;
}

function variableKeys(list: unknown): string[] {
  return Array.isArray(list) ? list.filter((v) => v && typeof v.key === 'string').map((v) => v.key) : [];
}

export const variablesDefinedRule: Rule = {
  id: 'variables-defined',
  description: 'Every {{variable}} a collection uses is defined in an environment, the collection variables, or set by a script.',
  check(files) {
    const environments = files.filter((f) => f.kind === 'environment');
    const fromEnvironments = new Set(environments.flatMap((f) => variableKeys(f.json?.values)));
    const problems: Problem[] = [];
    for (const file of files.filter((f) => f.kind === 'collection')) {
      const defined = new Set([...fromEnvironments, ...collectionDefinitions(file)]);
      const report = (where: string, name: string) => {
        if (name.startsWith('$') || defined.has(name)) return;
        problems.push({
          file: file.path,
          rule: 'variables-defined',
          where,
          problem: `{{${name}}} is not defined in ${environments.length ? 'any environment' : 'an environment (none given)'}, the collection variables or a script`,
          fix: `add "${name}" to the environments (src/catalog/variables.ts) or set it from a script with pm.environment.set('${name}', ...)`,
        });
      };
      for (const { where, text } of authStrings(file.json?.auth)) for (const name of referencedVariables(text)) report(`(collection): ${where}`, name);
      for (const { path, folder } of folders(file.json)) {
        for (const { where, text } of authStrings(folder.auth)) for (const name of referencedVariables(text)) report(`${itemPlace(path)}: ${where}`, name);
      }
      for (const { path, item } of requestItems(file.json)) {
        const seen = new Set<string>();
        for (const { where, text } of requestStrings(item.request)) {
          for (const name of referencedVariables(text)) {
            if (seen.has(name)) continue; // one problem per variable and request
            seen.add(name);
            report(`${itemPlace(path)}: ${where}`, name);
          }
        }
      }
    }
    return problems;
  },
};

/** Names a collection defines itself: collection and folder variables, and names its scripts set. */
function collectionDefinitions(file: PostmanFile): string[] {
  const names = [...variableKeys(file.json?.variable)];
  for (const { folder } of folders(file.json)) names.push(...variableKeys(folder.variable));
  for (const { item } of requestItems(file.json)) names.push(...variableKeys(item.variable));
  for (const { event } of allEvents(file.json)) names.push(...variablesSetByScript(scriptSource(event)));
  return names;
}
