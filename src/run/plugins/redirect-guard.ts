/**
 * Plug-in: the run follows no redirect (Newman runs with ignoreRedirects), so no credential is ever
 * re-sent to a host the user did not name: not the token request's form body (client secret, refresh
 * token), not an Ads call's bearer token. A 3xx answer with a Location reaches this plug-in instead;
 * unless the request documents that redirect in its saved examples (the v2 report download answers 307
 * to its file), it is the run's failure `unexpected_redirect`, naming the target host (never its path
 * or query), and the run stops there: a server that redirects one call would redirect the next.
 * The request is named from `state.position` (plugins/position.ts), "Folder / Request" like every
 * failure: the `request` event's item is the runtime's copy of it, without its folders.
 */
import type { Item, Response } from 'postman-collection';
import type { RunEvents } from '../newman/newman-events.js';
import type { RunState } from '../run-state.js';
import type { RunPlugin } from './plugin.js';

const isRedirect = (code: number | undefined): boolean => code !== undefined && code >= 300 && code < 400 && code !== 304;

/** True when one of the item's saved examples is a redirect: the API documents it for this request. */
function documentsRedirect(item: Item | undefined): boolean {
  const examples: Response[] = item?.responses?.all?.() ?? [];
  return examples.some((example) => isRedirect(example.code));
}

/** `host:port` of the Location, resolved against the request's URL; never its path or query. */
function targetHostOf(location: string, requestUrl: string): string {
  try {
    return new URL(location, requestUrl).host || '(no host)';
  } catch {
    return '(an unreadable Location)';
  }
}

function redirectGuard(events: RunEvents, state: RunState): void {
  events.on('request', (error, o) => {
    const response = o?.response;
    if (error || !response || !isRedirect(response.code) || documentsRedirect(o?.item)) return;
    const location = response.headers?.get('Location');
    if (typeof location !== 'string' || location === '') return;
    const requestUrl = o?.request?.url?.toString() ?? '';
    const host = targetHostOf(location, requestUrl);
    let from = '(unknown host)';
    try {
      from = new URL(requestUrl).host;
    } catch {
      // keep the placeholder
    }
    state.detect({
      cause: 'unexpected_redirect',
      host,
      message: `unexpected_redirect: ${o?.request?.method ?? 'GET'} to ${from} answered ${response.code} pointing at ${host}; not followed, nothing was sent there`,
    });
    state.stop();
  });
}

export const redirectGuardPlugin: RunPlugin = {
  name: 'redirect guard',
  prepare: () => ({ attach: ({ events, state }) => redirectGuard(events, state) }),
};
