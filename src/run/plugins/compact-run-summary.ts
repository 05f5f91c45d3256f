/**
 * What the JSON report (`--reporters json`) keeps of a run: Newman's run summary in Newman's own shape,
 * but per execution only what a reader needs — the item's id and name, the request's method and URL,
 * the response's code, status, time and size, the request error, the script errors and the assertions.
 * Newman's own json reporter embeds each execution's whole item (every script of its events), the
 * request headers and body and the response headers: 1500 requests made a 55 MB file. Here the size of
 * an execution no longer grows with the collection's scripts, and the collection itself is kept as its
 * `info` only.
 */
import type { NewmanRunExecution, NewmanRunFailure, NewmanRunSummary } from 'newman';

// What Newman's run summary carries beyond @types/newman, as far as this module reads it.
declare module 'newman' {
  interface NewmanRun {
    transfers?: unknown;
    error?: unknown;
  }
  interface NewmanRunExecution {
    id?: string;
    requestError?: unknown;
    prerequestScript?: unknown;
    testScript?: unknown;
  }
}

/** A value as plain JSON data (sdk objects through their toJSON). */
type Json = Record<string, unknown>;

function toJson(value: unknown): Json | undefined {
  if (value === undefined || value === null || typeof value !== 'object') return undefined;
  const withToJson = value as { toJSON?: () => unknown };
  const data = typeof withToJson.toJSON === 'function' ? withToJson.toJSON() : value;
  return data && typeof data === 'object' ? (data as Json) : undefined;
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** name, message and (assertions) test of an error; never its stack (it repeats the message and adds paths). */
function compactError(error: unknown): Json | undefined {
  if (error === undefined || error === null) return undefined;
  if (typeof error !== 'object') return { message: String(error) };
  const { name, message, test, code } = error as { name?: unknown; message?: unknown; test?: unknown; code?: unknown };
  return {
    name: stringOrUndefined(name),
    message: stringOrUndefined(message) ?? String(error),
    test: stringOrUndefined(test),
    code: stringOrUndefined(code),
  };
}

function compactItem(item: unknown): Json | undefined {
  if (!item || typeof item !== 'object') return undefined;
  const { id, name } = item as { id?: unknown; name?: unknown };
  return { id: stringOrUndefined(id), name: stringOrUndefined(name) };
}

function compactCursor(cursor: unknown): Json | undefined {
  if (!cursor || typeof cursor !== 'object') return undefined;
  const { ref, position, iteration, length, cycles } = cursor as Json;
  return { ref, position, iteration, length, cycles };
}

/** method and URL (as Newman writes it: the Url's JSON), no headers, no body. */
function compactRequest(request: unknown): Json | undefined {
  if (!request || typeof request !== 'object') return undefined;
  const { method, url } = request as { method?: unknown; url?: unknown };
  return { method: stringOrUndefined(method), url: toJson(url) ?? stringOrUndefined(url) };
}

/** code, status, time and size; no headers, no body. */
function compactResponse(response: unknown): Json | undefined {
  if (!response || typeof response !== 'object') return undefined;
  const { id, code, status, responseTime, responseSize } = response as Json;
  return { id, code, status, responseTime, responseSize };
}

function compactScriptErrors(entries: unknown): Json[] | undefined {
  if (!Array.isArray(entries)) return undefined;
  return entries.map((entry: { error?: unknown }) => ({ error: compactError(entry?.error) }));
}

function compactExecution(execution: NewmanRunExecution): Json {
  const assertions = Array.isArray(execution.assertions)
    ? execution.assertions.map((entry) => ({
        assertion: entry.assertion,
        skipped: entry.skipped,
        error: compactError(entry.error),
      }))
    : undefined;
  return {
    id: execution.id,
    cursor: compactCursor(execution.cursor),
    item: compactItem(execution.item),
    request: compactRequest(execution.request),
    response: compactResponse(execution.response),
    requestError: compactError(execution.requestError),
    prerequestScript: compactScriptErrors(execution.prerequestScript),
    testScript: compactScriptErrors(execution.testScript),
    assertions,
  };
}

function compactFailure(failure: NewmanRunFailure): Json {
  return {
    error: compactError(failure.error),
    at: failure.at,
    source: compactItem(failure.source),
    parent: compactItem(failure.parent),
    cursor: compactCursor(failure.cursor),
  };
}

/** The summary the JSON report writes: Newman's shape, bounded per execution (see the file comment). */
export function compactRunSummary(summary: NewmanRunSummary): Json {
  const collection = summary.collection as { id?: unknown; name?: unknown } | undefined;
  const { run } = summary;
  return {
    collection: collection ? { info: { _postman_id: collection.id, name: collection.name } } : undefined,
    environment: toJson(summary.environment),
    globals: toJson(summary.globals),
    run: {
      stats: run.stats,
      timings: run.timings,
      transfers: run.transfers,
      failures: (run.failures ?? []).map(compactFailure),
      error: compactError(run.error),
      executions: (run.executions ?? []).map(compactExecution),
    },
  };
}
