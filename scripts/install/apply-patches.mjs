/**
 * Applies patches/<package>+<version>.patch to the installed packages, with Node alone (no dev-only tool),
 * so that every install has them: `npm ci`, `npm ci --omit=dev`, and the packed tarball installed as a
 * dependency (scripts/install/postinstall.mjs calls it); the launcher checks again before `collection`
 * (a dependency's install script may not have been approved), which costs one file read when applied.
 *
 * Idempotent: a hunk whose result is already in the file is left alone; a hunk whose original text is
 * there is replaced; anything else (another version of the package, a file changed by hand) is an
 * error naming the patch and the fix. The patch format is patch-package's (a git diff with paths
 * `node_modules/<package>/<file>`), so `npx patch-package <package>` can still make a new one.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const patchesDir = path.join(root, 'patches');

/** One file of a patch: the package-relative path and its hunks as [original text, patched text]. */
export function parsePatch(text) {
  const files = [];
  let file;
  let hunk;
  for (const line of text.split('\n')) {
    const header = /^\+\+\+ b\/node_modules\/((?:@[^/]+\/)?[^/]+)\/(.+)$/.exec(line);
    if (header) {
      file = { packageName: header[1], file: header[2], hunks: [] };
      files.push(file);
      hunk = undefined;
    } else if (line.startsWith('@@')) {
      if (!file) throw new Error('a hunk before any file header');
      hunk = { before: [], after: [] };
      file.hunks.push(hunk);
    } else if (hunk && (line.startsWith(' ') || line.startsWith('-') || line.startsWith('+'))) {
      if (!line.startsWith('+')) hunk.before.push(line.slice(1));
      if (!line.startsWith('-')) hunk.after.push(line.slice(1));
    } else if (line.startsWith('diff --git') || line.startsWith('index ') || line.startsWith('--- ')) {
      hunk = undefined;
    }
  }
  return files.map((entry) => ({ ...entry, hunks: entry.hunks.map((h) => [h.before.join('\n'), h.after.join('\n')]) }));
}

/** `content` with every hunk applied; `changed` false when all were applied already. Throws when a hunk fits neither way. */
export function applyHunks(content, hunks) {
  let result = content;
  let changed = false;
  for (const [before, after] of hunks) {
    if (result.includes(after)) continue;
    const at = result.indexOf(before);
    if (at < 0 || result.indexOf(before, at + 1) >= 0) return { content, changed: false, fits: false };
    result = result.slice(0, at) + after + result.slice(at + before.length);
    changed = true;
  }
  return { content: result, changed, fits: true };
}

/**
 * Applies every patch under patches/ to the packages as Node resolves them from the project root
 * (hoisted in the user's node_modules when this project is installed as a dependency). Returns what
 * it changed; throws an Error with a one-line message when a patch cannot apply.
 */
export function applyPatches() {
  const require = createRequire(path.join(root, 'package.json'));
  const applied = [];
  const names = fs.existsSync(patchesDir) ? fs.readdirSync(patchesDir).filter((name) => name.endsWith('.patch')).sort() : [];
  for (const name of names) {
    const match = /^(.+)\+(\d+\.\d+\.\d+[^+]*)\.patch$/.exec(name);
    if (!match) throw new Error(`patches/${name}: not named <package>+<version>.patch`);
    const [, packageName, version] = [match[0], match[1].replace(/\+/g, '/'), match[2]];
    let manifest;
    try {
      manifest = require.resolve(`${packageName}/package.json`);
    } catch {
      throw new Error(`patches/${name}: ${packageName} is not installed - run npm ci`);
    }
    const installed = JSON.parse(fs.readFileSync(manifest, 'utf8')).version;
    if (installed !== version) throw new Error(`patches/${name}: ${packageName} ${installed} is installed, the patch is for ${version} - run npm ci, or re-make the patch for ${installed}`);
    for (const entry of parsePatch(fs.readFileSync(path.join(patchesDir, name), 'utf8'))) {
      const target = path.join(path.dirname(manifest), entry.file);
      const { content, changed, fits } = applyHunks(fs.readFileSync(target, 'utf8'), entry.hunks);
      if (!fits) throw new Error(`patches/${name} does not apply to ${packageName}/${entry.file} (changed by hand?) - reinstall it with npm ci`);
      if (changed) {
        fs.writeFileSync(target, content);
        applied.push(`${packageName}/${entry.file}`);
      }
    }
  }
  return applied;
}

