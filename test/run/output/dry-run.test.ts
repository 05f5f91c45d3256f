import { describe, expect, it } from 'vitest';
import { Redactor } from '../../../src/core/redact.js';
import { formatDryRun } from '../../../src/run/output/dry-run.js';

describe('formatDryRun', () => {
  it('one aligned line per request: name, method, masked URL, writes marked; names shown as every name is', () => {
    const redactor = new Redactor(['secret-value-1']);
    const text = formatDryRun(
      [
        { name: 'Auth / Token', method: 'POST', url: 'https://u:pw@h.example/t?x=secret-value-1', writes: false, loopback: false },
        { name: 'SP / Delete\u001b[2K', method: 'DELETE', url: 'https://h.example/sp', writes: true, loopback: false },
      ],
      (line) => redactor.redact(line),
    );
    expect(text.split('\n')).toEqual([
      'Dry run: nothing was sent. The run would send 2 requests, in this order (a list request once per page):',
      '  Auth / Token     POST    https://[REDACTED]@h.example/t?x=[REDACTED]',
      '  SP / Delete\u241b[2K  DELETE  https://h.example/sp  (creates, updates or deletes)',
      '',
    ]);
  });
});
