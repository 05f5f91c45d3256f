/**
 * Plug-in: a line before each retry wait, `429 from List SP campaigns: waiting 2 s (retry 1/5)`, so a
 * long Retry-After or backoff is not silence. The collection's check-response script logs it with
 * console.info, marked `retry-wait: `, just before it starts waiting (in the Postman app the console
 * shows it as it is); this plug-in prints it without the mark, while the wait is still going. The
 * CLI reporter leaves these console lines to it (isRetryWaitMessage).
 */
import type { RunEvents } from '../newman/newman-events.js';
import type { RunPlugin } from './plugin.js';

/** The mark check-response.js puts before its retry-wait console line. */
export const RETRY_WAIT_MARK = 'retry-wait: ';

/** The text of a retry-wait console line without its mark; undefined for any other console line. */
export function retryWaitText(messages: unknown[] | undefined): string | undefined {
  const first = messages?.[0];
  if (messages?.length !== 1 || typeof first !== 'string' || !first.startsWith(RETRY_WAIT_MARK)) return undefined;
  return first.slice(RETRY_WAIT_MARK.length).replace(/\s*\n\s*/g, ' ');
}

export function isRetryWaitMessage(messages: unknown[] | undefined): boolean {
  return retryWaitText(messages) !== undefined;
}

/** `line` prints one progress line (the caller redacts and indents). */
function retryWait(events: RunEvents, line: (text: string) => void): void {
  events.on('console', (_error, o) => {
    const text = retryWaitText(o?.messages);
    if (text !== undefined) line(text);
  });
}

export const retryWaitPlugin: RunPlugin = {
  name: 'retry-wait progress',
  prepare: (options) =>
    options.reporters.includes('cli') && !options.silent
      ? { attach: ({ events, state, output }) => retryWait(events, (text) => output.live.write(`  ${state.redactor.redact(text)}\n`)) }
      : undefined,
};
