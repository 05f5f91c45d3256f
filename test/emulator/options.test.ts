import { describe, expect, it } from 'vitest';
import yargs from 'yargs';
import { UsageError } from '../../src/errors.js';
import { emulatorCommand } from '../../src/emulator/command.js';
import { startEmulator } from '../../src/emulator/index.js';

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
    await expect(startEmulator({ region: 'xx' as never })).rejects.toThrow(/region must be one of na, eu, fe/);
    await expect(startEmulator({ tokenTtlSeconds: 0 })).rejects.toThrow(/tokenTtlSeconds/);
    await expect(startEmulator({ pageSize: 1.5 })).rejects.toThrow(/pageSize/);
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
