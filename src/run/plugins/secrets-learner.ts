/**
 * Plug-in: learns every secret as it appears, so the redactor masks it in everything printed or
 * written afterwards: tokens the scripts store, the Authorization header of each request, a password
 * in a request's URL (userinfo), tokens in token responses (of any size), and the final environment.
 * Attach it before the plug-ins that print.
 */
import type { VariableScope } from 'postman-collection';
import type { RunEvents } from '../newman/newman-events.js';
import type { Redactor } from '../../core/redact.js';
import { userinfoSecretsOf } from '../../core/url-userinfo.js';
import type { RunState } from '../run-state.js';
import type { RunPlugin } from './plugin.js';

const SECRET_VARIABLES = ['client_secret', 'refresh_token', 'access_token', 'report_url'] as const;
/** A token field with its JSON string value, found without parsing the whole body (any size, valid JSON or not). */
const TOKEN_FIELD = /"(?:access|refresh)_token"\s*:\s*"((?:[^"\\]|\\.)*)"/g;
/** The `url` of a report status answer (a pre-signed download URL). */
const REPORT_URL_FIELD = /"url"\s*:\s*"((?:[^"\\]|\\.)*)"/g;

export function learnFromScope(scope: VariableScope | undefined, redactor: Redactor): void {
  if (!scope || typeof scope.get !== 'function') return;
  for (const name of SECRET_VARIABLES) {
    const value: unknown = scope.get(name);
    if (typeof value === 'string') redactor.add(value);
  }
}

/** The value of a JSON string literal's inside, as it would be printed. */
function addJsonString(inside: string, redactor: Redactor): void {
  if (inside === '') return;
  try {
    redactor.add(JSON.parse(`"${inside}"`) as string);
  } catch {
    redactor.add(inside); // an invalid escape: the raw characters are what would be printed
  }
}

function learnTokens(text: string, redactor: Redactor): void {
  for (const match of text.matchAll(TOKEN_FIELD)) {
    addJsonString(match[1], redactor);
  }
  // a COMPLETED report's pre-signed download URL: anyone holding it can fetch the report
  if (text.includes('"reportId"')) {
    for (const match of text.matchAll(REPORT_URL_FIELD)) addJsonString(match[1], redactor);
  }
}

export function secretsLearner(events: RunEvents, state: RunState): void {
  const { redactor } = state;
  events.on('script', (_error, o) => learnFromScope(o?.execution?.environment, redactor));
  events.on('beforeRequest', (_error, o) => {
    const authorization: unknown = o?.request?.headers?.get('Authorization');
    if (typeof authorization === 'string') redactor.add(authorization.replace(/^(?:Bearer|Basic)\s+/i, ''));
    // a password in the request's URL (an api_url or token_url set to http://user:pass@host)
    for (const secret of userinfoSecretsOf(o?.request?.url?.toString())) redactor.add(secret);
  });
  events.on('request', (_error, o) => {
    if ((o?.response?.stream?.byteLength ?? 0) === 0) return;
    // whatever the answer's size: a large token answer must not hide its token from the redactor
    learnTokens(o.response?.text() ?? '', redactor);
  });
  events.on('beforeDone', (_error, o) => learnFromScope(o?.summary?.environment, redactor));
}

/** Before every plug-in that prints (plugins/index.ts), so each prints with the secrets already known; after the run, it learns the final environment's. */
export const secretsLearnerPlugin: RunPlugin = {
  name: 'secrets learner',
  prepare: () => ({
    attach: ({ events, state }) => secretsLearner(events, state),
    after: ({ environment, state }) => {
      learnFromScope(environment, state.redactor);
      return undefined;
    },
  }),
};
