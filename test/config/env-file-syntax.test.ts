/**
 * Which env file lines are syntax errors (dotenv would skip them in silence).
 */
import { parse } from 'dotenv';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { checkEnvFileSyntax, envFileSyntaxProblem } from '../../src/config/env-file-syntax.js';

describe('envFileSyntaxProblem', () => {
  it('accepts what dotenv reads: blanks, comments, KEY=VALUE, export, KEY: VALUE, quoted values over several lines', () => {
    const text = [
      '# comment',
      '',
      '   ',
      'A=1',
      'export B = two words # trailing comment',
      'C: colon form',
      'EMPTY=',
      'D="multi',
      'line value with = and # inside',
      'end"',
      "E='single ''",
      'F=`back`',
      'G="escaped \\" quote"',
      'dotted.name-x=1',
    ].join('\r\n');
    expect(envFileSyntaxProblem(text)).toBeUndefined();
  });

  it('names the first line that is neither blank, a comment nor KEY=VALUE', () => {
    expect(envFileSyntaxProblem('A=1\nAtzr|pasted-token-without-a-name\nB=2')).toEqual({ line: 2, problem: expect.stringMatching(/not KEY=VALUE/) });
    expect(envFileSyntaxProblem('A=1\nB 2\n')?.line).toBe(2);
    expect(envFileSyntaxProblem('=value')?.line).toBe(1);
    expect(envFileSyntaxProblem('C:no-space')?.line).toBe(1);
  });

  it('ends a quoted value where dotenv does: a value ending in a backslash (q\'\\) is closed by its quote, not left open', () => {
    const text = ['A="q\'\\"', 'B="x"', "C='back\\'", 'D=`tick\\`', 'E="a \\" b \\"', 'F=1'].join('\n');
    expect(envFileSyntaxProblem(text)).toBeUndefined();
    // dotenv agrees on every value
    expect(parse(text)).toEqual({ A: "q'\\", B: 'x', C: 'back\\', D: 'tick\\', E: 'a \\" b \\', F: '1' });
  });

  it('follows dotenv when a later line ends in the same quote: the value spans to it, and a bad line after is still found', () => {
    const text = "A='x\\'\n# the end'\nnot a setting\n";
    expect(parse(text).A).toBe("x\\'\n# the end");
    expect(envFileSyntaxProblem(text)).toEqual({ line: 3, problem: expect.stringMatching(/not KEY=VALUE/) });
  });

  it('names a quote that is never closed by the line that opens it', () => {
    expect(envFileSyntaxProblem('A=1\nB="open\nC=3\n')).toEqual({ line: 2, problem: 'opens a " quote that is never closed' });
  });

  it('throws a one-line UsageError that never quotes the line', () => {
    const secret = 'Atzr|never-printed-0123456789';
    let error: unknown;
    try {
      checkEnvFileSyntax(`A=1\n${secret}\n`, '.env');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toBe('env file ".env" line 2 is not KEY=VALUE (nor blank or a # comment): fix that line or comment it out with #');
  });
});
