/**
 * The one agreed form in which a failure travels as text (a sandbox script's assertion message, a
 * plug-in's error): the line a person reads, `<cause id>: <what happened here>`, then one line
 * `failure-data: {"cause":"<id>", ...fields}` that carries the cause and its fields as JSON.
 * Scripts build it with `failureText` (bundled into them by the build); Node reads it back in ONE
 * place, `failureOf` (failure.ts), and from then on works with the typed failure, never the words.
 * This module imports nothing: it is bundled into every script that fails.
 */

/** The fixed start of the line that carries a failure's data. */
export const FAILURE_MARK = 'failure-data: ';

/** What a script or plug-in knows about a failure beyond its cause. */
export interface FailureFields {
  /** host[:port] the failure happened at. */
  host?: string;
  /** What exists instead or what was asked for, added to the cause's one-line explanation. */
  detail?: string;
  /** 'token' when the failure happened at the Login with Amazon token endpoint (its own wording). */
  endpoint?: 'token';
}

/** `<cause>: <text>` and the data line. `cause` is a cause id (scripts write `CAUSE.<id>`, checked by the build). */
export function failureText(cause: string, text: string, fields?: FailureFields): string {
  return cause + ': ' + text + '\n' + FAILURE_MARK + JSON.stringify(Object.assign({ cause: cause }, fields));
}

/**
 * The text without its data, and the data when the text carries it (`data` undefined: no data line,
 * or no JSON object after the mark). Words a library added after the message (chai's `pm.expect(x,
 * message)` appends `: expected ...`) are kept, in their place after the person's line.
 */
export function splitFailureText(message: string): { text: string; data?: { cause?: unknown } & Record<string, unknown> } {
  const at = message.lastIndexOf('\n' + FAILURE_MARK);
  if (at === -1) return { text: message };
  const start = at + 1 + FAILURE_MARK.length;
  // the JSON object ends at one of the '}' after the mark: the first end that parses
  for (let end = message.indexOf('}', start); end !== -1; end = message.indexOf('}', end + 1)) {
    let data: unknown;
    try {
      data = JSON.parse(message.slice(start, end + 1));
    } catch {
      continue;
    }
    if (!data || typeof data !== 'object' || Array.isArray(data)) break;
    return { text: message.slice(0, at) + message.slice(end + 1), data: data as Record<string, unknown> };
  }
  return { text: message };
}
