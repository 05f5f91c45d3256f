import { describe, expect, it } from 'vitest';
import { captureOutput } from '../../src/run/capture-output.js';
import { MASK, Redactor } from '../../src/run/redact.js';

describe('captureOutput', () => {
  it('routes process.stdout / stderr through the redactor while a run lasts, then restores them', () => {
    const redactor = new Redactor(['distinctive-secret-77']);
    const out: string[] = [];
    const err: string[] = [];
    const originalWrite = process.stdout.write;
    const capture = captureOutput(redactor, { stdout: (text) => out.push(text), stderr: (text) => err.push(text) });
    try {
      process.stdout.write('warning: distinctive-');
      process.stdout.write('secret-77 seen\n');
      process.stdout.write('\b⠋'); // a spinner frame is dropped
      process.stderr.write(Buffer.from('newman: distinctive-secret-77\n'));
      process.stdout.write('no newline yet distinctive-secret-77');
    } finally {
      capture.release();
    }
    expect(process.stdout.write).toBe(originalWrite);
    expect(out.join('')).toBe(`warning: ${MASK} seen\nno newline yet ${MASK}`);
    expect(err.join('')).toBe(`newman: ${MASK}\n`);
  });

  it('refuses a second capture in the same process', () => {
    const capture = captureOutput(new Redactor(), { stdout: () => {}, stderr: () => {} });
    try {
      expect(() => captureOutput(new Redactor(), { stdout: () => {}, stderr: () => {} })).toThrow(/already capturing/);
    } finally {
      capture.release();
    }
  });
});
