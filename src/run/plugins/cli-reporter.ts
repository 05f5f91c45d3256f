/**
 * The `cli` reporter: one line per request and per assertion, live, every line redacted before it is
 * written. It replaces Newman's own CLI reporter, which wraps long values over several lines (its
 * --verbose bodies, console output) so a secret split across lines could escape any redaction of
 * the printed text. Here each line is built whole from the event data, redacted, then written.
 * Newman itself runs without reporters, so nothing else prints during a run.
 */
import { fullNameOf } from '../selection/folders.js';
import type { RunEvents } from '../newman/newman-events.js';
import type { RunState } from '../run-state.js';
import { shownName } from '../shown-name.js';
import type { Sink } from '../output/stdout-sink.js';
import { isRetryWaitMessage } from './retry-wait.js';
import type { RunPlugin } from './plugin.js';


/** Longest response body --verbose prints; the rest is counted, not shown. */
const VERBOSE_BODY_LIMIT = 4000;

interface Colours {
  ok(text: string): string;
  bad(text: string): string;
  dim(text: string): string;
}

const plain: Colours = { ok: (t) => t, bad: (t) => t, dim: (t) => t };
const ansi: Colours = {
  ok: (t) => `\u001b[32m${t}\u001b[39m`,
  bad: (t) => `\u001b[31m${t}\u001b[39m`,
  dim: (t) => `\u001b[90m${t}\u001b[39m`,
};

/** Response.size() returns { body, header, total } at run time (the types say number). */
function totalSizeOf(size: unknown): number | undefined {
  if (typeof size === 'number') return size;
  if (typeof size !== 'object' || size === null) return undefined;
  const total: unknown = 'total' in size ? size.total : 'body' in size ? size.body : undefined;
  return typeof total === 'number' ? total : undefined;
}

function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined || !Number.isFinite(bytes)) return '?';
  return bytes < 1024 ? `${bytes}B` : `${(bytes / 1024).toFixed(1)}kB`;
}

export interface CliReporterOptions {
  write: Sink;
  /** Colour the marks (a terminal, no custom sink). */
  colour: boolean;
}

/** Plug-in: attach it after the plug-ins that learn new secrets, so a line never prints one still unknown. */
export function cliReporter(events: RunEvents, state: RunState, output: CliReporterOptions): void {
  const { redactor } = state;
  const { verbose } = state.options;
  const c = output.colour ? ansi : plain;
  const line = (text: string) => output.write(`${redactor.redact(text)}\n`);
  let folder: string | undefined;

  events.on('beforeItem', (_error, o) => {
    const name = fullNameOf(o?.item) ?? o?.item?.name ?? '(unnamed request)';
    const parts = name.split(' / ').map((part) => shownName(part));
    const request = parts.pop();
    const itemFolder = parts.join(' / ');
    if (itemFolder && itemFolder !== folder) line(folder === undefined ? itemFolder : `\n${itemFolder}`);
    folder = itemFolder;
    line(`→ ${request}`);
  });

  events.on('request', (error, o) => {
    const method = o?.request?.method ?? 'GET';
    const url = o?.request?.url?.toString() ?? '';
    if (error) {
      line(`  ${method} ${url} ${c.bad(`[errored] ${error.message ?? 'request failed'}`)}`);
      return;
    }
    const response = o?.response;
    const size = totalSizeOf(response?.size());
    const status = `${response?.code ?? '?'}${response?.status ? ` ${response.status}` : ''}`;
    const good = (response?.code ?? 0) < 400;
    line(`  ${method} ${url} [${good ? status : c.bad(status)}, ${formatBytes(size)}, ${response?.responseTime ?? '?'}ms]`);
    if (!verbose) return;
    for (const header of o?.request?.headers?.all() ?? []) {
      if (header.disabled) continue;
      const value = /^authorization$/i.test(header.key) ? String(header.value).replace(/^(Bearer\s+).+$/i, '$1[REDACTED]') : String(header.value);
      line(c.dim(`    > ${header.key}: ${value}`));
    }
    const requestBody = o?.request?.body?.toString() ?? '';
    if (requestBody) line(c.dim(`    > ${requestBody.replace(/\s*\n\s*/g, ' ')}`));
    // masked before the cut, so a secret the cut splits is never half printed
    const text = redactor.redact(response?.text() ?? '');
    if (text) {
      const shown = text.length > VERBOSE_BODY_LIMIT ? `${text.slice(0, VERBOSE_BODY_LIMIT)} … (${text.length} characters)` : text;
      line(c.dim(`    < ${shown.replace(/\s*\n\s*/g, ' ')}`));
    }
  });

  events.on('assertion', (error, o) => {
    const name = shownName(o?.assertion ?? 'assertion');
    if (o?.skipped) line(c.dim(`  - ${name} (skipped)`));
    else if (error) line(`  ${c.bad('✗')} ${name}: ${error.message ?? 'failed'}`);
    else line(`  ${c.ok('✓')} ${name}`);
  });

  events.on('console', (_error, o) => {
    if (isRetryWaitMessage(o?.messages)) return; // printed by the retry-wait plug-in
    const text = (o?.messages ?? []).map((message) => (typeof message === 'string' ? message : JSON.stringify(message))).join(' ');
    line(c.dim(`  console.${o?.level ?? 'log'}: ${text.replace(/\s*\n\s*/g, ' ')}`));
  });

  events.on('exception', (_error, o) => {
    line(`  ${c.bad('!')} script exception: ${o?.error?.message ?? 'unknown'}`);
  });
}

export const cliReporterPlugin: RunPlugin = {
  name: 'CLI reporter',
  prepare: (options) =>
    options.reporters.includes('cli') && !options.silent
      ? { attach: ({ events, state, output }) => cliReporter(events, state, { write: output.live.write, colour: output.colour }) }
      : undefined,
};
