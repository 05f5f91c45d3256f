/**
 * Checks of the values of the options borrowed from `newman run` (--env-var, --color, the TLS files),
 * each a UsageError in one line naming the flag and the fix.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import type { RawValue, ValueSource } from './option-spec.js';
import { textOf } from './parse-value.js';

/** `--env-var KEY=VALUE`, repeatable: the pairs in the order given (a later KEY wins). */
export function envVarsOf(raw: RawValue, source: ValueSource): Record<string, string> {
  const given = raw === undefined ? [] : (Array.isArray(raw) ? raw : [raw]).map(String);
  const pairs: Record<string, string> = {};
  for (const pair of given) {
    const at = pair.indexOf('=');
    const key = at > 0 ? pair.slice(0, at).trim() : '';
    if (key === '') throw new UsageError(`${source.name} needs KEY=VALUE, got a value without a name: use e.g. --${source.flag} page_size=100`);
    pairs[key] = pair.slice(at + 1);
  }
  return pairs;
}

export const colourModes = ['on', 'off', 'auto'] as const;
export type ColourMode = (typeof colourModes)[number];

export function colourModeOf(raw: RawValue, source: ValueSource): ColourMode {
  const text = textOf(raw) ?? 'auto';
  if (!(colourModes as readonly string[]).includes(text)) throw new UsageError(`${source.name} must be on, off or auto, got ${JSON.stringify(text)}`);
  return text as ColourMode;
}

/**
 * A file the run reads (certificate, key, CA bundle, data, globals, cookie jar): absolute path, checked
 * to exist now, before any request. `what` names the kind of file the fix asks for.
 */
export function readableFileOf(raw: RawValue, source: ValueSource, what = 'a PEM file'): string | undefined {
  const text = textOf(raw);
  if (text === undefined) return undefined;
  const file = path.resolve(text);
  if (!fs.statSync(file, { throwIfNoEntry: false })?.isFile()) throw new UsageError(`${source.name} ${text} is not a file: give the path of an existing ${what.replace(/^an? /, '')}`);
  return file;
}

/** `--working-dir`: an existing folder, absolute. */
export function existingFolderOf(raw: RawValue, source: ValueSource): string | undefined {
  const text = textOf(raw);
  if (text === undefined) return undefined;
  const folder = path.resolve(text);
  if (!fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`${source.name} ${text} is not a folder: give an existing folder`);
  return folder;
}

export const bailModifiers = ['folder', 'failure'] as const;
export type BailModifier = (typeof bailModifiers)[number];

/**
 * `--bail [folder,failure]`, as `newman run` reads it: absent = false; alone = true (stop after a failed
 * test); with modifiers = those modifiers (Newman: failure stops after a failed test, folder at the
 * first request or script error too).
 */
export function bailOf(raw: RawValue, source: ValueSource): false | true | BailModifier[] {
  if (raw === undefined || raw === false) return false;
  if (raw === true) return true;
  const given = (Array.isArray(raw) ? raw : [raw]).flatMap((entry) => String(entry).split(',')).map((entry) => entry.trim().toLowerCase()).filter((entry) => entry !== '');
  if (given.length === 0) return true;
  const unknown = given.filter((entry) => !(bailModifiers as readonly string[]).includes(entry));
  if (unknown.length > 0) throw new UsageError(`${source.name} "${unknown.join(',')}" is not a modifier: use --${source.flag} alone, or with folder, failure or folder,failure`);
  return bailModifiers.filter((modifier) => given.includes(modifier));
}
