import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Prompter, PromptInterrupted } from '../../src/auth/prompt.js';
import { readCode } from '../../src/auth/read-code.js';
import { UsageError } from '../../src/errors.js';

function streams() {
  const input = new PassThrough();
  const output = new PassThrough();
  let written = '';
  output.on('data', (chunk) => (written += chunk.toString()));
  return { input, output, written: () => written };
}

describe('readCode (a pasted redirect URL or code at the prompt)', () => {
  it('reads the code from a pasted redirect URL with the matching state', async () => {
    const io = streams();
    const prompter = new Prompter(io);
    io.input.write('https://amazon.com/?code=ANpasted&scope=advertising%3A%3Acampaign_management&state=st\n');
    await expect(readCode(prompter, { state: 'st' })).resolves.toBe('ANpasted');
    expect(io.written()).toContain('Paste the address');
    prompter.close();
  });

  it('reads a bare code, asking again after an empty line', async () => {
    const io = streams();
    const prompter = new Prompter(io);
    io.input.write('\n  ANbare  \n');
    await expect(readCode(prompter, { state: 'st' })).resolves.toBe('ANbare');
    expect(io.written().match(/Paste the address/g)).toHaveLength(2);
    prompter.close();
  });

  it('rejects a pasted URL whose state differs', async () => {
    const io = streams();
    const prompter = new Prompter(io);
    io.input.write('https://amazon.com/?code=AN&state=other\n');
    const error = await readCode(prompter, { state: 'st' }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(/^state mismatch/);
    prompter.close();
  });

  it('fails when the input ends without an answer', async () => {
    const io = streams();
    const prompter = new Prompter(io);
    io.input.end();
    await expect(readCode(prompter, {})).rejects.toThrow(/input ended/);
    prompter.close();
  });
});

describe('Prompter', () => {
  it('keeps answers fed ahead of time for the following questions', async () => {
    const io = streams();
    const prompter = new Prompter(io);
    io.input.write('first\nsecond\nthird\n');
    expect(await prompter.ask('1? ')).toBe('first');
    expect(await prompter.ask('2? ')).toBe('second');
    expect(await prompter.ask('3? ')).toBe('third');
    prompter.close();
  });

  it('does not echo a hidden answer', async () => {
    const io = streams();
    (io.input as PassThrough & { isTTY?: boolean }).isTTY = true; // terminal mode: readline echoes what is typed
    const prompter = new Prompter(io);
    const answer = prompter.ask('Client secret (not shown): ', { hidden: true });
    io.input.write('typed-S3CRET-value\r');
    expect(await answer).toBe('typed-S3CRET-value');
    const visible = prompter.ask('Visible: ');
    io.input.write('shown-value\r');
    expect(await visible).toBe('shown-value');
    prompter.close();
    expect(io.written()).toContain('Client secret (not shown): ');
    expect(io.written()).not.toContain('typed-S3CRET-value');
    expect(io.written()).toContain('shown-value'); // the echo works, so its absence above means something
  });

  it('turns Ctrl-C at a terminal question into a clean stop', async () => {
    const io = streams();
    (io.input as PassThrough & { isTTY?: boolean }).isTTY = true;
    const prompter = new Prompter(io);
    const answer = prompter.ask('Client secret (not shown): ', { hidden: true });
    io.input.write('half-typed\x03');
    const error = await answer.catch((e: Error) => e);
    expect(error).toBeInstanceOf(PromptInterrupted);
    expect((error as Error).message).toBe('cancelled at the prompt (Ctrl-C); nothing was written');
    expect(io.written()).not.toContain('half-typed');
    prompter.close();
  });
});
