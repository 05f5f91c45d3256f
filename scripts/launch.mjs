#!/usr/bin/env -S node --
/**
 * Starts the CLI (src/cli.ts) as plain JavaScript, the way every npm script runs it.
 *
 * Why not tsx: its start-up (~330 ms) and its module hooks, which slow every module Newman loads,
 * made `npm run collection` ~40 % slower than a plain `newman run` (bench/results.md, row 1).
 *
 * What it does, in this process (no second Node start):
 * 1. signs the sources: path, size and mtime of every file under src/, plus this file, tsconfig.json
 *    and the installed esbuild (whatever changes the output);
 * 2. when .build/.stamp holds another signature (an edit, a fresh clone, a deleted file), compiles
 *    src/**\/*.ts to .build/ file by file with esbuild (ESM, no bundling) and copies every other file
 *    (the sandbox scripts src/scripts/*.js, which the build reads as text) unchanged. .build/ mirrors
 *    src/ at the same depth below the project root, so each module's `new URL('../../', import.meta.url)`
 *    still finds the project root (collections/, environments/, schemas/) and `../scripts/` still finds
 *    the scripts. esbuild compiles in memory; then the output is written, synchronously, into a
 *    temporary folder beside .build/ that is swapped in, so an interrupted compile leaves neither a
 *    half-written .build/ nor a temporary folder behind;
 * 3. imports .build/cli.js, which reads process.argv as src/cli.ts does under tsx.
 *
 * Node's module compile cache (Node 22.1+, `module.enableCompileCache`; absent on 20, which skips it) is
 * kept in .build-cache/ beside .build/: V8's compiled code of every module a command loads (ours and
 * node_modules'), so a start after the first skips compiling them (bench/results.md, start-up rows).
 * Node checks each entry against the module's source, so an edited file is compiled afresh.
 *
 * `collection` first makes sure patches/ is applied to the installed packages (scripts/install/
 * apply-patches.mjs, one file read when it is): the install hook applies it, but a dependency's install
 * script may not have been allowed to run.
 *
 * Before all that it sets how the command stops (scripts/launch/stop-with-parent.mjs): SIGINT / SIGTERM
 * end it with 130 / 143 unless the command handles them, and, when npm started it, it stops once npm is
 * gone. Folders left by a launcher that was killed outright (SIGKILL) mid-write are removed by the next one.
 *
 * `collection` gets V8's gc() for its heap guard in this same process (scripts/launch/expose-gc.mjs).
 *
 * `npx tsx src/cli.ts ...` keeps working (tests use it); .build/ is git-ignored.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import module from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { exitOnSignals, isRunning, stopWithParent } from './launch/stop-with-parent.mjs';
import { exposeGc } from './launch/expose-gc.mjs';
import { applyPatches } from './install/apply-patches.mjs';

exitOnSignals();
// Only under npm (`npm run …`, `npx amazon-ads-collection …`): started by hand, say under nohup, a
// command may outlive the shell that started it on purpose.
if (process.env.npm_lifecycle_event) stopWithParent();

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const srcDir = path.join(root, 'src');
const outDir = path.join(root, '.build');

// Before any module of the command loads (a folder that cannot be written just leaves the cache off).
module.enableCompileCache?.(path.join(root, '.build-cache'));
const STAMP = '.stamp';

/** Every file under `dir`, as paths relative to it, sorted (so the signature does not depend on readdir order). */
function filesUnder(dir, prefix = '') {
  const found = [];
  for (const entry of fs.readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) found.push(...filesUnder(dir, relative));
    else if (entry.isFile()) found.push(relative);
  }
  return found.sort();
}

function statLine(file) {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  return stat ? `${stat.size} ${stat.mtimeMs}` : 'missing';
}

function signatureOf(files) {
  const hash = createHash('sha256');
  for (const extra of [fileURLToPath(import.meta.url), path.join(root, 'tsconfig.json'), path.join(root, 'node_modules/esbuild/package.json')]) {
    hash.update(`${extra} ${statLine(extra)}\n`);
  }
  for (const file of files) hash.update(`${file} ${statLine(path.join(srcDir, file))}\n`);
  return hash.digest('hex');
}

function stampOf(dir) {
  try {
    return fs.readFileSync(path.join(dir, STAMP), 'utf8');
  } catch {
    return undefined;
  }
}

/** A problem the launcher reports as one line (exit 1), after its clean-up has run. */
class LaunchError extends Error {}

function fail(message) {
  throw new LaunchError(message);
}

