/**
 * Runs one of src/scripts/*.js inside postman-sandbox (the sandbox Newman and the Postman app run
 * scripts in) against a canned request/response, and reports what the script did: variables set,
 * assertions, the next request it chose, requests it sent with pm.sendRequest, console output.
 *
 * Reusable by any test: `const run = await runScript(scriptSource('select-profile'), { target: 'test', ... })`.
 */
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';
import sdk from 'postman-collection';
import { scriptFiles, type ScriptEvent, type ScriptName } from '../../src/scripts/index.js';
import type { Json, ScriptRef } from '../../src/catalog/types.js';
import { eventLines } from '../../src/scripts/assemble.js';
import { splitFailureText } from '../../src/core/causes/failure-text.js';

const require = createRequire(import.meta.url);

/** The minimal surface of postman-sandbox's context that the harness uses. */
interface SandboxContext {
  execute(event: unknown, options: Record<string, unknown>, callback: (err: unknown, result: any) => void): void;
  on(event: string, listener: (...args: any[]) => void): void;
  off?(event: string, listener: (...args: any[]) => void): void;
  removeListener(event: string, listener: (...args: any[]) => void): void;
  removeAllListeners(event: string): void;
  dispatch(event: string, ...args: unknown[]): void;
  dispose(): void;
}

const Sandbox = require('postman-sandbox') as {
  createContext(options: Record<string, unknown>, callback: (err: unknown, ctx: SandboxContext) => void): void;
};

/**
 * The text the build embeds for a script on `event` (src/generate/embed-scripts.ts): the event's file
 * bundled with the modules it imports, preceded by one `const params = {...};` line when the catalog gives
 * parameters. `event` defaults to the script's only event.
 */
export function scriptSource(name: ScriptName, params?: Record<string, unknown>, event?: ScriptEvent): string {
  const ref: ScriptRef = params ? { name, params: params as Record<string, Json> } : name;
  const events = Object.keys(scriptFiles[name]) as ScriptEvent[];
  if (!event && events.length !== 1) throw new Error(`scriptSource: say which event of ${name} (${events.join(', ')})`);
  return eventLines([ref], event ?? events[0]).join('\n');
}

export interface CannedResponse {
  code: number;
  status?: string;
  /** A string is sent as is; anything else as JSON. */
  body?: unknown;
  headers?: Record<string, string>;
}

/** A transport failure for pm.sendRequest (connection refused, DNS, ...). */
export interface TransportError {
  transportError: string;
  code?: string;
}

export interface SentRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  /** urlencoded fields, when the body is urlencoded. */
  form: Record<string, string>;
  raw: string;
}

export interface CannedRequest {
  name?: string;
  id?: string;
  url: string;
  method?: string;
  headers?: Record<string, string>;
  /** Raw body text (JSON). */
  body?: string;
  /** urlencoded body fields (instead of `body`). */
  form?: Record<string, string>;
  query?: Record<string, string>;
}

export interface ScriptRunOptions {
  target: 'prerequest' | 'test';
  environment?: Record<string, string | number>;
  /** Local variables (pm.variables scope) present before the script runs, e.g. from earlier scripts of a run. */
  locals?: Record<string, string | number>;
  collectionVariables?: Record<string, string | number>;
  request?: CannedRequest;
  response?: CannedResponse;
  /** Answers pm.sendRequest; default: every call fails with ECONNREFUSED. */
  onSendRequest?: (request: SentRequest) => CannedResponse | TransportError;
  /** Sandbox script timeout (ms); default 10 s. */
  timeoutMs?: number;
}

export interface Assertion {
  name: string;
  passed: boolean;
  skipped: boolean;
  message: string;
}

export interface ScriptRun {
  environment: Record<string, unknown>;
  locals: Record<string, unknown>;
  assertions: Assertion[];
  /** Messages of failed assertions, as a person reads them (without the data line, src/core/causes/failure-text.ts). */
  failures: string[];
  /** The data each failed assertion carries (cause id and fields); `undefined` for one without data. */
  failureData: Array<Record<string, unknown> | undefined>;
  /** Script errors (synchronous or asynchronous). */
  errors: string[];
  /** undefined: not set; null: stop the run; else the request id/name to run next. */
  nextRequest: string | null | undefined;
  /** pm.execution.skipRequest() was called. */
  skipped: boolean;
  /** Everything the script wrote with console.*, one line per call. */
  console: string[];
  sentRequests: SentRequest[];
  /** The request after the script's mutations (postman-collection Request). */
  request: sdk.Request;
  durationMs: number;
}

let contextPromise: Promise<SandboxContext> | undefined;

function context(): Promise<SandboxContext> {
  contextPromise ??= new Promise((resolve, reject) => {
    Sandbox.createContext({ timeout: 60_000 }, (err, ctx) => (err ? reject(err) : resolve(ctx)));
  });
  return contextPromise;
}

/** Disposes of the shared sandbox; call in afterAll. */
export async function closeSandbox(): Promise<void> {
  if (!contextPromise) return;
  const ctx = await contextPromise;
  contextPromise = undefined;
  ctx.dispose();
}

function scope(values: Record<string, string | number> | undefined) {
  return { values: Object.entries(values ?? {}).map(([key, value]) => ({ key, value, type: 'any' })) };
}

function scopeValues(json: any): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const v of json?.values ?? []) {
    if (v && typeof v.key === 'string') out[v.key] = v.value;
  }
  return out;
}

function responseJson(canned: CannedResponse) {
  const body = canned.body === undefined ? '' : typeof canned.body === 'string' ? canned.body : JSON.stringify(canned.body);
  const header = Object.entries(canned.headers ?? {}).map(([key, value]) => ({ key, value }));
  if (canned.body !== undefined && typeof canned.body !== 'string' && !header.some((h) => /^content-type$/i.test(h.key))) {
    header.push({ key: 'Content-Type', value: 'application/json' });
  }
  return { code: canned.code, status: canned.status ?? '', header, body };
}

