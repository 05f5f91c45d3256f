/**
 * Checks on a catalog request's saved example responses, as data (before the generator writes them):
 * what each test of a folder's examples asserts, in one place. `exampleProblems` returns one line per
 * problem, so a test can both expect none for the catalog and expect each one for a crafted request.
 */
import { mediaTypes, type MediaTypeKey } from '../../src/catalog/media-types.js';
import type { ExampleResponse, FolderSpec, RequestSpec, ScriptRef } from '../../src/catalog/types.js';

/** Every request under a folder, with its place ("Folder / Subfolder / Request") for test names. */
export function requestsIn(folder: FolderSpec, path: string[] = []): Array<{ place: string; spec: RequestSpec }> {
  const here = [...path, folder.name];
  return folder.items.flatMap((item) =>
    item.kind === 'folder' ? requestsIn(item, here) : [{ place: [...here, item.name].join(' / '), spec: item }],
  );
}

const isSuccess = (example: ExampleResponse) => example.status >= 200 && example.status <= 299;

/** The Content-Type the generator will write: the example's own, else the request's Accept on a 2xx. */
function effectiveContentType(spec: RequestSpec, example: ExampleResponse): MediaTypeKey | undefined {
  return example.contentType ?? (isSuccess(example) ? spec.accept : undefined);
}

/** 'a.b[0].c' -> ['a', 'b', 0, 'c'], the path syntax of the store-ids script. */
function lookup(body: unknown, path: string): unknown {
  const steps = [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]));
  return steps.reduce<unknown>((value, step) => (value !== null && typeof value === 'object' ? (value as Record<string | number, unknown>)[step] : undefined), body);
}

/** The `from` paths a request's store-ids test script reads from its answer. */
function storedPaths(spec: RequestSpec): string[] {
  const refs: ScriptRef[] = spec.scripts?.test ?? [];
  return refs.flatMap((ref) => {
    if (typeof ref === 'string' || ref.name !== 'store-ids') return [];
    const params = ref.params as { from?: string; ids?: Array<{ from: string }> };
    return params.ids ? params.ids.map((id) => id.from) : params.from ? [params.from] : [];
  });
}

function parsedBody(example: ExampleResponse): unknown {
  return typeof example.body === 'string' ? JSON.parse(example.body) : example.body;
}

function problemsOfExample(spec: RequestSpec, example: ExampleResponse): string[] {
  const problems: string[] = [];
  const label = `example "${example.name}"`;
  if (!example.name.trim()) problems.push('an example has no name');
  if (!Number.isInteger(example.status) || example.status < 100 || example.status > 599) {
    problems.push(`${label}: status ${example.status} is not an HTTP status (100-599)`);
  }
  if (example.contentType !== undefined && !(example.contentType in mediaTypes)) {
    problems.push(`${label}: contentType "${example.contentType}" is not a key of mediaTypes`);
  }
  if (isSuccess(example) && spec.accept && example.contentType !== undefined && example.contentType !== spec.accept) {
    problems.push(`${label}: a 2xx answer to Accept "${spec.accept}" says "${example.contentType}"; leave contentType out to default to the Accept`);
  }
  if (example.body !== undefined && !effectiveContentType(spec, example)) {
    problems.push(`${label}: has a body but no contentType (the request has no Accept to default to)`);
  }
  if (example.body !== undefined && /\{\{\w+\}\}/.test(JSON.stringify(example.body))) {
    problems.push(`${label}: body shows a {{variable}}; an answer holds values (ids from src/catalog/examples.ts)`);
  }
  if (typeof example.body === 'string') {
    try {
      JSON.parse(example.body);
    } catch {
      problems.push(`${label}: string body is not valid JSON`);
    }
  }
  return problems;
}

export function exampleProblems(spec: RequestSpec): string[] {
  const examples = spec.examples ?? [];
  if (examples.length === 0) return ['has no saved example'];
  const problems = examples.flatMap((example) => problemsOfExample(spec, example));
  const success = examples.find((example) => example.status >= 200 && example.status <= 399);
  if (!success) problems.push('has no success (2xx or 3xx) example');
  const answer = examples.find(isSuccess);
  for (const path of storedPaths(spec)) {
    let value: unknown;
    try {
      value = answer && lookup(parsedBody(answer), path);
    } catch {
      value = undefined;
    }
    if ((typeof value !== 'string' || value === '') && typeof value !== 'number') {
      problems.push(`its store-ids script reads "${path}", which its first 2xx example does not hold`);
    }
  }
  return problems;
}
