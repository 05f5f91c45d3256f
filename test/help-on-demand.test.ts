import { describe, expect, it } from 'vitest';
import yargs, { type Argv } from 'yargs';
import { helpOnDemand } from '../src/help-on-demand.js';

/** A parser with one command and a counter of help renderings (yargs' usage instance). */
function parser(args: string[], onDemand: boolean) {
  let renders = 0;
  let handled = 0;
  const built = yargs(args)
    .scriptName('tool')
    .command({
      command: 'collection',
      describe: 'run it',
      builder: (y: Argv) => y.option('region', { type: 'string', describe: 'the region' }).option('silent', { type: 'boolean', describe: 'quiet' }),
      handler: () => void (handled += 1),
    })
    .strict()
    .help()
    .exitProcess(false);
  const usage = (built as unknown as { getInternalMethods(): { getUsageInstance(): { help(): string } } }).getInternalMethods().getUsageInstance();
  const help = usage.help.bind(usage);
  usage.help = () => {
    renders += 1;
    return help();
  };
  return { parser: onDemand ? helpOnDemand(built) : built, renders: () => renders, handled: () => handled };
}

async function helpText(onDemand: boolean): Promise<string> {
  const { parser: built } = parser(['collection', '--help'], onDemand);
  return await new Promise((resolve) => void built.parse(['collection', '--help'], {}, (_error, _argv, output) => resolve(output)));
}

describe('help on demand', () => {
  it('yargs renders the help on every command run; with helpOnDemand it does not', async () => {
    const plain = parser(['collection', '--region', 'na'], false);
    await plain.parser.parseAsync();
    expect(plain.handled()).toBe(1);
    expect(plain.renders()).toBeGreaterThan(0);

    const lazy = parser(['collection', '--region', 'na'], true);
    await lazy.parser.parseAsync();
    expect(lazy.handled()).toBe(1);
    expect(lazy.renders()).toBe(0);
  });

  it('--help prints the same text', async () => {
    const text = await helpText(true);
    expect(text).toContain('--region');
    expect(text).toBe(await helpText(false));
  });

  it('leaves a parser without the yargs internals alone', () => {
    const stranger = { parse: () => undefined } as unknown as Argv;
    expect(helpOnDemand(stranger)).toBe(stranger);
  });
});