function requestJson(canned: CannedRequest) {
  const url = new sdk.Url(canned.url);
  for (const [key, value] of Object.entries(canned.query ?? {})) url.addQueryParams([{ key, value }]);
  return new sdk.Request({
    url: url.toJSON() as sdk.UrlDefinition,
    method: canned.method ?? 'GET',
    header: Object.entries(canned.headers ?? {}).map(([key, value]) => ({ key, value })),
    ...(canned.body !== undefined ? { body: { mode: 'raw', raw: canned.body, options: { raw: { language: 'json' } } } } : {}),
    ...(canned.form ? { body: { mode: 'urlencoded', urlencoded: Object.entries(canned.form).map(([key, value]) => ({ key, value })) } } : {}),
  } as sdk.RequestDefinition).toJSON();
}

function describeSent(json: unknown): SentRequest {
  const request = new sdk.Request(json as sdk.RequestDefinition);
  const headers: Record<string, string> = {};
  request.headers.each((h) => {
    headers[h.key] = String(h.value);
  });
  const form: Record<string, string> = {};
  const body = request.body;
  if (body?.mode === 'urlencoded') {
    body.urlencoded?.each((p: sdk.QueryParam) => {
      if (p.key) form[p.key] = String(p.value ?? '');
    });
  }
  return { url: request.url.toString(), method: request.method, headers, form, raw: body?.mode === 'raw' ? body.raw ?? '' : '' };
}

function message(error: any): string {
  if (!error) return '';
  if (typeof error === 'string') return error;
  return String(error.message ?? error.name ?? JSON.stringify(error));
}

/** Runs `source` as a `target` script once and resolves with what it did. */
export async function runScript(source: string, options: ScriptRunOptions): Promise<ScriptRun> {
  const ctx = await context();
  const id = randomUUID();
  const canned: CannedRequest = options.request ?? { url: 'https://advertising-api.example/v2/profiles' };
  const run: Omit<ScriptRun, 'environment' | 'locals' | 'nextRequest' | 'request' | 'durationMs'> = {
    assertions: [],
    failures: [],
    failureData: [],
    errors: [],
    skipped: false,
    console: [],
    sentRequests: [],
  };
  const onAssertion = (cursor: any, assertions: any[]) => {
    if (cursor?.execution !== id) return;
    for (const a of assertions) {
      const entry = { name: a.name, passed: Boolean(a.passed), skipped: Boolean(a.skipped), message: message(a.error) };
      run.assertions.push(entry);
      if (!entry.passed && !entry.skipped) {
        const { text, data } = splitFailureText(entry.message);
        run.failures.push(text);
        run.failureData.push(data);
      }
    }
  };
  const onConsole = (cursor: any, level: string, ...args: unknown[]) => {
    if (cursor?.execution !== id) return;
    run.console.push(`${level}: ${args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ')}`);
  };
  const onError = (cursor: any, error: unknown) => {
    if (cursor?.execution !== id) return;
    run.errors.push(message(error));
  };
  const requestEvent = `execution.request.${id}`;
  const skipEvent = `execution.skipRequest.${id}`;
  ctx.on('execution.assertion', onAssertion);
  ctx.on('console', onConsole);
  ctx.on('execution.error', onError);
  ctx.on(skipEvent, () => {
    run.skipped = true;
  });
  ctx.on(requestEvent, (_cursor: unknown, _id: string, eventId: string, request: unknown) => {
    const sent = describeSent(request);
    run.sentRequests.push(sent);
    const answer = options.onSendRequest?.(sent) ?? { transportError: 'connect ECONNREFUSED 127.0.0.1:9', code: 'ECONNREFUSED' };
    if ('transportError' in answer) {
      ctx.dispatch(`execution.response.${id}`, eventId, { message: answer.transportError, code: answer.code }, null, {});
    } else {
      ctx.dispatch(`execution.response.${id}`, eventId, null, responseJson(answer), {});
    }
  });

  const started = Date.now();
  const event = { listen: options.target, script: { type: 'text/javascript', exec: source.split('\n') } };
  const execContext = {
    environment: scope(options.environment),
    _variables: scope(options.locals),
    collectionVariables: scope(options.collectionVariables),
    globals: scope(undefined),
    request: requestJson(canned),
    ...(options.response ? { response: responseJson(options.response) } : {}),
  };

  try {
    const result: any = await new Promise((resolve, reject) => {
      ctx.execute(
        event,
        {
          id,
          timeout: options.timeoutMs ?? 10_000,
          context: execContext,
          legacy: { _itemId: canned.id ?? 'item-id-1', _itemName: canned.name ?? 'Profiles', _itemPath: [], _eventItemName: canned.name ?? 'Profiles' },
        },
        (err, res) => (err ? reject(err) : resolve(res)),
      );
    });
    const returned = result?.return ?? {};
    return {
      ...run,
      environment: scopeValues(result?.environment),
      locals: scopeValues(result?._variables),
      nextRequest: Object.prototype.hasOwnProperty.call(returned, 'nextRequest') ? returned.nextRequest : undefined,
      request: new sdk.Request(result?.request ?? execContext.request),
      durationMs: Date.now() - started,
    };
  } finally {
    ctx.removeListener('execution.assertion', onAssertion);
    ctx.removeListener('console', onConsole);
    ctx.removeListener('execution.error', onError);
    ctx.removeAllListeners(requestEvent);
    ctx.removeAllListeners(skipEvent);
  }
}
