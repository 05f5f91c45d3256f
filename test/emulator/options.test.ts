import { describe, expect, it } from 'vitest';
import yargs from 'yargs';
import { UsageError } from '../../src/errors.js';
import { emulatorCommand } from '../../src/emulator/command.js';
import { startEmulator, type EmulatorOptions } from '../../src/emulator/index.js';
import { resolveOptions } from '../../src/emulator/options.js';

async function parse(args: string[]): Promise<unknown> {
  try {
    await yargs(['emulator', ...args])
      .command(emulatorCommand)
      .strict()
      .fail((message, error) => {
        throw error ?? new UsageError(message);
      })
      .parseAsync();
    return undefined;
  } catch (error) {
    return error;
  }
}

describe('emulator flags (in process)', () => {
  for (const [args, message] of [
    [['--latency', '-5'], '--latency must be a whole number >= 0, got "-5"'],
    [['--campaigns', '2000000'], '--campaigns must be a whole number from 0 to 1000000, got "2000000"'],
    [['--token-ttl', '0'], '--token-ttl must be a whole number >= 1, got "0"'],
    [['--page-size', '0'], '--page-size must be a whole number >= 1, got "0"'],
    [['--server-errors', '1.5'], '--server-errors must be a whole number >= 0, got "1.5"'],
    [['--seed', ''], '--seed must be a whole number >= 0, got ""'],
  ] as const) {
    it(`rejects ${args.join(' ')} as a usage error`, async () => {
      const error = await parse([...args]);
      expect(error).toBeInstanceOf(UsageError);
      expect((error as Error).message).toContain(message);
    });
  }
});

describe('startEmulator options', () => {
  it('rejects invalid values with a UsageError naming the option', async () => {
    await expect(startEmulator({ campaigns: -1 })).rejects.toThrow(UsageError);
    await expect(startEmulator({ region: 'xx' as never })).rejects.toThrow(/unknown region "xx": use --region with one of na, eu, fe/);
    await expect(startEmulator({ tokenTtlSeconds: 0 })).rejects.toThrow(/--token-ttl/);
    await expect(startEmulator({ pageSize: 1.5 })).rejects.toThrow(/--page-size/);
  });

  it('says exactly what the same value given as a flag says: one check, in the options table', async () => {
    const pairs: Array<[string[], EmulatorOptions]> = [
      [['--latency', '-5'], { latencyMs: -5 }],
      [['--campaigns', '2000000'], { campaigns: 2_000_000 }],
      [['--token-ttl', '0'], { tokenTtlSeconds: 0 }],
      [['--page-size', '1.5'], { pageSize: 1.5 }],
      [['--retry-after', '-1'], { retryAfterSeconds: -1 }],
      [['--report-url-ttl', '0.5'], { reportUrlTtlSeconds: 0.5 }],
      [['--expire-tokens-after', '-2'], { expireTokensAfterCalls: -2 }],
      [['--port', '70000'], { port: 70_000 }],
      [['--region', 'xx'], { region: 'xx' as never }],
    ];
    for (const [args, options] of pairs) {
      const fromFlag = await parse(args);
      expect(fromFlag, args.join(' ')).toBeInstanceOf(UsageError);
      const inCode = await startEmulator(options).then(
        async (emulator) => {
          await emulator.stop();
          return undefined;
        },
        (error: unknown) => error,
      );
      expect(inCode, args.join(' ')).toBeInstanceOf(UsageError);
      expect((inCode as Error).message).toBe((fromFlag as Error).message);
    }
  });

  it('takes its defaults from the options table', () => {
    const resolved = resolveOptions({});
    expect(resolved).toMatchObject({ port: 0, region: 'na', seed: 1, campaigns: 5, sbCampaigns: 3, sdCampaigns: 2, retryAfterSeconds: 1, tokenTtlSeconds: 3600, reportDelay: 2, reportUrlTtlSeconds: 3600, emptyProfiles: false });
    expect(resolved.pageSize).toBeUndefined();
    expect(resolved.reportRows).toBeUndefined();
    expect(resolveOptions({ campaigns: 7, latencyMs: 10, autoConsent: true })).toMatchObject({ campaigns: 7, latencyMs: 10, autoConsent: true });
  });

  it('reports a port already in use as a usage error', async () => {
    const first = await startEmulator();
    try {
      const port = Number(new URL(first.url).port);
      await expect(startEmulator({ port })).rejects.toThrow(/already in use/);
    } finally {
      await first.stop();
    }
  });

  it('binds 127.0.0.1 only and stop() is idempotent', async () => {
    const e = await startEmulator();
    expect(e.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(e.region).toBe('na');
    await Promise.all([e.stop(), e.stop()]);
    await expect(fetch(`${e.url}/v2/profiles`)).rejects.toThrow();
  });
});
