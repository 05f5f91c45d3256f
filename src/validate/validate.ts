/**
 * One validation run: load the files, run every rule over all of them together, and sort the
 * outcome per file. No printing here (see command.ts), so tests and the runner can call it.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { loadPostmanFile } from './load.js';
import { rules as allRules } from './rules/index.js';
import type { PostmanFile, Problem, Rule } from './types.js';

export interface ValidationReport {
  /** Files that loaded, in the order given. */
  files: PostmanFile[];
  problems: Problem[];
  /** One-line messages for files that could not be read or are not Postman files. */
  unreadable: string[];
}

/** Runs the rules over files already loaded (collections and environments together). */
export function checkPostmanFiles(files: PostmanFile[], rules: readonly Rule[] = allRules, context: PostmanFile[] = []): Problem[] {
  const targets = new Set(files.map((f) => f.path));
  return rules
    .flatMap((rule) => rule.check([...files, ...context]))
    .filter((problem) => targets.has(problem.file));
}

/**
 * Loads and checks the given paths. When they include no environment, the project's environments
 * (environments/*.postman_environment.json under `root`) are used as context for variables-defined,
 * without being checked or reported themselves.
 */
export async function validatePaths(paths: string[], root = process.cwd()): Promise<ValidationReport> {
  const files: PostmanFile[] = [];
  const unreadable: string[] = [];
  for (const path of paths) {
    try {
      files.push(await loadPostmanFile(path));
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      unreadable.push(error.message);
    }
  }
  let context: PostmanFile[] = [];
  if (files.length && !files.some((f) => f.kind === 'environment')) {
    const given = new Set(paths);
    const defaults = (await defaultPaths(root)).filter((p) => p.endsWith('.postman_environment.json') && !given.has(p));
    context = (await Promise.all(defaults.map((p) => loadPostmanFile(p).catch(() => undefined)))).filter(
      (f): f is PostmanFile => f?.kind === 'environment',
    );
  }
  return { files, problems: checkPostmanFiles(files, allRules, context), unreadable };
}

/** collections/*.postman_collection.json and environments/*.postman_environment.json, sorted. */
export async function defaultPaths(root = process.cwd()): Promise<string[]> {
  const list = async (dir: string, suffix: string) => {
    try {
      return (await readdir(join(root, dir))).filter((name) => name.endsWith(suffix)).sort().map((name) => join(dir, name));
    } catch {
      return [];
    }
  };
  return [
    ...(await list('collections', '.postman_collection.json')),
    ...(await list('environments', '.postman_environment.json')),
  ];
}