async function compile(files, signature) {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    fail('esbuild is not installed, so src/ cannot be compiled: run npm ci, then try again');
  }
  // esbuild compiles in memory (write: false): its own process never writes, so an interrupted compile
  // cannot leave files, or folders it creates for them, behind. Only after it is done does the launcher
  // create the temporary folder and fill it synchronously, and no signal is handled between those steps.
  const entryPoints = files.filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts')).map((file) => path.join(srcDir, file));
  let outputFiles;
  try {
    ({ outputFiles } = await esbuild.build({
      entryPoints,
      outdir: outDir,
      outbase: srcDir,
      bundle: false,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      logLevel: 'silent',
      write: false,
    }));
  } catch (error) {
    // A terminal's Ctrl-C stops esbuild too, and its failure can arrive before our own SIGINT is handled:
    // give a pending signal the chance to end the launcher as an interrupt (130), not a compile error.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const first = error?.errors?.[0];
    const where = first?.location ? `${path.relative(root, path.join(root, first.location.file))}:${first.location.line}: ` : '';
    fail(`cannot compile ${where}${first?.text ?? String(error?.message ?? error).split('\n')[0]} - fix the source, then run again`);
  }
  // Beside .build/ (same depth), so even the temporary copy would resolve the project root correctly.
  // The pid in the name lets a later launcher tell a folder whose owner died from one still compiling.
  const temporary = fs.mkdtempSync(path.join(root, `.build-tmp-${process.pid}-`));
  const removeTemporary = () => fs.rmSync(temporary, { recursive: true, force: true });
  process.on('exit', removeTemporary); // a failed write below ends through process.exit too
  try {
    for (const output of outputFiles) {
      const target = path.join(temporary, path.relative(outDir, output.path));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, output.contents);
    }
    for (const file of files.filter((name) => !name.endsWith('.ts'))) {
      fs.mkdirSync(path.dirname(path.join(temporary, file)), { recursive: true });
      fs.copyFileSync(path.join(srcDir, file), path.join(temporary, file));
    }
    fs.writeFileSync(path.join(temporary, STAMP), signature);
    swapIn(temporary, signature);
  } finally {
    removeTemporary();
    process.off('exit', removeTemporary);
  }
}

/**
 * Removes `.build-tmp-<pid>-*` / `.build-old-<pid>` folders whose launcher is gone (killed outright, or
 * from a version without the exit clean-up), so no interrupted compile leaves a folder behind for good.
 */
function removeAbandonedFolders() {
  for (const name of fs.readdirSync(root)) {
    const match = /^\.build-(?:tmp|old)-(?:(\d+)(?:-|$))?/.exec(name);
    if (!match) continue;
    const owner = match[1] === undefined ? undefined : Number(match[1]);
    // A name without a pid (an older launcher's) counts as abandoned once it is 10 minutes old.
    const modified = fs.statSync(path.join(root, name), { throwIfNoEntry: false })?.mtimeMs ?? 0;
    const abandoned = owner === undefined ? Date.now() - modified > 10 * 60_000 : owner !== process.pid && !isRunning(owner);
    if (abandoned) fs.rmSync(path.join(root, name), { recursive: true, force: true });
  }
}

/** Replaces .build/ by `fresh`; if another launcher got there first with the same sources, keeps theirs. */
function swapIn(fresh, signature) {
  const old = `${outDir}-old-${process.pid}`;
  try {
    if (fs.existsSync(outDir)) fs.renameSync(outDir, old);
    fs.renameSync(fresh, outDir);
  } catch (error) {
    if (stampOf(outDir) !== signature) fail(`cannot write ${path.relative(root, outDir)}/ (${error.code ?? error.message}): check that the project folder is writable`);
  } finally {
    fs.rmSync(old, { recursive: true, force: true });
  }
}

// `collection`: the heap guard's gc(), in this process (scripts/launch/expose-gc.mjs), and Newman as patched
if (process.argv[2] === 'collection') {
  exposeGc();
  try {
    applyPatches();
  } catch (error) {
    process.stderr.write(`error: ${error.message}\n`);
    process.exit(1);
  }
}

try {
  const files = filesUnder(srcDir);
  const signature = signatureOf(files);
  if (stampOf(outDir) !== signature) {
    removeAbandonedFolders();
    await compile(files, signature);
  }
} catch (error) {
  process.stderr.write(`error: ${error instanceof LaunchError ? error.message : `cannot prepare .build/ (${error?.message ?? error})`}\n`);
  process.exit(1);
}

await import(pathToFileURL(path.join(outDir, 'cli.js')).href);
