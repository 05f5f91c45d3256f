/**
 * Row 8: every profile in one run (issue 13 item 2). Our `collection` command with --all-profiles on
 * an emulator account of 1 and of 500 profiles (5 SP, 3 SB, 2 SD campaigns each): wall time and peak
 * RSS of the runner process. Target: RSS at 500 profiles <= 1.2 x RSS at 1 profile + 50 MB (the
 * per-profile state is one small row; nothing per execution is kept). Each run must pass with exactly
 * one token grant and a table of as many rows as profiles, else the row is not measured.
 *
 * Run alone (the whole bench needs an idle machine): `npx tsx scripts/bench/rows/all-profiles.ts`.
 */
import { pathToFileURL } from 'node:url';
import { ourCollectionCommand } from '../commands.js';
import { budgetNote, clock, errorText, failed, log, measuredRun, overBudget, root, run, secrets, type BenchRows } from '../context.js';
import { grantsIn, startBenchEmulator } from '../emulator.js';
import { measured, megabytes, ms, notMeasured, resultsTable, row, type Measured } from '../report.js';

export const profileCounts = [1, 500] as const;
const MB = 1024 * 1024;
/** 500 profiles are ~2 000 requests: about a minute on an idle 2-core machine, many under load. */
const CHILD_TIMEOUT_MS = 15 * 60_000;

interface ProfilesRun {
  profiles: number;
  wallMs: number;
  peakRssBytes: number;
  requests: number;
}

/** One run of our command with --all-profiles over an account of `profiles` profiles, checked. */
async function runAllProfiles(profiles: number): Promise<ProfilesRun> {
  const emulator = await startBenchEmulator({ profiles });
  for (const value of Object.values(emulator.credentials)) secrets.add(String(value));
  try {
    // --page-size 100: each SD list ends on its first (short) page, so a profile is 3 list calls
    const one = await measuredRun(emulator, ourCollectionCommand(root, emulator, ['--all-profiles', '--page-size', '100']), CHILD_TIMEOUT_MS);
    const problem = failed(one);
    if (problem) throw new Error(`our collection command failed: ${problem}`);
    const grants = grantsIn(one.delta);
    if (grants !== 1) throw new Error(`${grants} token grants where one serves the whole run`);
    const counts = new RegExp(`profiles\\s+${profiles} profiles?: ${profiles} passed, 0 failed`);
    if (!counts.test(one.child.stdoutTail)) throw new Error(`the summary does not say ${profiles} profiles passed`);
    const spLists = one.delta.routes['POST /sp/campaigns/list'] ?? 0;
    if (spLists !== profiles) throw new Error(`${spLists} SP list calls for ${profiles} profiles`);
    return { profiles, wallMs: one.child.wallMs, peakRssBytes: one.child.peakRssBytes, requests: one.delta.requests };
  } finally {
    await emulator.stop();
  }
}

/** One unmeasured run first, so neither measured run pays for compiling .build/ (the launcher does it when stale). */
async function warmUp(): Promise<void> {
  const emulator = await startBenchEmulator({ profiles: 1 });
  try {
    await run(ourCollectionCommand(root, emulator, ['--folder', 'auth']));
  } finally {
    await emulator.stop();
  }
}

export async function allProfilesRows(): Promise<BenchRows> {
  const runs = new Map<number, ProfilesRun | { error: string }>();
  await warmUp();
  for (const profiles of profileCounts) {
    if (overBudget()) {
      runs.set(profiles, { error: budgetNote });
      continue;
    }
    log(`all profiles: ${profiles} profile${profiles === 1 ? '' : 's'}`);
    try {
      const one = await runAllProfiles(profiles);
      runs.set(profiles, one);
      log(`all profiles: ${ms(one.wallMs)}, ${one.requests} requests, ${megabytes(one.peakRssBytes)} peak RSS`);
    } catch (error) {
      runs.set(profiles, { error: errorText(error) });
    }
  }
  const value = (profiles: number, pick: (run: ProfilesRun) => number): Measured => {
    const one = runs.get(profiles);
    return !one ? notMeasured('not run') : 'error' in one ? notMeasured(one.error) : measured(pick(one));
  };
  const [few, many] = profileCounts;
  const rssFew = value(few, (one) => one.peakRssBytes);
  const limit = 'value' in rssFew ? 1.2 * rssFew.value + 50 * MB : Number.NaN;
  const requests = (profiles: number) => {
    const one = runs.get(profiles);
    return one && !('error' in one) ? `, ${one.requests} requests` : '';
  };
  const rows = [
    row('8a', `--all-profiles, ${few} profile: wall time`, value(few, (one) => one.wallMs), { kind: 'none', reason: 'reference for 8b' }, (wall) => `${ms(wall)}${requests(few)}`),
    row('8b', `--all-profiles, ${many} profiles: wall time`, value(many, (one) => one.wallMs), { kind: 'none', reason: 'reference' }, (wall) => `${ms(wall)}${requests(many)}`),
    row('8c', `--all-profiles, ${few} profile: peak RSS of the runner`, rssFew, { kind: 'none', reason: 'the base of 8d' }, megabytes),
    row(
      '8d',
      `--all-profiles, ${many} profiles: peak RSS of the runner`,
      Number.isFinite(limit) ? value(many, (one) => one.peakRssBytes) : notMeasured(`row 8c: ${'error' in rssFew ? rssFew.error : 'no value'}`),
      { kind: 'atMost', limit, unit: 'bytes', label: Number.isFinite(limit) ? `1.2 x 8c + 50 MB = ${megabytes(limit)}` : '1.2 x 8c + 50 MB' },
      megabytes,
      'each run passed with 1 token grant and a row per profile',
    ),
  ];
  return { rows, sections: [] };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  allProfilesRows()
    .then(({ rows }) => process.stdout.write(`${resultsTable(rows)}\n`))
    .catch((error: unknown) => {
      process.stderr.write(`bench row failed: ${errorText(error)}\n`);
      process.exitCode = 1;
    })
    .finally(() => clock.stop());
}
