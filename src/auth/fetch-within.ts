/**
 * One HTTP call of `npm run auth` whose whole answer, headers and body, must arrive within a limit
 * (`--timeout-request`, default 60 s). A limit on fetch alone ends only the wait for the headers: a
 * server that then trickles the body a byte a second would hold the command for ever. Past the limit
 * the call is aborted (its socket closed) and `AnswerTimeout` is thrown, whatever the fetch does.
 */
import { retryAfterSeconds } from '../rules/retry-timing.js';

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

export class AnswerTimeout extends Error {
  constructor(readonly limitMs: number) {
    super(`no complete answer within ${limitMs} ms`);
    this.name = 'AnswerTimeout';
  }
}

export async function fetchWithin(doFetch: typeof fetch, url: string, init: RequestInit, limitMs: number): Promise<Answer> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      reject(new AnswerTimeout(limitMs));
      controller.abort();
    }, limitMs);
  });
  const call = (async (): Promise<Answer> => {
    const response = await doFetch(url, { ...init, signal: controller.signal });
    return { status: response.status, headers: response.headers, text: await response.text() };
  })();
  call.catch(() => undefined); // once the deadline won, the aborted call's rejection is expected
  try {
    return await Promise.race([call, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** Whole seconds of a Retry-After header (delay-seconds or an HTTP date); undefined when absent or unreadable. */
export function retryAfterSecondsOf(headers: Headers): number | undefined {
  const seconds = retryAfterSeconds(headers.get('retry-after'));
  return Number.isNaN(seconds) ? undefined : seconds;
}
