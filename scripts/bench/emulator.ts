/**
 * The bench's view of the emulator (src/emulator, shared "Emulator API" contract): start one in
 * this process, snapshot its stats, and tell how many requests of a route a run made.
 */
import { startEmulator, type Emulator, type EmulatorOptions } from '../../src/emulator/index.js';

export type { Emulator };

export interface StatsSnapshot {
  requests: number;
  routes: Record<string, number>;
  grants: { refresh_token: number; authorization_code: number; failed: number };
}

export function snapshot(emulator: Emulator): StatsSnapshot {
  return {
    requests: emulator.stats.requests,
    routes: { ...emulator.stats.routes },
    grants: { ...emulator.stats.grants },
  };
}

/** What happened at the emulator between two snapshots. */
export function difference(before: StatsSnapshot, after: StatsSnapshot): StatsSnapshot {
  const routes: Record<string, number> = {};
  for (const [route, count] of Object.entries(after.routes)) {
    const delta = count - (before.routes[route] ?? 0);
    if (delta !== 0) routes[route] = delta;
  }
  return {
    requests: after.requests - before.requests,
    routes,
    grants: {
      refresh_token: after.grants.refresh_token - before.grants.refresh_token,
      authorization_code: after.grants.authorization_code - before.grants.authorization_code,
      failed: after.grants.failed - before.grants.failed,
    },
  };
}

/** Successful token grants of any kind: what "token grants per run" counts. */
export function grantsIn(delta: StatsSnapshot): number {
  return delta.grants.refresh_token + delta.grants.authorization_code;
}

export async function startBenchEmulator(options: EmulatorOptions): Promise<Emulator> {
  return startEmulator({ region: 'na', seed: 7, ...options });
}

/** The endpoints a run reaches on the emulator's single origin. */
export function hostsOf(emulator: Emulator): { api_url: string; token_url: string; auth_grant_url: string } {
  return {
    api_url: emulator.url,
    token_url: `${emulator.url}/auth/o2/token`,
    auth_grant_url: `${emulator.url}/ap/oa`,
  };
}
