/**
 * Plug-in: learns every secret as it appears, so the redactor masks it in everything printed or
 * written afterwards: tokens the scripts store, the Authorization header of each request, tokens in
 * (small) token responses, and the final environment. Attach it before the plug-ins that print.
 */
import type { VariableScope } from 'postman-collection';
import type { RunEvents } from '../newman-events.js';
import type { Redactor } from '../redact.js';
import type { RunState } from '../run-state.js';

const TOKEN_FIELDS = ['access_token', 'refresh_token'] as const;
const SECRET_VARIABLES = ['client_secret', 'refresh_token', 'access_token', 'report_url'] as const;
/** Responses up to this size are searched for tokens (token responses are tiny; campaign pages are not). */
const TOKEN_RESPONSE_MAX_BYTES = 64 * 1024;

export function learnFromScope(scope: VariableScope | undefined, redactor: Redactor): void {
  if (!scope || typeof scope.get !== 'function') return;
  for (const name of SECRET_VARIABLES) {
    const value: unknown = scope.get(name);
    if (typeof value === 'string') redactor.add(value);
  }
}

function learnTokens(text: string, redactor: Redactor): void {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return; // not JSON: nothing to learn
  }
  if (!body || typeof body !== 'object') return;
  for (const field of TOKEN_FIELDS) {
    const value: unknown = field in body ? (body as Record<string, unknown>)[field] : undefined;
    if (typeof value === 'string') redactor.add(value);
  }
  // a COMPLETED report's pre-signed download URL: anyone holding it can fetch the report
  const { reportId, url } = body as { reportId?: unknown; url?: unknown };
  if (reportId !== undefined && typeof url === 'string' && url !== '') redactor.add(url);
}

export function secretsLearner(events: RunEvents, state: RunState): void {
  const { redactor } = state;
  events.on('script', (_error, o) => learnFromScope(o?.execution?.environment, redactor));
  events.on('beforeRequest', (_error, o) => {
    const authorization: unknown = o?.request?.headers?.get('Authorization');
    if (typeof authorization === 'string') redactor.add(authorization.replace(/^Bearer\s+/i, ''));
  });
  events.on('request', (_error, o) => {
    const size = o?.response?.stream?.byteLength ?? 0;
    if (size === 0 || size > TOKEN_RESPONSE_MAX_BYTES) return;
    const text = o.response?.text() ?? '';
    if (/"(access|refresh)_token"|"url"/.test(text)) learnTokens(text, redactor);
  });
  events.on('beforeDone', (_error, o) => learnFromScope(o?.summary?.environment, redactor));
}
