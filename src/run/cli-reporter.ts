/**
 * The `cli` reporter: one line per request and per assertion, live, every line redacted before it is
 * written. It replaces Newman's own CLI reporter, which wraps long values over several lines (its
 * --verbose bodies, console output) so a secret split across lines could escape any redaction of
 * the printed text. Here each line is built whole from the event data, redacted, then written.
 */
import type { EventEmitter } from 'node:events';
import type { Redactor } from './redact.js';
import type { Sink } from './capture-output.js';
import { fullNameOf } from './folders.js';

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

interface HeaderLike {
  key: string;
  value: unknown;
  disabled?: boolean;
}
interface RequestLike {
  method?: string;
  url?: { toString(): string };
  headers?: { all?(): HeaderLike[] };
  body?: { mode?: string; toString(): string } | null;
}
interface ResponseLike {
  code?: number;
  status?: string;
  responseTime?: number;
  size?(): { body?: number; header?: number; total?: number };
  text?(): string;
}
interface ItemLike {
  name?: string;
  parent?: () => unknown;
}

function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined || !Number.isFinite(bytes)) return '?';
  return bytes < 1024 ? `${bytes}B` : `${(bytes / 1024).toFixed(1)}kB`;
}

export interface CliReporterOptions {
  write: Sink;
  redactor: Redactor;
  verbose: boolean;
  colour: boolean;
}

/** Listens on a Newman run emitter; attach it after the listeners that learn new secrets. */
export function attachCliReporter(emitter: EventEmitter, options: CliReporterOptions): void {
  const { redactor, verbose } = options;
  const c = options.colour ? ansi : plain;
  const line = (text: string) => options.write(`${redactor.redact(text)}\n`);
  let folder: string | undefined;

  emitter.on('beforeItem', (_error: unknown, o: { item?: ItemLike }) => {
    const name = fullNameOf(o?.item) ?? o?.item?.name ?? '(unnamed request)';
    const parts = name.split(' / ');
    const request = parts.pop();
    const itemFolder = parts.join(' / ');
    if (itemFolder && itemFolder !== folder) line(folder === undefined ? itemFolder : `\n${itemFolder}`);
    folder = itemFolder;
    line(`→ ${request}`);
  });

  emitter.on('request', (error: { message?: string } | null, o: { request?: RequestLike; response?: ResponseLike }) => {
    const method = o?.request?.method ?? 'GET';
    const url = o?.request?.url?.toString() ?? '';
    if (error) {
      line(`  ${method} ${url} ${c.bad(`[errored] ${error.message ?? 'request failed'}`)}`);
      return;
    }
    const response = o?.response;
    const size = response?.size?.();
    const status = `${response?.code ?? '?'}${response?.status ? ` ${response.status}` : ''}`;
    const good = (response?.code ?? 0) < 400;
    line(`  ${method} ${url} [${good ? status : c.bad(status)}, ${formatBytes(size?.total ?? size?.body)}, ${response?.responseTime ?? '?'}ms]`);
    if (!verbose) return;
    for (const header of o?.request?.headers?.all?.() ?? []) {
      if (header.disabled) continue;
      const value = /^authorization$/i.test(header.key) ? String(header.value).replace(/^(Bearer\s+).+$/i, '$1[REDACTED]') : String(header.value);
      line(c.dim(`    > ${header.key}: ${value}`));
    }
    const requestBody = o?.request?.body?.toString() ?? '';
    if (requestBody) line(c.dim(`    > ${requestBody.replace(/\s*\n\s*/g, ' ')}`));
    const text = response?.text?.() ?? '';
    if (text) {
      const shown = text.length > VERBOSE_BODY_LIMIT ? `${text.slice(0, VERBOSE_BODY_LIMIT)} … (${text.length} characters)` : text;
      line(c.dim(`    < ${shown.replace(/\s*\n\s*/g, ' ')}`));
    }
  });

  emitter.on('assertion', (error: { message?: string } | null, o: { assertion?: string; skipped?: boolean }) => {
    const name = o?.assertion ?? 'assertion';
    if (o?.skipped) line(c.dim(`  - ${name} (skipped)`));
    else if (error) line(`  ${c.bad('✗')} ${name}: ${error.message ?? 'failed'}`);
    else line(`  ${c.ok('✓')} ${name}`);
  });

  emitter.on('console', (_error: unknown, o: { level?: string; messages?: unknown[] }) => {
    const text = (o?.messages ?? []).map((message) => (typeof message === 'string' ? message : JSON.stringify(message))).join(' ');
    line(c.dim(`  console.${o?.level ?? 'log'}: ${text.replace(/\s*\n\s*/g, ' ')}`));
  });

  emitter.on('exception', (_error: unknown, o: { error?: { message?: string } }) => {
    line(`  ${c.bad('!')} script exception: ${o?.error?.message ?? 'unknown'}`);
  });
}
