/**
 * GET /ap/oa: the Login with Amazon consent page. It checks client_id, response_type=code, the scope
 * and redirect_uri; "Allow" (POST /ap/oa) or auto-consent (option, or `auto_consent=1` in the query)
 * redirects to redirect_uri with a fresh single-use code and the caller's state.
 */
import type { ServerResponse } from 'node:http';
import { advertisingScope, demoCredentials } from '../credentials.js';
import { redirect, sendText } from '../http.js';
import type { EmulatorContext } from '../context.js';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function withQuery(uri: string, params: Record<string, string | undefined>): string {
  const url = new URL(uri);
  for (const [key, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(key, value);
  return url.toString();
}

function errorPage(response: ServerResponse, problem: string): void {
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>Login with Amazon (emulator) - error</title></head>
<body><h1>We cannot complete this request</h1><p id="error">${escapeHtml(problem)}</p></body></html>`;
  sendText(response, 400, html, 'text/html; charset=utf-8');
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hash === '';
  } catch {
    return false;
  }
}

/** GET and POST share this: params come from the query (GET) or the form (POST). */
export function handleConsent(
  context: EmulatorContext,
  response: ServerResponse,
  params: URLSearchParams,
  method: 'GET' | 'POST',
): void {
  const clientId = params.get('client_id') ?? '';
  const redirectUri = params.get('redirect_uri') ?? '';
  const state = params.get('state') ?? undefined;

  // Problems that make redirect_uri untrustworthy are shown on the page, never redirected (RFC 6749 4.1.2.1).
  if (!clientId) return errorPage(response, 'The request is missing client_id.');
  if (clientId !== demoCredentials.client_id) return errorPage(response, `Unknown client_id ${clientId}.`);
  if (!redirectUri) return errorPage(response, 'The request is missing redirect_uri.');
  if (!isHttpUrl(redirectUri)) return errorPage(response, 'redirect_uri must be an absolute http(s) URL without a fragment.');

  const responseType = params.get('response_type');
  if (responseType !== 'code') {
    return redirect(response, withQuery(redirectUri, {
      error: 'unsupported_response_type',
      error_description: 'response_type must be code',
      state,
    }));
  }
  const scopes = (params.get('scope') ?? '').split(/[\s,]+/).filter(Boolean);
  if (!scopes.includes(advertisingScope)) {
    return redirect(response, withQuery(redirectUri, {
      error: 'invalid_scope',
      error_description: `scope must include ${advertisingScope}`,
      state,
    }));
  }

  const autoConsent = context.options.autoConsent || ['1', 'true', 'yes'].includes(params.get('auto_consent') ?? '');
  if (method === 'POST' || autoConsent) {
    if (method === 'POST' && params.get('consent') !== 'allow') {
      return redirect(response, withQuery(redirectUri, {
        error: 'access_denied',
        error_description: 'The user denied the request.',
        state,
      }));
    }
    const code = context.grants.issueCode(clientId, redirectUri);
    return redirect(response, withQuery(redirectUri, { code, scope: advertisingScope, state }));
  }

  const hidden = (['client_id', 'redirect_uri', 'response_type', 'scope', 'state'] as const)
    .map((name) => {
      const value = params.get(name);
      return value === null ? '' : `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`;
    })
    .join('\n      ');
  const html = `<!doctype html>
<html>
  <head><meta charset="utf-8"><title>Login with Amazon (emulator)</title></head>
  <body>
    <h1>Amazon Ads API emulator</h1>
    <p>The application <strong>${escapeHtml(clientId)}</strong> asks to manage your advertising campaigns
    (<code>${advertisingScope}</code>).</p>
    <form method="post" action="/ap/oa">
      ${hidden}
      <button type="submit" name="consent" value="allow">Allow</button>
      <button type="submit" name="consent" value="deny">Cancel</button>
    </form>
  </body>
</html>
`;
  sendText(response, 200, html, 'text/html; charset=utf-8');
}
